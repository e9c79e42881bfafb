/**
 * The replays' lanes as the build draws them, that is, at rest, before any script and without
 * JavaScript: every hey worker's slow first request stands apart at the start of its lane.
 */
import { describe, expect, it } from 'vitest';
import { builtSite } from './site.ts';

const site = builtSite('dist', '/');

function lanesOf(page: string) {
  const svg = site.document(page).querySelector('.replay-lanes')!;
  const plot = svg.querySelector('.lanes-plot')!;
  const rects = (selector: string) => [...svg.querySelectorAll(`${selector} rect`)].map((rect) => ({ x: Number(rect.getAttribute('x')), y: Number(rect.getAttribute('y')) }));
  return { left: Number(plot.getAttribute('x')), slow: rects('.lanes-schedule--slow'), other: rects('.lanes-schedule:not(.lanes-schedule--slow)') };
}

describe('the replays’ lanes at rest', () => {
  it.each(['embed/replay-v1-2019-05-29/', 'en/embed/replay-v1-2019-05-29/', 'deck/full/'])('%s: slide 25’s 50 workers each open with their slow request', (page) => {
    const { left, slow, other } = lanesOf(page);
    expect(slow).toHaveLength(50);
    expect(new Set(slow.map((r) => r.y)).size).toBe(50);
    expect(slow.every((r) => r.x === left)).toBe(true);
    // …and then the fast ones: each lane's other requests follow its slow one.
    expect(new Set(other.map((r) => r.y))).toEqual(new Set(slow.map((r) => r.y)));
    expect(other.every((r) => r.x > left)).toBe(true);
  });

  it('slide 29: every row of the 1,000 workers opens with a slow request', () => {
    const { left, slow, other } = lanesOf('embed/replay-v2-2019-10-20/');
    const rows = new Set(other.map((r) => r.y));
    expect(rows.size).toBeGreaterThan(50);
    expect(new Set(slow.filter((r) => r.x === left).map((r) => r.y))).toEqual(rows);
  });
});

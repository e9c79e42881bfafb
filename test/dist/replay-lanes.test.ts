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
  const number = (element: Element, name: string) => Number(element.getAttribute(name));
  const rects = (selector: string) => [...svg.querySelectorAll(`${selector} rect`)].map((rect) => ({ x: number(rect, 'x'), y: number(rect, 'y'), height: number(rect, 'height') }));
  return { left: number(plot, 'x'), height: number(plot, 'height'), slow: rects('.lanes-schedule--slow'), other: rects('.lanes-schedule:not(.lanes-schedule--slow)') };
}

/** How much of the panel's height some bars cover, top to bottom, and whether they leave a gap. */
function cover(bars: { y: number; height: number }[]) {
  const sorted = [...bars].sort((a, b) => a.y - b.y);
  let gaps = 0;
  sorted.slice(1).forEach((bar, i) => {
    if (bar.y - (sorted[i]!.y + sorted[i]!.height) > 1.01) gaps++;
  });
  return { height: sorted.reduce((sum, bar) => sum + bar.height, 0), gaps };
}

describe('the replays’ lanes at rest', () => {
  it.each([
    ['embed/replay-v1-2019-05-29/', 25],
    ['en/embed/replay-v1-2019-05-29/', 25],
    ['deck/full/', 25],
    ['embed/replay-v1-2019-10-20/', 26],
    ['embed/replay-v2-2019-10-20/', 29],
  ])('%s: every lane of slide %i’s workers opens with its slow request, the others after it', (page) => {
    const { left, height, slow, other } = lanesOf(page);
    const opening = slow.filter((bar) => bar.x === left);
    const { height: covered, gaps } = cover(opening);
    expect(gaps).toBe(0);
    expect(Math.abs(covered - height)).toBeLessThanOrEqual(1);
    expect(other.length).toBeGreaterThan(0);
    expect(other.every((bar) => bar.x > left)).toBe(true);
  });
});

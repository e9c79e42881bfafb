/**
 * The replay's lanes panel as SVG markup: its frame, time axis and the number of hey's workers.
 * The requests themselves are thousands of marks a frame, drawn on a canvas over this box from
 * the same lane geometry (no text on it).
 */
import { el, text } from '../svg.ts';
import type { LanesLayout } from './layout.ts';

export interface LanesText {
  id: string;
  /** The accessible name: what the lanes are and how many workers there are. */
  name: string;
  workersLabel: string;
  hint: string;
}

export function lanesMarks(lanes: LanesLayout, words: LanesText): string {
  const { margin, width, height } = lanes;
  return el(
    'svg',
    { class: 'replay-lanes', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': `${words.id}-lanes-title` },
    el('title', { id: `${words.id}-lanes-title` }, text(words.name)),
    el('rect', { class: 'lanes-plot', x: margin.left, y: margin.top, width: width - margin.left - margin.right, height: height - margin.top - margin.bottom }),
    el('g', { class: 'axis axis-x', 'aria-hidden': 'true' }, ...lanes.xTicks.map((tick) => el('text', { x: tick.position, y: height - 6, 'text-anchor': 'middle' }, text(tick.label)))),
    el('text', { class: 'axis-title', 'aria-hidden': 'true', transform: `translate(12 ${height / 2}) rotate(-90)`, 'text-anchor': 'middle' }, text(words.workersLabel)),
    el('text', { class: 'lanes-hint', x: width / 2, y: height / 2, 'text-anchor': 'middle' }, text(words.hint)),
  );
}

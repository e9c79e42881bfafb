/**
 * The replay's lanes panel as SVG markup: its frame, time axis, the number of hey's workers and
 * the whole schedule at rest (layout.ts laneSegments), slow requests apart. The browser paints
 * each request over it on a canvas as the run plays, from the same lane geometry (no text on it).
 */
import { el, text } from '../svg.ts';
import type { LaneSegment, LanesLayout } from './layout.ts';

export interface LanesText {
  id: string;
  /** The accessible name: what the lanes are and how many workers there are. */
  name: string;
  workersLabel: string;
  workersCount: string;
}

export function lanesMarks(lanes: LanesLayout, segments: readonly LaneSegment[], words: LanesText): string {
  const { margin, width, height } = lanes;
  const bars = (slow: boolean) =>
    el('g', { class: slow ? 'lanes-schedule lanes-schedule--slow' : 'lanes-schedule' }, ...segments.filter((s) => s.slow === slow).map((s) => el('rect', { x: s.x, y: s.y, width: s.width, height: s.height })));
  return el(
    'svg',
    { class: 'replay-lanes', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': `${words.id}-lanes-title` },
    el('title', { id: `${words.id}-lanes-title` }, text(words.name)),
    el('rect', { class: 'lanes-plot', x: margin.left, y: margin.top, width: width - margin.left - margin.right, height: height - margin.top - margin.bottom }),
    el('g', { 'aria-hidden': 'true' }, bars(false), bars(true)),
    el('g', { class: 'axis axis-x', 'aria-hidden': 'true' }, ...lanes.xTicks.map((tick) => el('text', { x: tick.position, y: height - 6, 'text-anchor': 'middle' }, text(tick.label)))),
    // Level, in two lines in the left margin: rotated, "Workers 1,000" ran past a short panel.
    el(
      'text',
      { class: 'axis-title lanes-workers', 'aria-hidden': 'true', x: margin.left - 6, y: margin.top, 'text-anchor': 'end' },
      el('tspan', { x: margin.left - 6, dy: '1em' }, text(words.workersLabel)),
      el('tspan', { x: margin.left - 6, dy: '1.2em' }, text(words.workersCount)),
    ),
  );
}

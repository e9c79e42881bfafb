/**
 * One request's path as SVG markup: each lane's stages as bars (ticks where a bar would be too
 * thin to see), the span the record allows for the answer, and the broken time axis. Every stage's
 * marks sit in a group with its step (`data-stage`), which the stepper marks as now or ahead; the
 * stage it is on is outlined by its styles, so the markup carries no highlight of its own.
 */
import { el, text } from '../svg.ts';
import type { AxisLayout, LaneLayout, PlacedText, RequestPathLayout, StageMark } from './layout.ts';

/** Text at its place; its anchor is written only where it differs from the one its group gives (`inherited`). */
const placed = (label: PlacedText, className: string, lineHeight: number, inherited = 'start') =>
  label.lines.map((line, i) => el('text', { class: className, x: label.x, y: label.y + i * lineHeight, 'text-anchor': label.anchor === inherited ? undefined : label.anchor }, text(line))).join('');

function stageMarks(mark: StageMark, lane: LaneLayout, layout: RequestPathLayout): string {
  const { barY } = lane;
  const { barHeight } = layout;
  const centre = mark.x + mark.width / 2;
  const drawn = mark.thin
    ? el('line', { class: 'rp-tick', x1: centre, x2: centre, y1: barY - 3, y2: barY + barHeight + 3 })
    : mark.width > 0 && el('rect', { class: mark.stage === 'placement' ? 'rp-bar rp-cold' : 'rp-bar', x: mark.x, y: barY, width: mark.width, height: barHeight });
  const tail = mark.tail !== undefined && el('rect', { class: 'rp-tail', x: mark.x + mark.width, y: barY, width: mark.tail - mark.x - mark.width, height: barHeight });
  // The answer comes somewhere in the span the record allows: drawn pale, with its words.
  const answered =
    mark.stage === 'answer' &&
    el('rect', { class: 'rp-tail', x: lane.answered.x1, y: barY, width: lane.answered.x2 - lane.answered.x1, height: barHeight }) + placed(lane.answered.label, 'rp-answered', 0);
  // A label on a bar is set in the page's colour; one with no bar under it, in the muted text's.
  const label = mark.label && placed(mark.label, mark.width > 0 ? 'rp-label' : 'rp-muted', 0);
  return el('g', { 'data-stage': mark.step }, drawn, tail, answered, label);
}

function laneMarks(lane: LaneLayout, layout: RequestPathLayout): string {
  const track = (axis: AxisLayout) => el('rect', { class: 'rp-track', x: axis.x1, y: lane.barY, width: axis.x2 - axis.x1, height: layout.barHeight });
  return el(
    'g',
    { class: 'rp-lane', 'data-model': lane.lane },
    placed(lane.title, 'rp-lane-title', Math.round(layout.fontSize * 1.3)),
    track(layout.deploy),
    track(layout.request),
    ...lane.stages.map((mark) => stageMarks(mark, lane, layout)),
  );
}

function axisMarks(layout: RequestPathLayout): string {
  const y = layout.axisY;
  const { fontSize } = layout;
  const segment = (axis: AxisLayout) =>
    el('line', { x1: axis.x1, x2: axis.x2, y1: y, y2: y }) +
    axis.ticks.map((tick) => el('text', { x: tick.x, y: y + fontSize + 5 }, text(tick.label))).join('') +
    placed(axis.title, 'axis-title', Math.round(fontSize * 1.3), 'middle');
  // The break: two slashes on each side of the gap, where the clock changes from one to the other.
  const slash = (x: number) => el('path', { class: 'rp-slash', d: `M${x - 3} ${y + 5}l6 -10` });
  // Ticks' numbers are centred on them: the group says so once.
  return el('g', { class: 'axis', 'aria-hidden': 'true', 'text-anchor': 'middle' }, segment(layout.deploy), segment(layout.request), slash(layout.deploy.x2 + 6), slash(layout.request.x1 - 6));
}

export function requestPathMarks(layout: RequestPathLayout, words: { title: string; description: string }, className = 'rp-wide'): string {
  const gap = (layout.deploy.x2 + layout.request.x1) / 2;
  return el(
    'svg',
    { class: `rp-svg ${className}`, viewBox: `0 0 ${layout.width} ${layout.height}`, role: 'img' },
    el('title', {}, text(words.title)),
    el('desc', {}, text(words.description)),
    // Where one clock stops and the other starts, through both lanes.
    el('line', { class: 'rp-break', x1: gap, x2: gap, y1: layout.lanes[0]!.barY - 6, y2: layout.axisY + 6 }),
    ...layout.lanes.map((lane) => laneMarks(lane, layout)),
    axisMarks(layout),
  );
}

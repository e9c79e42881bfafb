/**
 * Slide 16's staircase as SVG markup, in parts the browser redraws by the same functions (the
 * handle the reader holds stays put while the rest follows), and its numbers as table rows.
 */
import { count } from '../../i18n/format.ts';
import type { RdbStrings } from '../../i18n/rdb.ja.ts';
import { fill } from '../../i18n/format.ts';
import { el, text } from '../svg.ts';
import type { RdbLayout } from './layout.ts';

const rounded = (value: number) => count(Math.round(value));
/** A share as a whole percentage. */
export const percent = (share: number) => `${Math.round(share * 100)}%`;

/** The share of an instance's connections paid for but unused at a demand, or a dash without an instance. */
export const unusedShare = (demand: number, max: number | undefined) => (max ? percent(1 - Math.min(demand, max) / max) : '—');

/** What the changing parts are drawn from besides the layout: the form's state and the browser's words. */
export interface RdbState {
  family: string;
  peak: number;
  maxPeak: number;
  words: RdbBrowserWords;
}

/**
 * The children of the parts that change with the family, the peak and the month, by their
 * `data-rdb` name: the build draws them inside their part, the browser morphs each part into
 * them again (runtime/svg-update), so the handle the reader holds stays the node it was.
 */
export const rdbParts = {
  desc: (layout: RdbLayout, s: RdbState) => text(rdbMessages.description(s.words, s.family, s.peak, layout.unused)),
  grid: (layout: RdbLayout) => layout.yTicks.map((tick) => el('line', { x1: layout.plot.left, x2: layout.plot.right, y1: tick.position, y2: tick.position })).join(''),
  'y-ticks': (layout: RdbLayout) => layout.yTicks.map((tick) => el('text', { x: layout.plot.left - 6, y: tick.position + layout.textSize / 3, 'text-anchor': 'end' }, text(count(tick.value)))).join(''),
  'cost-ticks': (layout: RdbLayout) => layout.costTicks.map((tick) => el('text', { class: 'rdb-cost', x: layout.plot.right + 6, y: tick.position + layout.textSize / 3 }, text(tick.usdPerHour.toFixed(3)))).join(''),
  curves: (layout: RdbLayout) =>
    el('path', { class: 'rdb-waste', d: layout.waste }) + el('path', { class: 'rdb-staircase', d: layout.staircase }) + el('path', { class: 'rdb-demand', d: layout.demand }),
  changes: (layout: RdbLayout) => layout.changes.map((change) => el('line', { x1: change.x, x2: change.x, y1: change.y, y2: layout.plot.bottom })).join(''),
  'step-labels': (layout: RdbLayout) => layout.stepLabels.map((label) => el('text', { x: label.x, y: label.y, 'text-anchor': 'middle' }, text(label.name))).join(''),
  cursor: (layout: RdbLayout, s: RdbState) =>
    el('line', { x1: layout.cursor.x, x2: layout.cursor.x, y1: layout.plot.top, y2: layout.plot.bottom }) +
    el('circle', {
      class: 'rdb-handle',
      cx: layout.cursor.x,
      cy: layout.cursor.demandY,
      r: 9,
      tabindex: '0',
      role: 'slider',
      'aria-label': s.words.handle,
      'aria-valuemin': '40',
      'aria-valuemax': s.maxPeak,
      'aria-valuenow': s.peak,
      'aria-valuetext': handleText(layout, s.words),
    }),
} as const;

export type RdbPart = keyof typeof rdbParts;

/** The handle's state in words: what a screen reader says as the reader moves it. */
export const handleText = (layout: RdbLayout, t: RdbBrowserWords) => `${t.readout.demand} ${rounded(layout.cursor.point.demand)}, ${rdbMessages.month(t, layout.cursor.point.month)}`;

export function rdbMarks(layout: RdbLayout, t: RdbStrings, state: Omit<RdbState, 'words'> & { id: string; className: string }): string {
  const { plot } = layout;
  const s = { ...state, words: t };
  const part = (name: RdbPart, attrs: Record<string, string> = {}, tag = 'g') => el(tag, { 'data-rdb': name, ...attrs }, rdbParts[name](layout, s));
  // The drawing holds a focusable handle, so it is a group (an image may not contain controls).
  return el(
    'svg',
    {
      viewBox: `0 0 ${layout.width} ${layout.height}`,
      role: 'group',
      'aria-labelledby': `${state.id}-title`,
      'aria-describedby': `${state.id}-desc`,
      class: `rdb-svg ${state.className}`,
      'data-width': layout.width,
      'data-height': layout.height,
      ...(layout.fontSize ? { 'font-size': layout.fontSize } : {}),
    },
    el('title', { id: `${state.id}-title` }, text(t.title)),
    part('desc', { id: `${state.id}-desc` }, 'desc'),
    part('grid', { class: 'grid', 'aria-hidden': 'true' }),
    el(
      'g',
      { class: 'axis', 'aria-hidden': 'true' },
      part('y-ticks'),
      ...layout.xTicks.map((tick) => el('text', { x: tick.position, y: plot.bottom + (layout.textSize * 4) / 3, 'text-anchor': 'middle' }, text(tick.month))),
      el('text', { class: 'axis-title', x: plot.right, y: layout.height - 2, 'text-anchor': 'end' }, text(t.months)),
      el('text', { class: 'axis-title', x: 0, y: plot.top - layout.textSize * 0.9 }, text(t.connections)),
      el('text', { class: 'axis-title', x: layout.width, y: plot.top - layout.textSize * 0.9, 'text-anchor': 'end' }, text(t.costAxis)),
      part('cost-ticks'),
    ),
    part('curves'),
    part('changes', { class: 'rdb-changes', 'aria-hidden': 'true' }),
    part('step-labels', { class: 'rdb-step-labels', 'aria-hidden': 'true' }),
    part('cursor', { class: 'rdb-cursor' }),
  );
}

/** The chart's numbers every three months: its text alternative, following the chart. */
export function rdbTableRows(layout: RdbLayout): string {
  return layout.points
    .filter((point) => Number.isInteger(point.month) && point.month % 3 === 0)
    .map((point) => {
      const max = point.step?.maxConnections;
      const cells = [rounded(point.demand), point.step?.instance.name ?? '—', max === undefined ? '—' : count(max), point.step?.instance.usdPerHour.toFixed(3) ?? '—', unusedShare(point.demand, max)];
      return el('tr', {}, el('th', { scope: 'row' }, text(point.month)), ...cells.map((cell) => el('td', {}, text(cell))));
    })
    .join('');
}

/** The words the staircase's browser code needs (the rest of its dictionary stays on the server). */
export type RdbBrowserWords = Pick<RdbStrings, 'description' | 'monthValue' | 'readout' | 'handle'>;

/** The staircase's messages filled in: the same words on the page, in its description and as the reader moves it. */
export const rdbMessages = {
  description: (t: RdbBrowserWords, family: string, peak: number, unused: number) => fill(t.description, { family: `db.${family}`, peak, unused: Math.round(unused * 100) }),
  month: (t: RdbBrowserWords, month: number) => fill(t.monthValue, { month: Math.round(month) }),
  instance: (t: RdbBrowserWords, step: { instance: { name: string; usdPerHour: number }; maxConnections: number } | undefined) =>
    step ? `${step.instance.name} (${fill(t.readout.max, { n: step.maxConnections })}, ${fill(t.readout.price, { usd: step.instance.usdPerHour.toFixed(3) })})` : t.readout.tooBig,
  next: (t: RdbBrowserWords, next: { month: number; to?: { instance: { name: string } } } | undefined) =>
    next?.to ? fill(t.readout.nextValue, { month: String(Math.round(next.month * 10) / 10), name: next.to.instance.name }) : t.readout.none,
};

/**
 * A hey histogram as SVG markup: bars on a time axis, counts over them. The replay animates these
 * very bars (it reads the baseline and scale the build wrote on the <svg>).
 */
import { count, dateIn, fill } from '../../i18n/format.ts';
import { fastestAndSlowest, requestCount } from '../../lib/hey-report.ts';
import type { HeyRun } from '../../lib/hey-run.ts';
import type { Strings } from '../../i18n/strings.ts';
import { el, text } from '../svg.ts';
import { barFrame } from './bars.ts';
import type { HistogramLayout } from './layout.ts';

export interface HistogramText {
  /** Unique on its page: the title and description are named by id. */
  id: string;
  title: string;
  description: string;
  responseTime: string;
  requests: string;
}

export function histogramMarks(layout: HistogramLayout, words: HistogramText): string {
  const { margin, width, height } = layout;
  const bottom = height - margin.bottom;
  const right = width - margin.right;
  return el(
    'svg',
    {
      viewBox: `0 0 ${width} ${height}`,
      role: 'img',
      'aria-labelledby': `${words.id}-title ${words.id}-desc`,
      class: 'histogram-svg',
      // The scale the replay grows these bars by: written in full, so its bars end where the build drew them.
      'data-baseline': String(layout.baseline),
      'data-pixels-per-request': String(layout.pixelsPerRequest),
      'data-minimum-bar-height': String(layout.minimumBarHeight),
    },
    el('title', { id: `${words.id}-title` }, text(words.title)),
    el('desc', { id: `${words.id}-desc` }, text(words.description)),
    el('g', { class: 'grid', 'aria-hidden': 'true' }, ...layout.yTicks.map((tick) => el('line', { x1: margin.left, x2: right, y1: tick.position, y2: tick.position }))),
    timeAxisMarks(layout, words.responseTime),
    el(
      'g',
      { class: 'axis axis-y', 'aria-hidden': 'true' },
      ...layout.yTicks.map((tick) => el('text', { x: margin.left - 6, y: tick.position + 4, 'text-anchor': 'end' }, text(tick.label))),
      el('text', { class: 'axis-title', transform: `translate(12 ${(margin.top + bottom) / 2}) rotate(-90)`, 'text-anchor': 'middle' }, text(words.requests)),
    ),
    ...barMarks(layout),
  );
}

/** The time axis: its line, its ticks and its title. A prediction on the same axis draws it with this (predict/marks.ts). */
export function timeAxisMarks(layout: HistogramLayout, title: string): string {
  const { margin, width, height } = layout;
  const bottom = height - margin.bottom;
  const right = width - margin.right;
  return el(
    'g',
    { class: 'axis axis-x', 'aria-hidden': 'true' },
    el('line', { x1: margin.left, x2: right, y1: bottom, y2: bottom }),
    ...layout.xTicks.map((tick) => el('text', { x: tick.position, y: bottom + 16, 'text-anchor': 'middle' }, text(tick.label))),
    el('text', { class: 'axis-title', x: (margin.left + right) / 2, y: height - 6, 'text-anchor': 'middle' }, text(title)),
  );
}

/** The bars and their counts, which the replay grows (bars.ts draws them at any counts) and a prediction's answer shows. */
export function barMarks(layout: HistogramLayout): [string, string] {
  const frames = layout.bars.map((bar) => barFrame({ index: bar.index, x: bar.x, width: bar.width, slow: bar.slow, labelX: bar.label?.x }, layout, bar.count));
  return [el('g', { class: 'bars', 'aria-hidden': 'true' }, ...frames.map((frame) => frame.bar)), el('g', { class: 'bar-labels', 'aria-hidden': 'true' }, ...frames.map((frame) => frame.label))];
}

/** A run's histogram in words: its title and a description with its numbers. */
export function histogramText(run: HeyRun, words: Pick<Strings, 'charts' | 'date'>, id: string): HistogramText {
  const t = words.charts;
  const { fastest, slowest } = fastestAndSlowest(run.report)!;
  return {
    id,
    // The talk's runs are hey's; a reader's may be oha's (the one other tool that prints a histogram).
    title: fill(t.histogramTitle, { tool: run.provenance.tool ?? 'hey', date: dateIn(run.date, words.date) }),
    description: fill(t.histogramDescription, { requests: requestCount(run.report) ?? 0, fastest: String(fastest), slowest: String(slowest) }),
    responseTime: t.responseTime,
    requests: t.requests,
  };
}

/**
 * The percentile chart as a figure: a legend that names each line by its dash (not by colour
 * alone), the drawing, and a caption; the description says the deepest percentile of each run.
 */
import { fill } from '../../i18n/format.ts';
import { el, text } from '../svg.ts';
import { percentileLayout, type PercentileSeries } from './layout.ts';
import { percentileMarks } from './marks.ts';

export interface PercentileWords {
  title: string;
  caption: string;
  percentileAxis: string;
  latencyAxis: string;
  /** "{label}: {percent}% in {seconds} s", for each run's deepest percentile. */
  deepest: string;
  seconds: string;
  listSeparator: string;
}

const swatch = (className: string) =>
  el('svg', { class: `percentile-swatch ${className}`, viewBox: '0 0 28 10', width: 28, height: 10, 'aria-hidden': 'true' }, el('line', { x1: 1, x2: 27, y1: 5, y2: 5 }));

/** The drawing alone (the figure's, and a static image's): its description says each run's deepest percentile. */
export function percentileDrawing(series: readonly PercentileSeries[], words: PercentileWords, options: { id: string; width: number; height: number }) {
  const layout = percentileLayout(series, options);
  const seconds = (value: number) => fill(words.seconds, { value: String(value) });
  const deepest = series.map((s) => {
    const last = [...s.percentiles].sort((a, b) => a.percent - b.percent).at(-1)!;
    return fill(words.deepest, { label: s.label, percent: last.percent, seconds: seconds(last.seconds) });
  });
  const markup = percentileMarks(layout, { title: words.title, description: deepest.join(words.listSeparator), percentileAxis: words.percentileAxis, latencyAxis: words.latencyAxis, seconds }, options.id);
  return { markup, width: layout.width, height: layout.height };
}

export function percentileFigure(series: readonly PercentileSeries[], words: PercentileWords, options: { id: string; width: number; height: number }): string {
  // The legend in the order the lines are drawn in (marks.ts): the talk's, then the reader's.
  const ordered = [...series].sort((a, b) => Number(Boolean(a.yours)) - Number(Boolean(b.yours)));
  return el(
    'figure',
    { class: 'percentile-chart', 'data-chart': options.id },
    el('ul', { class: 'percentile-legend' }, ...ordered.map((s, i) => el('li', {}, swatch(s.yours ? 'yours' : `talk talk-${i}`), text(s.label)))),
    percentileDrawing(series, words, options).markup,
    el('figcaption', {}, text(words.caption)),
  );
}

/**
 * hey histograms stacked on one time and count scale, each row labelled with its date, its
 * architecture, its slowest request and its buckets: slides 25 and 26 in the talk, or a reader's
 * own run beside one of the talk's on the import page.
 */
import { dateIn, fill } from '../../i18n/format.ts';
import { fastestAndSlowest } from '../../lib/hey-report.ts';
import type { HeyRun } from '../../lib/hey-run.ts';
import { el, text } from '../svg.ts';
import { histogramFigure, type HistogramWords } from './figure.ts';
import { histogramLayout } from './layout.ts';

export interface CompareRow {
  run: HeyRun;
  /** In the deck a row can be a fragment: one step shows it. */
  fragment?: boolean;
  /** Said before the date, e.g. which run is the reader's. */
  label?: string;
  /** A modelled run was measured on no day: its label stands alone. */
  undated?: boolean;
}

export interface CompareOptions {
  /** The chart's id (data-chart) and the figure's caption. */
  id: string;
  caption: string;
  width: number;
  rowHeight: number;
  table?: boolean;
  /** On a slide: the bucket list goes to screen readers only, the audience reads the bars. */
  brief?: boolean;
}

/** One time axis and one count axis for every row, so the rows read against each other. */
export function compareScales(runs: readonly HeyRun[]) {
  return {
    timeMax: Math.max(...runs.map((run) => fastestAndSlowest(run.report)!.slowest)),
    countMax: Math.max(...runs.flatMap((run) => run.report.histogram!.map((bucket) => bucket.count))),
  };
}

/** A row's buckets in words: each with requests, as the range it covers (the first holds only the fastest). */
export function bucketList(run: HeyRun, words: HistogramWords): string {
  const t = words.charts;
  const histogram = run.report.histogram!;
  return histogram
    .map((bucket, i) => ({ ...bucket, from: histogram[i - 1]?.mark }))
    .filter((bucket) => bucket.count > 0)
    .map((bucket) =>
      bucket.from === undefined
        ? fill(t.compareFirstBucket, { mark: bucket.mark.toFixed(3), count: bucket.count })
        : fill(t.compareBucket, { from: bucket.from.toFixed(3), mark: bucket.mark.toFixed(3), count: bucket.count }),
    )
    .join(t.listSeparator);
}

export function compareFigure(rows: readonly CompareRow[], words: HistogramWords, options: CompareOptions): string {
  const t = words.charts;
  const { timeMax, countMax } = compareScales(rows.map((row) => row.run));
  const histogramOptions = { width: options.width, height: options.rowHeight, timeMin: 0, timeMax, countMax, labels: 'nonzero' as const };
  // A row names its buckets in words only where its bars are too narrow to carry every count.
  const unlabelled = (run: HeyRun) => histogramLayout(run.report.histogram!, histogramOptions).bars.some((bar) => bar.count > 0 && !bar.label);
  return el(
    'figure',
    { class: 'chart histogram-compare', 'data-chart': options.id },
    ...rows.map(({ run, fragment, label, undated }, i) =>
      el(
        'div',
        { class: fragment ? 'compare-row fragment' : 'compare-row', 'data-model': run.model },
        el(
          'p',
          { class: 'compare-label' },
          undated ? el('strong', {}, text(label ?? '')) : [label ? text(label + words.separator) : '', el('strong', {}, text(dateIn(run.date, words.date)))].join(''),
          text([run.model && t.model[run.model], fill(t.compareRow, { slowest: fastestAndSlowest(run.report)!.slowest.toFixed(3) })].filter(Boolean).map((part) => words.separator + part).join('')),
          unlabelled(run) && el('span', options.brief ? { class: 'visually-hidden' } : {}, text(words.separator + bucketList(run, words))),
        ),
        histogramFigure(run, words, {
          id: `${options.id}-${i}-${run.id}`,
          ...histogramOptions,
          caption: false,
          table: options.table ?? true,
        }),
      ),
    ),
    el('figcaption', {}, text(options.caption)),
  );
}

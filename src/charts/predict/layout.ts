/**
 * Geometry of the two questions: an axis the reader places a guess on, the answer's markers on it
 * and, for slide 25, the histogram's bars. Labels sit in rows above the plot (the guess on top,
 * the answers below it), so no two can overprint whatever the guess. Pure.
 */
import { count } from '../../i18n/format.ts';
import type { HeyBucket } from '../../lib/hey-report.ts';
import { slowFrom } from '../../lib/hey-buckets.ts';
import { histogramLayout, type HistogramLayout } from '../histogram/layout.ts';
import { markerAt, positionOf, valueAt, type GuessAxis, type LogAxis, type Marker } from './scale.ts';

export type { Marker } from './scale.ts';

export interface PredictLayout {
  /** The drawing's box: label rows may sit above the plot's own origin (`top` < 0). */
  top: number;
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  axis: GuessAxis;
  /** The ticks of an axis of the question's own; a histogram brings its own. */
  ticks: { position: number; label: string }[];
  /** Slide 25's histogram itself, where the answer is its buckets. */
  histogram?: HistogramLayout;
  /** The answer, and the old architecture's count beside it (the ENI question). */
  answer: Marker;
  old?: Marker;
  /** The guess the question starts from: the middle of the axis. */
  guess: Marker;
  /** The baselines of the label rows, the guess's first. */
  rows: number[];
}

/** A row fits a label at the size narrow screens set (base.css: 19 units). */
const rowHeight = 24;
const rowsOf = (count: number, first: number) => Array.from({ length: count }, (_, i) => first + i * rowHeight);
const bottomMargin = 44;

/** The guess a question starts from, where it leads the reader nowhere: the axis's middle. */
const middleOf = (axis: GuessAxis) => valueAt(axis, (axis.range[0] + axis.range[1]) / 2);

/**
 * Slide 25's question on slide 25's histogram, as the reading page draws it beside its hey output
 * (replay/RunReplay.astro: 544 × 145, the histogram's own margins, its slow cluster apart): the same
 * layout, so the guess sits where that histogram puts its bars, and the same marks. The rows for
 * the labels go above it, where the drawing's box starts above its origin.
 */
export function slowestLayout(histogram: readonly HeyBucket[], slowest: number, size = { width: 544, height: 145 }): PredictLayout {
  const bars = histogramLayout(histogram, { ...size, slowFrom: slowFrom(histogram.map((bucket) => bucket.count)) });
  const rows = rowsOf(2, -26);
  const top = rows[0]! - 22;
  const { margin } = bars;
  const axis: GuessAxis = { kind: 'linear', domain: [bars.timeMin, bars.timeMax], range: [margin.left, size.width - margin.right], keyStep: 0.5, pointerStep: 0.1 };
  return {
    top,
    ...size,
    plot: { left: axis.range[0], right: axis.range[1], top: margin.top, bottom: bars.baseline },
    axis,
    ticks: [],
    histogram: bars,
    answer: markerAt(axis, slowest, rows[1]!),
    guess: markerAt(axis, middleOf(axis), rows[0]!),
    rows,
  };
}

export interface EnisOptions {
  width?: number;
  height?: number;
  /** The largest guess: past 1,000, for a reader who counts more ENIs than executions. */
  max?: number;
}

/** The ENI question: a count on a log axis from 1, the model's answer and the old architecture's beside it. */
export function enisLayout(answer: number, old: number, options: EnisOptions = {}): PredictLayout {
  const { width = 544, height = 150, max = 3000 } = options;
  const rows = rowsOf(3, 20);
  const top = rows.at(-1)! + 12;
  const axis: LogAxis = { kind: 'log', domain: [1, max], range: [20, width - 24] };
  const ticks = [1, 10, 100, 1000].filter((value) => value <= max);
  return {
    top: 0,
    width,
    height,
    plot: { left: axis.range[0], right: axis.range[1], top, bottom: height - bottomMargin },
    axis,
    ticks: ticks.map((value) => ({ position: Math.round(positionOf(axis, value) * 10) / 10, label: count(value) })),
    answer: markerAt(axis, answer, rows[1]!),
    old: markerAt(axis, old, rows[2]!),
    guess: markerAt(axis, middleOf(axis), rows[0]!),
    rows,
  };
}

/**
 * Geometry of the two questions: an axis the reader places a guess on, the answer's markers on it
 * and, for slide 25, the histogram's bars. Labels sit in rows above the plot (the guess on top,
 * the answers below it), so no two can overprint whatever the guess. Pure.
 */
import { count } from '../../i18n/format.ts';
import type { HeyBucket } from '../../lib/hey-report.ts';
import { histogramLayout, type HistogramBar } from '../histogram/layout.ts';
import { labelBeside, positionOf, valueAt, type GuessAxis, type LogAxis } from './scale.ts';

export interface Marker {
  value: number;
  x: number;
  /** Where its line starts (under its label) and its label. */
  top: number;
  label: { x: number; y: number; anchor: 'start' | 'end' };
}

export interface PredictLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  axis: GuessAxis;
  ticks: { position: number; label: string }[];
  /** Slide 25's buckets, where the answer is a histogram. */
  bars: HistogramBar[];
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
const rowsOf = (count: number) => Array.from({ length: count }, (_, i) => 20 + i * rowHeight);
const bottomMargin = 44;

export function markerAt(axis: GuessAxis, value: number, row: number): Marker {
  const x = Math.round(positionOf(axis, value) * 10) / 10;
  return { value, x, top: row + 6, label: labelBeside(x, axis, row) };
}

/** The guess a question starts from, where it leads the reader nowhere: the axis's middle. */
const middleOf = (axis: GuessAxis) => valueAt(axis, (axis.range[0] + axis.range[1]) / 2);

export interface SlowestOptions {
  width?: number;
  height?: number;
}

/**
 * Slide 25's question on slide 25's time axis: the histogram's own layout (d3's nice domain
 * from 0 to past the slowest, the same margins and ticks), so the guess sits where the
 * histogram below will put its bars.
 */
export function slowestLayout(histogram: readonly HeyBucket[], slowest: number, options: SlowestOptions = {}): PredictLayout {
  const { width = 544, height = 200 } = options;
  const rows = rowsOf(2);
  const top = rows.at(-1)! + 12;
  const histogramMargin = { top, right: 12, bottom: bottomMargin, left: 52 };
  const bars = histogramLayout(histogram, { width, height, margin: histogramMargin, labels: 'nonzero' });
  const axis: GuessAxis = { kind: 'linear', domain: [bars.timeMin, bars.timeMax], range: [histogramMargin.left, width - histogramMargin.right], keyStep: 0.5, pointerStep: 0.1 };
  return {
    width,
    height,
    plot: { left: axis.range[0], right: axis.range[1], top, bottom: bars.baseline },
    axis,
    ticks: bars.xTicks.map(({ position, label }) => ({ position, label })),
    // An empty bucket draws nothing: the gap between the fast requests and the slow ones is the axis itself.
    bars: bars.bars.filter((bar) => bar.count > 0),
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
  const rows = rowsOf(3);
  const top = rows.at(-1)! + 12;
  const axis: LogAxis = { kind: 'log', domain: [1, max], range: [20, width - 24] };
  const ticks = [1, 10, 100, 1000].filter((value) => value <= max);
  return {
    width,
    height,
    plot: { left: axis.range[0], right: axis.range[1], top, bottom: height - bottomMargin },
    axis,
    ticks: ticks.map((value) => ({ position: Math.round(positionOf(axis, value) * 10) / 10, label: count(value) })),
    bars: [],
    answer: markerAt(axis, answer, rows[1]!),
    old: markerAt(axis, old, rows[2]!),
    guess: markerAt(axis, middleOf(axis), rows[0]!),
    rows,
  };
}

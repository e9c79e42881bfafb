/**
 * Runs' percentiles on one pair of axes, whatever tool measured them: latency (a log scale, as
 * tails span orders of magnitude) against the percentile on a scale of nines, where 90, 99, 99.9
 * and 99.99 stand equally apart, so a tail is as wide as the report makes it. 100% (the slowest
 * request, where a tool prints it) sits a step past the last nine.
 */
import type { HeyPercentile } from '../../lib/hey-report.ts';

/** A percentile, or where a histogram says it lies: between `low` and `seconds`. */
export type PercentilePoint = HeyPercentile & { low?: number };

export interface PercentileSeries {
  label: string;
  percentiles: readonly PercentilePoint[];
  /** The reader's run, drawn over the talk's. */
  yours?: boolean;
}

export interface PercentileLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; seconds: number }[];
  lines: { label: string; yours: boolean; points: { x: number; y: number; low?: number; percent: number; seconds: number }[] }[];
}

/** How many nines a percentile has: 90 → 1, 99 → 2, 99.9 → 3 (0 at 0). */
export const nines = (percent: number) => -Math.log10(1 - percent / 100);

const tickPercents = [0, 50, 90, 99, 99.9, 99.99, 99.999];

export function percentileLayout(series: readonly PercentileSeries[], size: { width: number; height: number }): PercentileLayout {
  const plot = { left: 64, right: size.width - 16, top: 12, bottom: size.height - 34 };
  const below100 = series.flatMap((s) => s.percentiles.filter((p) => p.percent < 100).map((p) => nines(p.percent)));
  // At least to 99 (the talk's runs go there), and to the deepest nine any run reaches.
  const deepest = Math.max(2, Math.ceil(Math.max(0, ...below100) - 1e-9));
  const hasMax = series.some((s) => s.percentiles.some((p) => p.percent === 100));
  const span = deepest + (hasMax ? 0.6 : 0);
  const x = (percent: number) => plot.left + ((percent >= 100 ? deepest + 0.6 : nines(percent)) / span) * (plot.right - plot.left);
  const times = series.flatMap((s) => s.percentiles.flatMap((p) => [p.seconds, p.low ?? p.seconds])).filter((seconds) => seconds > 0);
  // Whole decades: d3-scale's log scale would do the same, and cost
  // the reader's embed (which carries the linear one) its budget.
  const from = Math.floor(Math.log10(Math.min(...times) / 1.5));
  const to = Math.ceil(Math.log10(Math.max(...times) * 1.5));
  const y = (seconds: number) => plot.bottom - ((Math.log10(seconds) - from) / (to - from)) * (plot.bottom - plot.top);
  // On a phone, 0% and 50% would print over each other: the axis starts at 0 without saying so.
  const xTicks = tickPercents.filter((p) => nines(p) <= deepest + 1e-9 && (p > 0 || plot.right - plot.left > 420)).map((p) => ({ x: x(p), label: `${p}%` }));
  if (hasMax) xTicks.push({ x: x(100), label: '100%' });
  // 1, 2 and 5 of each decade over a few; over many, the decades alone, to stay legible.
  const steps = to - from <= 3 ? [1, 2, 5] : [1];
  const yTicks = Array.from({ length: to - from }, (_, i) => steps.map((step) => Number((step * 10 ** (from + i)).toPrecision(1))))
    .flat()
    .concat(Number((10 ** to).toPrecision(1)))
    .map((seconds) => ({ y: y(seconds), seconds }));
  // A zero latency (a rounded print) has no place on a log scale: it is drawn at the axis's foot.
  const yOf = (seconds: number) => (seconds > 0 ? y(seconds) : plot.bottom);
  const lines = series.map((s) => ({
    label: s.label,
    yours: Boolean(s.yours),
    points: [...s.percentiles].sort((a, b) => a.percent - b.percent).map((p) => ({ x: x(p.percent), y: yOf(p.seconds), ...(p.low === undefined ? {} : { low: yOf(p.low) }), percent: p.percent, seconds: p.seconds })),
  }));
  return { width: size.width, height: size.height, plot, xTicks, yTicks, lines };
}

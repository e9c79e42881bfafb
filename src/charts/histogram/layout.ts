/**
 * Geometry of a hey histogram: one bar per bucket on a time axis. Bucket i holds the requests
 * in (mark[i-1], mark[i]]; hey's first bucket holds only the fastest, so it is drawn as a thin
 * bar at that time. Pure: the build renders it as SVG, the replay animates the same bars.
 */
import { count } from '../../i18n/format.ts';
import { scaleLinear } from 'd3-scale';
import type { HeyBucket } from '../../lib/hey-report.ts';
import { barHeight, minimumBarHeight } from './bars.ts';

export { barHeight } from './bars.ts';

export interface HistogramOptions {
  width: number;
  height: number;
  /** End of the time axis in seconds; defaults to the last mark. Shared by charts compared on one scale. */
  timeMax?: number;
  /** Start of the time axis; defaults to just before the fastest (hey's histogram spans fastest to slowest). */
  timeMin?: number;
  /** Top of the count axis; defaults to the largest count. */
  countMax?: number;
  margin?: { top: number; right: number; bottom: number; left: number };
  /** Label every bar with its count, or only bars with requests (when bars are too narrow for every label). */
  labels?: 'all' | 'nonzero';
  /** The first bucket of the run's slow cluster (hey-buckets.ts slowFrom), drawn apart by a replay. */
  slowFrom?: number;
}

export interface HistogramBar {
  index: number;
  /** The bucket's lower and upper edges in seconds. */
  from: number;
  to: number;
  count: number;
  x: number;
  width: number;
  y: number;
  height: number;
  /** Where the count is written, or undefined when it would collide with its neighbour's. */
  label?: { x: number; y: number };
  /** In the run's slow cluster. */
  slow?: true;
}

export interface Tick {
  value: number;
  position: number;
  label: string;
}

export interface HistogramLayout {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  /** The bars' baseline, and how many pixels one request adds to a bar. */
  baseline: number;
  pixelsPerRequest: number;
  minimumBarHeight: number;
  bars: HistogramBar[];
  xTicks: Tick[];
  yTicks: Tick[];
  timeMin: number;
  timeMax: number;
  countMax: number;
}

const minimumBarWidth = 2;
const labelSpacing = 26;

export function histogramLayout(buckets: readonly HeyBucket[], options: HistogramOptions): HistogramLayout {
  const margin = options.margin ?? { top: 22, right: 12, bottom: 44, left: 52 };
  const { width, height } = options;
  const bucketWidth = buckets.length > 1 ? buckets[1]!.mark - buckets[0]!.mark : 1;
  const timeMin = options.timeMin ?? Math.max(0, (buckets[0]?.mark ?? 0) - bucketWidth);
  const countMax = Math.max(1, options.countMax ?? Math.max(...buckets.map((b) => b.count)));
  const x = scaleLinear()
    .domain([timeMin, options.timeMax ?? buckets.at(-1)?.mark ?? 1])
    .nice()
    .range([margin.left, width - margin.right]);
  const timeMax = x.domain()[1]!;
  const y = scaleLinear().domain([0, countMax]).range([height - margin.bottom, margin.top]);
  const baseline = y(0);
  const pixelsPerRequest = (baseline - y(countMax)) / countMax;

  const bars = buckets.map((bucket, index): HistogramBar => {
    const from = index === 0 ? bucket.mark : buckets[index - 1]!.mark;
    const to = bucket.mark;
    // hey's first bucket is a single point in time; give it a sliver of its neighbours' width.
    const left = index === 0 ? x(from) - Math.max(minimumBarWidth, (x(timeMin + bucketWidth) - x(timeMin)) * 0.15) : x(from);
    const barWidth = Math.max(minimumBarWidth, x(to) - left - (index === 0 ? 0 : 1));
    const height = barHeight({ pixelsPerRequest, minimumBarHeight }, bucket.count);
    const centre = left + barWidth / 2;
    return {
      index,
      from,
      to,
      count: bucket.count,
      x: round(left),
      width: round(barWidth),
      y: round(baseline - height),
      height: round(height),
      label: { x: round(centre), y: round(baseline - height - 6) },
      ...(options.slowFrom !== undefined && index >= options.slowFrom ? { slow: true as const } : {}),
    };
  });
  if (options.labels === 'nonzero') {
    // Bars too narrow for every label: the largest counts keep theirs, smaller neighbours give way.
    const kept: number[] = [];
    for (const bar of [...bars].sort((a, b) => b.count - a.count)) {
      const x = bar.label!.x;
      if (bar.count > 0 && kept.every((other) => Math.abs(other - x) >= labelSpacing)) kept.push(x);
      else bar.label = undefined;
    }
  }

  const xTicks = x.ticks(Math.max(2, Math.floor((width - margin.left - margin.right) / 70))).map((value) => ({
    value,
    position: round(x(value)),
    label: formatTick(value),
  }));
  const yTicks = y.ticks(4).filter(Number.isInteger).map((value) => ({ value, position: round(y(value)), label: count(value) }));
  return { width, height, margin, baseline: round(baseline), pixelsPerRequest, minimumBarHeight, bars, xTicks, yTicks, timeMin, timeMax, countMax };
}

/** The height a bar of `count` requests has in this layout (what the replay sets as requests land). */

function formatTick(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(3)));
}

const round = (value: number) => Math.round(value * 10) / 10;

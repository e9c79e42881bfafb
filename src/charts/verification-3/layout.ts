/**
 * Geometry of the verification-3 model over time: concurrent executions against the limit,
 * throttles per second, and the average response time of the requests that succeeded.
 * Pure: the samples of the ENI model in, SVG paths and ticks out.
 */
import { count } from '../../i18n/format.ts';
import { scaleLinear } from 'd3-scale';
import { area, line } from 'd3-shape';
import type { ModelSample } from '../../lib/eni-model.ts';

export type Verification3Panel = 'concurrency' | 'throttles' | 'latency';

export interface SeriesPoint {
  t: number;
  value: number;
}

export interface PanelLayout {
  panel: Verification3Panel;
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  /** The size its text is set in, in its own units: margins and baselines follow it. */
  fontSize: number;
  /** Baselines of the title over the plot, the time ticks and the time axis's title. */
  baselines: { title: number; xTicks: number; axisTitle: number };
  path: string;
  /** A filled area under the path (throttles), or undefined for a line. */
  area?: string;
  /** A reference line, e.g. the concurrency limit or the function's sleep. */
  reference?: { y: number; value: number };
  xTicks: { position: number; label: string }[];
  yTicks: { position: number; label: string }[];
  points: SeriesPoint[];
  max: number;
}

/** Each panel's series from the samples: per-second rates come from differences between samples. */
export function verification3Series(samples: readonly ModelSample[], panel: Verification3Panel, until: number): SeriesPoint[] {
  const within = samples.filter((sample) => sample.t <= until);
  if (panel === 'concurrency') return within.map((sample) => ({ t: sample.t, value: sample.concurrent }));
  const series: SeriesPoint[] = [];
  for (let i = 1; i < within.length; i++) {
    const a = within[i - 1]!;
    const b = within[i]!;
    const dt = b.t - a.t;
    if (panel === 'throttles') series.push({ t: b.t, value: (b.errors.TooManyRequestsException - a.errors.TooManyRequestsException) / dt });
    else {
      const served = b.served - a.served;
      if (served > 0) series.push({ t: b.t, value: (b.servedSeconds - a.servedSeconds) / served });
    }
  }
  return series;
}

/** Averages a series into buckets of `seconds`, so that a per-0.1 s rate reads as a steady curve. */
export function smooth(series: readonly SeriesPoint[], seconds: number): SeriesPoint[] {
  const buckets = new Map<number, { sum: number; count: number }>();
  for (const point of series) {
    const key = Math.floor(point.t / seconds);
    const bucket = buckets.get(key) ?? { sum: 0, count: 0 };
    bucket.sum += point.value;
    bucket.count++;
    buckets.set(key, bucket);
  }
  return [...buckets].sort(([a], [b]) => a - b).map(([key, { sum, count }]) => ({ t: (key + 1) * seconds, value: sum / count }));
}

export function verification3Layout(
  points: readonly SeriesPoint[],
  panel: Verification3Panel,
  options: { width: number; height: number; duration: number; reference?: number; fontSize?: number },
): PanelLayout {
  // A slide sets its text larger (read from the back row); the margins grow with it.
  const fontSize = options.fontSize ?? 12;
  const margin = { top: Math.round(fontSize * 1.2), right: 14, bottom: Math.round(fontSize * 2.5), left: Math.round(fontSize * 4.7) };
  const max = Math.max(options.reference ?? 0, ...points.map((p) => p.value), 1);
  const x = scaleLinear().domain([0, options.duration]).range([margin.left, options.width - margin.right]);
  const y = scaleLinear().domain([0, max * 1.1]).nice().range([options.height - margin.bottom, margin.top]);
  const round = (value: number) => Math.round(value * 10) / 10;
  const toLine = line<SeriesPoint>().x((p) => round(x(p.t))).y((p) => round(y(p.value)));
  const toArea = area<SeriesPoint>().x((p) => round(x(p.t))).y0(y(0)).y1((p) => round(y(p.value)));
  return {
    panel,
    width: options.width,
    height: options.height,
    margin,
    fontSize,
    baselines: { title: Math.round(fontSize * 0.85), xTicks: options.height - Math.round(fontSize * 1.2), axisTitle: options.height - 2 },
    path: toLine(points as SeriesPoint[]) ?? '',
    area: panel === 'throttles' ? (toArea(points as SeriesPoint[]) ?? '') : undefined,
    reference: options.reference === undefined ? undefined : { y: round(y(options.reference)), value: options.reference },
    xTicks: x.ticks(8).map((value) => ({ position: round(x(value)), label: String(value) })),
    yTicks: y.ticks(4).map((value) => ({ position: round(y(value)), label: count(value) })),
    points: [...points],
    max,
  };
}

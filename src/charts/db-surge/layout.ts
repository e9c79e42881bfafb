/**
 * Geometry of the surge against the database: verification 3's modelled concurrency over its
 * first minute, the max_connections of some RDS classes as horizontal lines, where the surge
 * first passes each, and AWS's figure for RDS Proxy as a layer. Pure: series and limits in, SVG
 * paths and positions out.
 *
 * The connections axis is logarithmic: the classes double their memory, and so their
 * max_connections, step by step, so their lines fall evenly spaced; and AWS's 20,000 client
 * connections fit on the same axis as the surge's 1,000, drawn to scale instead of off it.
 */
import { scaleLinear, scaleLog } from 'd3-scale';
import { curveStepAfter, line } from 'd3-shape';

export interface SurgePoint {
  /** Seconds into the run. */
  t: number;
  /** Concurrent executions at that moment. */
  value: number;
}

export interface SurgeClass {
  name: string;
  maxConnections: number;
}

export interface SurgeLimit extends SurgeClass {
  y: number;
  /** When the surge first exceeds this class's limit, if it does within the drawing's time. */
  crossing?: { t: number; x: number };
}

export interface SurgeOptions {
  series: readonly SurgePoint[];
  classes: readonly SurgeClass[];
  proxy: { clientConnections: number; databaseConnections: number };
  duration: number;
  width?: number;
  height?: number;
}

export interface SurgeLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  /** Baselines of the time ticks and the time axis's title. */
  baselines: { xTicks: number; axisTitle: number; yTitle: number };
  path: string;
  /** The most concurrent executions within the drawing's time, and when the surge first reaches them. */
  peak: SurgePoint;
  limits: SurgeLimit[];
  proxy: { clients: { value: number; y: number }; database: { value: number; y: number } };
  xTicks: { position: number; value: number }[];
  yTicks: { position: number; value: number }[];
}

/**
 * The first sample at which the series exceeds a limit (strictly more connections than it
 * allows): the model's time, to its sampling step. Undefined when it never does.
 */
export function firstAbove(series: readonly SurgePoint[], limit: number): number | undefined {
  return series.find((point) => point.value > limit)?.t;
}

/** The samples where the value changes, and the last: a step line through them draws the same series. */
export function changePoints(series: readonly SurgePoint[]): SurgePoint[] {
  return series.filter((point, i) => i === 0 || i === series.length - 1 || point.value !== series[i - 1]!.value);
}

/** The seconds a crossing is written with: the model samples every 0.1 s. */
export const crossingSeconds = (t: number): string => t.toFixed(1);

const round = (value: number) => Math.round(value * 10) / 10;

export function surgeLayout({ series, classes, proxy, duration, width = 600, height = 360 }: SurgeOptions): SurgeLayout {
  // Room for the labels at the size a narrow screen sets them (base.css: 19 units), not only at 12.
  const plot = { left: 64, right: width - 12, top: 30, bottom: height - 44 };
  const limits = classes.map((c) => c.maxConnections);
  const floor = Math.min(...limits) / 2;
  // Just room above the highest line for its label.
  const ceiling = Math.max(proxy.clientConnections, ...limits) * 1.4;
  const x = scaleLinear().domain([0, duration]).range([plot.left, plot.right]);
  const y = scaleLog().domain([floor, ceiling]).range([plot.bottom, plot.top]);
  // No connections (before the first request) sit on the axis: a log scale has no zero.
  const yOf = (value: number) => round(y(Math.max(value, floor)));
  const within = series.filter((point) => point.t <= duration);
  const most = Math.max(...within.map((point) => point.value));
  const path =
    line<SurgePoint>()
      .x((p) => round(x(p.t)))
      .y((p) => yOf(p.value))
      .curve(curveStepAfter)(changePoints(within)) ?? '';
  return {
    width,
    height,
    plot,
    baselines: { xTicks: height - 24, axisTitle: height - 3, yTitle: 18 },
    path,
    peak: within.find((point) => point.value === most)!,
    limits: classes.map((c) => {
      const t = firstAbove(within, c.maxConnections);
      return { ...c, y: yOf(c.maxConnections), crossing: t === undefined ? undefined : { t, x: round(x(t)) } };
    }),
    proxy: {
      clients: { value: proxy.clientConnections, y: yOf(proxy.clientConnections) },
      database: { value: proxy.databaseConnections, y: yOf(proxy.databaseConnections) },
    },
    xTicks: x.ticks(6).map((value) => ({ position: round(x(value)), value })),
    yTicks: y
      .ticks()
      .filter((value) => Math.log10(value) % 1 === 0)
      .map((value) => ({ position: yOf(value), value })),
  };
}

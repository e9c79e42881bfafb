/**
 * Geometry of a replay: hey's workers as lanes on a time axis above the run's histogram.
 * Pure, shared by the build (frame, axes, final histogram) and the browser (where the lanes
 * and falling requests are drawn on a canvas over the same box).
 */
import { scaleLinear } from 'd3-scale';
import { laneGeometry, type LanesLayout } from './lanes.ts';

export { laneGeometry, type LanesLayout } from './lanes.ts';

export interface LanesLayoutOptions {
  width: number;
  lanesHeight: number;
  /** The end of the time axis: the longer of the recorded and reconstructed totals. */
  timeMax: number;
}

/** The lanes panel; the histogram below it is the run's own Histogram, drawn by its layout. */
export function lanesLayout(options: LanesLayoutOptions): LanesLayout {
  const margin = { top: 8, right: 12, bottom: 22, left: 80 };
  const x = scaleLinear().domain([0, options.timeMax]).range([margin.left, options.width - margin.right]);
  const xTicks = x.ticks(Math.max(2, Math.floor((options.width - margin.left - margin.right) / 70))).map((value) => ({
    value,
    position: Math.round(x(value) * 10) / 10,
    label: String(Number(value.toFixed(3))),
  }));
  return { width: options.width, height: options.lanesHeight, margin, timeMax: options.timeMax, xTicks };
}

export interface LaneSegment {
  x: number;
  y: number;
  width: number;
  height: number;
  slow: boolean;
}

/**
 * The whole schedule as the build draws it: each worker's lane, its neighbouring requests of one
 * kind (slow or not) merged into one bar. Where lanes are thinner than a pixel (1,000 workers in a
 * slide's panel), each pixel row shows the first worker of those it covers: the workers are in the
 * order of their first request, so a row stands for workers alike. The browser paints every
 * request over it as the run plays.
 */
export function laneSegments(
  requests: readonly { worker: number; start: number; end: number; bucket: number }[],
  workers: number,
  lanes: LanesLayout,
  slowFrom: number | undefined,
): LaneSegment[] {
  const innerHeight = lanes.height - lanes.margin.top - lanes.margin.bottom;
  const rows = Math.min(workers, Math.max(1, Math.floor(innerHeight)));
  const geometry = laneGeometry(lanes, rows);
  const shown = new Map<number, number>();
  for (let row = 0; row < rows; row++) shown.set(Math.floor((row * workers) / rows), row);
  const segments: LaneSegment[] = [];
  const open = new Map<number, { start: number; end: number; slow: boolean }>();
  const close = (row: number) => {
    const run = open.get(row);
    if (!run) return;
    const x = geometry.x(run.start);
    segments.push({ x: round(x), y: round(geometry.y(row)), width: round(Math.max(geometry.x(run.end) - x, 0.5)), height: round(geometry.barHeight), slow: run.slow });
  };
  for (const request of [...requests].sort((a, b) => a.worker - b.worker || a.start - b.start)) {
    const row = shown.get(request.worker);
    if (row === undefined) continue;
    const slow = slowFrom !== undefined && request.bucket >= slowFrom;
    const run = open.get(row);
    if (run && run.slow === slow) run.end = request.end;
    else {
      close(row);
      open.set(row, { start: request.start, end: request.end, slow });
    }
  }
  for (const row of open.keys()) close(row);
  return segments;
}

const round = (value: number) => Math.round(value * 10) / 10;

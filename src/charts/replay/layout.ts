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
  const bars: LaneSegment[] = [];
  const open = new Map<number, { start: number; end: number; slow: boolean }>();
  const close = (row: number) => {
    const run = open.get(row);
    if (!run) return;
    const x = geometry.x(run.start);
    // To a whole unit (a deck pixel): finer would only keep apart bars no eye tells apart.
    bars.push({ x: whole(x), y: geometry.y(row), width: Math.max(whole(geometry.x(run.end) - x), 1), height: geometry.barHeight, slow: run.slow });
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
  // Bars that stand one above the other, within a unit of the first one's x and width, are one bar,
  // taller: lanes of workers alike draw as blocks, and the markup a page carries stays small.
  bars.sort((a, b) => Number(a.slow) - Number(b.slow) || a.y - b.y);
  const segments: LaneSegment[] = [];
  const gap = geometry.laneHeight - geometry.barHeight;
  for (const bar of bars) {
    const block = segments.findLast((s) => s.slow === bar.slow && Math.abs(s.y + s.height + gap - bar.y) < 1e-6 && Math.abs(s.x - bar.x) <= 1 && Math.abs(s.width - bar.width) <= 1);
    if (block) block.height = bar.y + bar.height - block.y;
    else segments.push({ ...bar });
  }
  for (const segment of segments) [segment.y, segment.height] = [round(segment.y), round(segment.height)];
  return segments;
}

const round = (value: number) => Math.round(value * 10) / 10;
const whole = (value: number) => Math.round(value);

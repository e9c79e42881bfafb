/**
 * Geometry of a replay: hey's workers as lanes on a time axis above the run's histogram.
 * Pure, shared by the build (frame, axes, final histogram) and the browser (where the lanes
 * and falling requests are drawn on a canvas over the same box).
 */
import { scaleLinear } from 'd3-scale';
import type { LanesLayout } from './lanes.ts';

export { laneGeometry, type LanesLayout } from './lanes.ts';

export interface LanesLayoutOptions {
  width: number;
  lanesHeight: number;
  /** The end of the time axis: the longer of the recorded and reconstructed totals. */
  timeMax: number;
}

/** The lanes panel; the histogram below it is the run's own Histogram, drawn by its layout. */
export function lanesLayout(options: LanesLayoutOptions): LanesLayout {
  const margin = { top: 8, right: 12, bottom: 22, left: 52 };
  const x = scaleLinear().domain([0, options.timeMax]).range([margin.left, options.width - margin.right]);
  const xTicks = x.ticks(Math.max(2, Math.floor((options.width - margin.left - margin.right) / 70))).map((value) => ({
    value,
    position: Math.round(x(value) * 10) / 10,
    label: String(Number(value.toFixed(3))),
  }));
  return { width: options.width, height: options.lanesHeight, margin, timeMax: options.timeMax, xTicks };
}

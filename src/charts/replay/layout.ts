/**
 * Geometry of a replay: hey's workers as lanes on a time axis above the run's histogram.
 * Pure, shared by the build (frame, axes, final histogram) and the browser (where the lanes
 * and falling requests are drawn on a canvas over the same box).
 */
import { scaleLinear } from 'd3-scale';
import type { Tick } from '../histogram/layout.ts';

export interface LanesLayout {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  timeMax: number;
  xTicks: Tick[];
}

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

/** Where a moment of the run and a worker's lane are drawn in the lanes panel. */
export function laneGeometry(lanes: LanesLayout, workers: number) {
  const innerWidth = lanes.width - lanes.margin.left - lanes.margin.right;
  const innerHeight = lanes.height - lanes.margin.top - lanes.margin.bottom;
  const laneHeight = innerHeight / workers;
  return {
    x: (seconds: number) => lanes.margin.left + (seconds / lanes.timeMax) * innerWidth,
    y: (worker: number) => lanes.margin.top + worker * laneHeight,
    laneHeight,
    /** A lane is drawn a little thinner than its slot so that lanes stay apart when there is room. */
    barHeight: laneHeight >= 3 ? laneHeight - 1 : Math.max(laneHeight, 0.5),
  };
}

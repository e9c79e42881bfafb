/**
 * The replay's lanes panel as the browser draws into it: the box the build laid out, and where a
 * moment and a worker's lane fall in it. Apart from layout.ts (which needs d3-scale for the
 * build's axis) so that the replay's browser code carries no scale.
 */
import type { Tick } from '../histogram/layout.ts';

export interface LanesLayout {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  timeMax: number;
  xTicks: Tick[];
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

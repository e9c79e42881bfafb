/**
 * Geometry of slide 16's staircase: months across, connections up; the classes in service as a
 * staircase, demand as a curve under it, the gap shaded as capacity paid for and unused.
 * Used at build time for the SVG and in the browser when the demand or the cursor moves; its
 * scales are plain linear maps (d3-array picks the round ticks), which keeps d3-scale and its
 * colour interpolators out of the browser's bundle.
 */
import { nice, ticks } from 'd3-array';
import { area, curveMonotoneX, curveStepAfter, line } from 'd3-shape';
import { demandMonths, rdbChanges, rdbTimeline, unusedShare, type RdbChange, type RdbPoint, type RdbStep } from '../../lib/rdb.ts';

/** What the chart shows before a reader moves anything: the t3 family, a demand growing to 1,000, month 18. */
export const rdbDefaults = { family: 't3', peak: 1000, month: 18 };

export interface RdbLayoutOptions {
  steps: RdbStep[];
  peak: number;
  month: number;
  width?: number;
  height?: number;
  /** The words' size in viewBox units, which the margins follow; left out, the page's own. */
  fontSize?: number;
}

export interface RdbStepLabel {
  x: number;
  y: number;
  name: string;
  maxConnections: number;
  usdPerHour: number;
}

export interface RdbLayout {
  width: number;
  height: number;
  fontSize?: number;
  /** The size the margins are made for (the page's words are 12 units in its drawing). */
  textSize: number;
  margin: { top: number; right: number; bottom: number; left: number };
  points: RdbPoint[];
  changes: (RdbChange & { x: number; y: number })[];
  staircase: string;
  demand: string;
  waste: string;
  stepLabels: RdbStepLabel[];
  xTicks: { position: number; month: number }[];
  yTicks: { position: number; value: number }[];
  /** The connection levels of the classes in use, with their price: the staircase is the cost too. */
  costTicks: { position: number; usdPerHour: number }[];
  cursor: {
    x: number;
    demandY: number;
    stepY: number | undefined;
    point: RdbPoint;
    /** The next change after the cursor, if the demand forces one. */
    next: RdbChange | undefined;
  };
  unused: number;
  plot: { left: number; right: number; top: number; bottom: number };
  /** Month at a horizontal position, for pointers. */
  monthAt: (x: number) => number;
  /** Peak that puts the demand at the cursor's month at a vertical position, for dragging the curve. */
  connectionsAt: (y: number) => number;
}

function linear([d0, d1]: [number, number], [r0, r1]: [number, number]) {
  const scale = (value: number) => r0 + ((value - d0) / (d1 - d0)) * (r1 - r0);
  scale.invert = (position: number) => d0 + ((position - r0) / (r1 - r0)) * (d1 - d0);
  return scale;
}

export function rdbLayout({ steps, peak, month, width = 720, height = 360, fontSize }: RdbLayoutOptions): RdbLayout {
  const textSize = fontSize ?? 12;
  const k = textSize / 12;
  const margin = { top: 28 * k, right: 84 * k, bottom: 34 * k, left: 56 * k };
  // Two samples a month draw smooth curves (monotone); a tenth of a unit is finer than any screen shows.
  const points = rdbTimeline(peak, steps, 2);
  const used = points.flatMap((point) => (point.step ? [point.step] : []));
  const top = Math.max(peak, ...used.map((step) => step.maxConnections));
  const x = linear([0, demandMonths], [margin.left, width - margin.right]);
  const [, yMax] = nice(0, top * 1.12, 5);
  const y = linear([0, yMax], [height - margin.bottom, margin.top]);
  const stepY = (point: RdbPoint) => y(point.step?.maxConnections ?? top * 1.12);

  const staircase = line<RdbPoint>().digits(1).x((p) => x(p.month)).y(stepY).curve(curveStepAfter)(points) ?? '';
  const demand = line<RdbPoint>().digits(1).x((p) => x(p.month)).y((p) => y(p.demand)).curve(curveMonotoneX)(points) ?? '';
  const waste =
    area<RdbPoint>()
      .digits(1)
      .x((p) => x(p.month))
      .y0((p) => y(p.demand))
      .y1(stepY)(points) ?? '';

  const stepLabels: RdbStepLabel[] = [];
  let start = 0;
  for (let i = 1; i <= points.length; i += 1) {
    if (i === points.length || points[i].step !== points[start].step) {
      const step = points[start].step;
      // A class in service for only a few weeks gets no label of its own (the right axis and the table name it).
      if (step && x(points[i - 1].month) - x(points[start].month) >= 70) {
        stepLabels.push({
          x: (x(points[start].month) + x(points[i - 1].month)) / 2,
          y: y(step.maxConnections) - 6,
          name: step.instance.name,
          maxConnections: step.maxConnections,
          usdPerHour: step.instance.usdPerHour,
        });
      }
      start = i;
    }
  }

  const changes = rdbChanges(points).map((change) => ({ ...change, x: x(change.month), y: y(change.to?.maxConnections ?? top) }));
  const clamped = Math.min(Math.max(month, 0), demandMonths);
  const point = points.reduce((best, p) => (Math.abs(p.month - clamped) < Math.abs(best.month - clamped) ? p : best), points[0]);
  const distinct = [...new Set(used)];

  return {
    width,
    height,
    fontSize,
    textSize,
    margin,
    points,
    changes,
    staircase,
    demand,
    waste,
    stepLabels,
    xTicks: [0, 6, 12, 18, 24].map((m) => ({ position: x(m), month: m })),
    yTicks: ticks(0, yMax, 5).map((value) => ({ position: y(value), value })),
    costTicks: distinct
      .map((step) => ({ position: y(step.maxConnections), usdPerHour: step.instance.usdPerHour }))
      .filter((tick, i, ticks) => i === ticks.length - 1 || ticks[i + 1].position < tick.position - textSize * 1.25),
    cursor: {
      x: x(point.month),
      demandY: y(point.demand),
      stepY: point.step ? y(point.step.maxConnections) : undefined,
      point,
      next: changes.find((change) => change.month > point.month),
    },
    unused: unusedShare(points),
    plot: { left: margin.left, right: width - margin.right, top: margin.top, bottom: height - margin.bottom },
    monthAt: (px: number) => Math.min(Math.max(x.invert(px), 0), demandMonths),
    connectionsAt: (py: number) => Math.max(0, y.invert(py)),
  };
}

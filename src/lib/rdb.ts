/**
 * Slide 16's argument in numbers: an RDB's maximum connections only grow by changing the
 * instance class, so capacity (and cost) rises in steps while the real connection count rises
 * smoothly under it. Instance classes, the RDS for MySQL default max_connections formula and
 * prices come from data/rds-mysql.json; the demand curve is this site's example.
 */
import type { RdsClass, RdsData } from './rds-data.ts';

export type { RdsClass, RdsData };

/**
 * RDS for MySQL's default max_connections, {DBInstanceClassMemory/12582880}, on the class's
 * nominal memory: an upper bound, as RDS subtracts its own reservation first (the quotient is
 * truncated, as RDS does).
 */
export function maxConnections(instance: Pick<RdsClass, 'memoryGiB'>, bytesPerConnection = 12582880): number {
  return Math.floor((instance.memoryGiB * 2 ** 30) / bytesPerConnection);
}

export interface RdbStep {
  instance: RdsClass;
  maxConnections: number;
}

/** A family's classes as steps, smallest first. */
export function familySteps(data: RdsData, family: string): RdbStep[] {
  return data.classes
    .filter((instance) => instance.family === family)
    .map((instance) => ({ instance, maxConnections: maxConnections(instance, data.maxConnectionsFormula.bytesPerConnection) }))
    .sort((a, b) => a.maxConnections - b.maxConnections);
}

/** The smallest class whose maximum connections cover the demand; undefined if none does. */
export function instanceFor(demand: number, steps: RdbStep[]): RdbStep | undefined {
  return steps.find((step) => step.maxConnections >= demand);
}

export const demandMonths = 24;

/**
 * The example demand: a service growing over two years (a logistic curve) with a seasonal
 * swing, scaled so that its highest point is `peak` connections.
 */
export function demandShape(month: number): number {
  const growth = 0.06 + 0.94 / (1 + Math.exp(-(month - 11) / 3.2));
  const season = 1 + 0.07 * Math.sin((2 * Math.PI * month) / 6);
  return growth * season;
}

const shapeMax = (() => {
  let max = 0;
  for (let m = 0; m <= demandMonths; m += 0.05) max = Math.max(max, demandShape(m));
  return max;
})();

export function demandAt(month: number, peak: number): number {
  return (peak * demandShape(month)) / shapeMax;
}

export interface RdbPoint {
  month: number;
  demand: number;
  /** The class in service: it never steps down (changing class means downtime, so nobody does it monthly). */
  step: RdbStep | undefined;
}

/** Samples demand and the class it forces, with a step that only goes up. */
export function rdbTimeline(peak: number, steps: RdbStep[], samplesPerMonth = 8): RdbPoint[] {
  const points: RdbPoint[] = [];
  let highest = 0;
  for (let i = 0; i <= demandMonths * samplesPerMonth; i += 1) {
    const month = i / samplesPerMonth;
    const demand = demandAt(month, peak);
    highest = Math.max(highest, demand);
    points.push({ month, demand, step: instanceFor(highest, steps) });
  }
  return points;
}

export interface RdbChange {
  month: number;
  from: RdbStep | undefined;
  to: RdbStep | undefined;
}

/** When the demand forces the next class. */
export function rdbChanges(points: RdbPoint[]): RdbChange[] {
  const changes: RdbChange[] = [];
  for (let i = 1; i < points.length; i += 1) {
    if (points[i].step !== points[i - 1].step) changes.push({ month: points[i].month, from: points[i - 1].step, to: points[i].step });
  }
  return changes;
}

/** Share of paid connection capacity left unused over the whole period (0–1). */
export function unusedShare(points: RdbPoint[]): number {
  let paid = 0;
  let used = 0;
  for (const point of points) {
    if (!point.step) continue;
    paid += point.step.maxConnections;
    used += Math.min(point.demand, point.step.maxConnections);
  }
  return paid ? 1 - used / paid : 0;
}

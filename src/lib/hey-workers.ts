/**
 * How many workers a hey run can have had, from its record alone. hey starts `c` workers and each
 * sends `n/c` requests one after another (../shared/talk/facts.md §5: a closed loop, the remainder
 * of n ÷ c dropped), so the recorded summary bounds `c`:
 *
 * - the busiest worker carries at least the average share of the work, all within the Total:
 *   c ≥ requests × Average ÷ Total;
 * - the worker that sent the Slowest request sent its other n/c − 1 at Fastest or more, all within
 *   the Total: n/c ≤ (Total − Slowest) ÷ Fastest + 1;
 * - some worker is busy until the end with n/c requests of at most Slowest: c ≤ requests × Slowest ÷ Total;
 * - every worker sends the same n/c, so c divides the number of requests.
 *
 * Printed figures are rounded to 4 decimals (hey's `%4.4f`); every bound gives them that much room,
 * so no count the real run could have had is ruled out by rounding.
 */
import type { HeySummary } from './hey-report.ts';

/** Half a unit of hey's 4th decimal. */
const rounding = 0.00005;

export interface WorkerBounds {
  requests: number;
  /** requests × Average ÷ Total: requests in flight on average (Little's law), a lower bound on c. */
  byAverage: number;
  /** The most requests one worker can have sent: (Total − Slowest) ÷ Fastest + 1, rounded down. */
  maxShare: number;
  /** requests × Slowest ÷ Total: an upper bound on c. */
  upper: number;
  /** The smallest and largest worker counts the summary allows. */
  min: number;
  max: number;
  /** The counts in [min, max] that divide the requests evenly, as hey's n/c does: what the run can have used. */
  feasible: number[];
}

export type WorkerSummary = Required<Pick<HeySummary, 'totalSeconds' | 'slowestSeconds' | 'fastestSeconds' | 'averageSeconds'>>;

export function workerBounds(summary: WorkerSummary, requests: number): WorkerBounds {
  const total = summary.totalSeconds + rounding;
  const slowest = Math.max(summary.slowestSeconds - rounding, 0);
  const fastest = Math.max(summary.fastestSeconds - rounding, 0);
  const average = Math.max(summary.averageSeconds - rounding, 0);
  const byAverage = (requests * average) / total;
  // A run of instant responses bounds nothing by its fastest: every worker could have sent them all.
  const maxShare = fastest > 0 ? Math.min(requests, Math.floor(Math.max(total - slowest, 0) / fastest + 1)) : requests;
  const upperSlowest = summary.slowestSeconds + rounding;
  const upper = (requests * upperSlowest) / Math.max(summary.totalSeconds - rounding, Number.MIN_VALUE);
  const min = Math.max(1, Math.ceil(byAverage - 1e-9), Math.ceil(requests / Math.max(maxShare, 1)));
  const max = Math.max(min, Math.min(requests, Math.floor(upper + 1e-9)));
  const feasible: number[] = [];
  for (let c = min; c <= max; c++) if (requests % c === 0) feasible.push(c);
  return { requests, byAverage, maxShare, upper, min, max, feasible };
}

export type WorkersBasis =
  /** The run's own -c (stated, hey's default, or the reader's), which the record allows. */
  | 'given'
  /** No -c was given, or the record rules it out: the smallest count the record allows. */
  | 'smallest'
  /** No count divides the requests evenly (a run cut short, or errors left out of the histogram): the smallest count, shares one apart. */
  | 'uneven';

export interface WorkerChoice {
  workers: number;
  basis: WorkersBasis;
  /** The -c the run was given, when known, and whether the record allows it. */
  given?: { concurrency: number; allowed: boolean };
  bounds: WorkerBounds;
}

/** The workers a replay uses: the run's own -c where the record allows it, otherwise the smallest count it allows. */
export function chooseWorkers(summary: WorkerSummary, requests: number, concurrency?: number): WorkerChoice {
  const bounds = workerBounds(summary, requests);
  // Where no count divides the requests (a run cut short, errors left out of the histogram), any count in range will do.
  const allowed = (c: number) => (bounds.feasible.length > 0 ? bounds.feasible.includes(c) : c >= bounds.min && c <= bounds.max);
  const given = concurrency === undefined ? undefined : { concurrency, allowed: allowed(concurrency) };
  if (given?.allowed) return { workers: concurrency!, basis: 'given', given, bounds };
  const smallest = bounds.feasible[0];
  if (smallest !== undefined) return { workers: smallest, basis: 'smallest', given, bounds };
  return { workers: Math.min(bounds.min, requests), basis: 'uneven', given, bounds };
}

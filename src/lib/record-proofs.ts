/**
 * What a recorded hey run proves on its own, what this site infers from it, and what it has to
 * assume: each row a claim with its arithmetic, pointing at the lines of hey's output it rests on.
 * The numbers are worked out here from the record (and hey's rule, hey-workers.ts), never typed in.
 */
import { enisNeeded } from './eni-capacity.ts';
import { slowFrom } from './hey-buckets.ts';
import type { HeyRun } from './hey-run.ts';
import { chooseWorkers } from './hey-workers.ts';

export type ProofKind = 'proved' | 'inferred' | 'assumed';

/** A line of hey's output: a Summary field, or a histogram bucket by index. */
export type HeyLine = 'total' | 'slowest' | 'fastest' | 'average' | 'rps' | 'totalData' | 'sizePerRequest' | `bucket-${number}`;
/** What a claim rests on: a line of the run's hey output, or a slide of the talk. */
export type ProofReference = HeyLine | `slide-${number}`;

export type ProofKey =
  | 'requests'
  | 'slowCluster'
  | 'ruledOut'
  | 'range'
  | 'oneSlowEach'
  | 'moreSlowThanWorkers'
  | 'tail'
  | 'overhead'
  | 'coldStartEni'
  | 'coldStartFirst'
  | 'coldStartSome'
  | 'concurrencyDefault'
  | 'concurrencyFromRecord'
  | 'memory'
  | 'usersUp'
  | 'overLimit'
  | 'reachedLimit'
  | 'noWait'
  | 'errorReturn';

export interface ProofRow {
  kind: ProofKind;
  key: ProofKey;
  /** The numbers the claim's sentence is filled with, already worked out. */
  values: Record<string, number | string>;
  restsOn: ProofReference[];
}

const buckets = (from: number, to: number): HeyLine[] => Array.from({ length: to - from + 1 }, (_, i) => `bucket-${from + i}` as const);
const round = (value: number, digits: number) => Number(value.toFixed(digits));

export function recordProofs(run: HeyRun): ProofRow[] {
  const { summary, histogram } = run.report;
  const { totalSeconds: total, slowestSeconds: slowest, fastestSeconds: fastest, averageSeconds: average, totalDataBytes: data, sizePerRequestBytes: size } = summary ?? {};
  if (!histogram || total === undefined || slowest === undefined || fastest === undefined || average === undefined || !data || !size) {
    throw new Error(`recordProofs: run ${run.id} lacks a figure its proofs rest on (the Summary with its data lines, and the histogram)`);
  }
  const rows: ProofRow[] = [];
  const prove = (key: ProofKey, values: ProofRow['values'], restsOn: HeyLine[]) => rows.push({ kind: 'proved', key, values, restsOn });
  const n = data / size;
  prove('requests', { n, data, size }, ['totalData', 'sizePerRequest']);

  const counts = histogram.map((bucket) => bucket.count);
  const slowIndex = slowFrom(counts);
  const slow = slowIndex === undefined ? 0 : counts.slice(slowIndex).reduce((a, b) => a + b, 0);
  const slowFloor = slowIndex === undefined ? undefined : histogram[slowIndex - 1]!.mark;
  // Marks as hey printed them, with three decimals.
  const mark = (seconds: number) => seconds.toFixed(3);
  if (slowIndex !== undefined) {
    const empty = counts.slice(0, slowIndex).reverse().findIndex((count) => count > 0);
    prove('slowCluster', { n: slow, from: mark(slowFloor!), to: slowest, counts: counts.slice(slowIndex).join(' + '), empty }, buckets(slowIndex, counts.length - 1));
  }

  const stated = run.setup?.concurrency;
  const choice = chooseWorkers({ totalSeconds: total, slowestSeconds: slowest, fastestSeconds: fastest, averageSeconds: average }, n, stated);
  const { bounds, workers } = choice;
  if (stated !== undefined && !choice.given!.allowed && n % stated === 0) {
    const share = n / stated;
    prove('ruledOut', { c: stated, share, fastest, least: round(share * fastest, 2), total }, ['total', 'fastest']);
  }
  prove(
    'range',
    { maxShare: bounds.maxShare, shareBound: round((total - slowest) / fastest + 1, 2), slowest, total, fastest, byShare: Math.ceil(n / bounds.maxShare), n, average, inFlight: round(bounds.byAverage, 1), feasible: bounds.feasible.join(', ') },
    ['total', 'slowest', 'fastest', 'average'],
  );

  const share = Math.floor(n / workers);
  if (slowIndex !== undefined) {
    // Two slow requests and the worker's others at the fastest: past the total, no worker sent two.
    const least = 2 * slowFloor! + (share - 2) * fastest;
    if (slow === workers && share >= 2 && least > total) {
      prove('oneSlowEach', { from: mark(slowFloor!), others: share - 2, fastest, least: round(least, 2), total, workers }, ['total', 'fastest', ...buckets(slowIndex, counts.length - 1)]);
    } else if (slow > workers) {
      prove('moreSlowThanWorkers', { slow, workers, extra: slow - workers }, buckets(slowIndex, counts.length - 1));
    }
  }
  if (share >= 2) {
    const left = total - slowest;
    prove('tail', { slowest, total, left: round(left, 4), others: share - 1, each: round(left / (share - 1), 3) }, ['total', 'slowest']);
  }
  const sleep = run.setup?.functionSleepSeconds ?? 0;
  if (sleep > 0) prove('overhead', { sleep, fastest, overhead: Math.round((fastest - sleep) * 1000) }, ['fastest']);

  if (slowIndex !== undefined) {
    const restsOn = buckets(slowIndex, counts.length - 1);
    if (run.model === 'before') rows.push({ kind: 'inferred', key: 'coldStartEni', values: { workers }, restsOn });
    else if (slow === workers) rows.push({ kind: 'inferred', key: 'coldStartFirst', values: { workers, from: mark(slowFloor!), to: slowest, fast: mark(histogram[1]!.mark) }, restsOn });
    else rows.push({ kind: 'inferred', key: 'coldStartSome', values: { workers, extra: slow - workers }, restsOn });
  }
  if (run.setup && !run.setup.concurrencyStated) rows.push({ kind: 'assumed', key: 'concurrencyDefault', values: { c: run.setup.concurrency }, restsOn: [] });
  if (choice.basis !== 'given') rows.push({ kind: 'assumed', key: 'concurrencyFromRecord', values: { c: workers, stated: stated ?? '—', feasible: bounds.feasible.join(', ') }, restsOn: [] });
  rows.push({ kind: 'assumed', key: 'memory', values: { c: workers, at1024: Math.ceil(enisNeeded(workers, 1024)), at128: Math.ceil(enisNeeded(workers, 128)) }, restsOn: [] });
  return rows;
}

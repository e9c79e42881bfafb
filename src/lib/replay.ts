/**
 * Reconstructs a hey run request by request from what survives of it: the summary and the
 * histogram. hey's real per-request timings were never recorded, so this is a reconstruction,
 * built to reproduce the recording:
 *
 * - every histogram bucket holds exactly the recorded count (hey's own bucketing rule);
 * - the fastest and slowest requests are exactly the recorded ones;
 * - the average is the recorded one (within 0.5 %);
 * - hey's rule: `c` workers, each sending `n/c` requests one after another from t = 0, and the
 *   run ends when the last worker finishes (within 5 % of the recorded total for the talk's runs).
 *
 * `c` is the run's own -c where the record allows it, otherwise the smallest count the record
 * allows (hey-workers.ts). Deterministic: the same input and seed give the same requests.
 */
import { bisectRight } from 'd3-array';
import { heyBucketMarks } from './hey-buckets.ts';
import { chooseWorkers, type WorkerChoice } from './hey-workers.ts';
import type { HeyBucket, HeySummary } from './hey-report.ts';
import { PriorityQueue } from './priority-queue.ts';
import { seededRandom } from './random.ts';

export { seededRandom } from './random.ts';

export interface ReplayRequest {
  /** hey worker (lane), 0-based. */
  worker: number;
  /** Seconds since the run started. */
  start: number;
  end: number;
  latency: number;
  /** Index of the recorded histogram bucket the request falls into. */
  bucket: number;
}

export interface LittlesLaw {
  requests: number;
  averageSeconds: number;
  totalSeconds: number;
  /** requests × average ÷ total: requests in flight on average. */
  inFlight: number;
}

export interface Reconstruction {
  /** Every request, in the order they complete. */
  requests: ReplayRequest[];
  workers: number;
  /** Why the replay has this many workers: the run's -c, or the smallest count its record allows. */
  workerChoice: WorkerChoice;
  littlesLaw: LittlesLaw;
  /** The reconstructed run's total, fastest, slowest and average, in seconds. */
  totalSeconds: number;
  fastestSeconds: number;
  slowestSeconds: number;
  averageSeconds: number;
  /** Upper edges of the buckets, exactly as hey computes them from fastest and slowest. */
  marks: number[];
  seed: number;
}

export class ReconstructionError extends Error {
  override name = 'ReconstructionError';
}

/** A Summary with every figure a replay is built from (one where some request succeeded and nothing was cut). */
export type FullSummary = Required<Pick<HeySummary, 'totalSeconds' | 'slowestSeconds' | 'fastestSeconds' | 'averageSeconds' | 'requestsPerSecond'>> & HeySummary;

export const isFullSummary = (summary: HeySummary | undefined): summary is FullSummary =>
  summary !== undefined && (['totalSeconds', 'slowestSeconds', 'fastestSeconds', 'averageSeconds', 'requestsPerSecond'] as const).every((key) => summary[key] !== undefined);

export function littlesLaw(summary: FullSummary, requests: number): LittlesLaw {
  return {
    requests,
    averageSeconds: summary.averageSeconds,
    totalSeconds: summary.totalSeconds,
    inFlight: (requests * summary.averageSeconds) / summary.totalSeconds,
  };
}

/** The bucket hey puts a latency in: the first whose mark is at least it. */
export function bucketOf(latency: number, marks: readonly number[]): number {
  const index = marks.findIndex((mark) => latency <= mark);
  return index < 0 ? marks.length - 1 : index;
}

export interface ReconstructionOptions {
  seed?: number;
  /** hey's -c as the run was given it (stated, hey's default, or the reader's), when known. */
  concurrency?: number;
}

export function reconstructRun(summary: HeySummary, histogram: readonly HeyBucket[], options: ReconstructionOptions = {}): Reconstruction {
  const { seed = 2019, concurrency } = options;
  if (!isFullSummary(summary)) throw new ReconstructionError('the Summary lacks a figure a replay is built from (Total, Slowest, Fastest, Average, Requests/sec)');
  const counts = histogram.map((bucket) => bucket.count);
  const requests = counts.reduce((a, b) => a + b, 0);
  if (histogram.length !== 11) throw new ReconstructionError(`expected hey's 11 histogram buckets, got ${histogram.length}`);
  if (requests === 0) throw new ReconstructionError('the histogram holds no requests');
  const { fastestSeconds: fastest, slowestSeconds: slowest } = summary;
  if (!(slowest >= fastest)) throw new ReconstructionError(`slowest (${slowest} s) is below fastest (${fastest} s)`);
  if (counts[0] === 0) throw new ReconstructionError('hey always puts the fastest request in the first bucket, which is empty here');
  if (slowest > fastest && counts[10] === 0) {
    throw new ReconstructionError('hey always puts the slowest request in the last bucket, which is empty here');
  }
  const marks = heyBucketMarks(fastest, slowest);
  histogram.forEach((bucket, i) => {
    // hey prints marks with 3 decimals from unrounded times; ours come from the 4-decimal summary.
    if (Math.abs(bucket.mark - marks[i]!) > 0.002) {
      throw new ReconstructionError(
        `bucket ${i + 1}'s mark ${bucket.mark} s does not follow from fastest ${fastest} s and slowest ${slowest} s (expected ${marks[i]!.toFixed(3)})`,
      );
    }
  });

  const latencies = reconstructLatencies(counts, marks, fastest, slowest, summary.averageSeconds * requests, seed);
  const law = littlesLaw(summary, requests);
  const workerChoice = chooseWorkers(summary, requests, concurrency);
  const { workers } = workerChoice;
  const schedule = scheduleWorkers(latencies, workers, summary.totalSeconds, seed);

  const timed: ReplayRequest[] = [];
  schedule.forEach((queue, worker) => {
    let clock = 0;
    for (const latency of queue) {
      timed.push({ worker, start: clock, end: clock + latency, latency, bucket: bucketOf(latency, marks) });
      clock += latency;
    }
  });
  timed.sort((a, b) => a.end - b.end || a.worker - b.worker);
  const sum = latencies.reduce((a, b) => a + b, 0);
  return {
    requests: timed,
    workers,
    workerChoice,
    littlesLaw: law,
    totalSeconds: timed.at(-1)!.end,
    fastestSeconds: Math.min(...latencies),
    slowestSeconds: Math.max(...latencies),
    averageSeconds: sum / requests,
    marks,
    seed,
  };
}

/**
 * Latencies for every bucket: the first holds only the fastest, the last includes the slowest,
 * the rest lie inside their bucket. Positions inside a bucket follow u^k for seeded uniform u, with
 * k chosen so that the latencies add up to requests × the recorded average.
 */
function reconstructLatencies(
  counts: readonly number[],
  marks: readonly number[],
  fastest: number,
  slowest: number,
  targetSum: number,
  seed: number,
): number[] {
  const random = seededRandom(seed);
  const fixed: number[] = Array.from({ length: counts[0]! }, () => fastest);
  const free: { low: number; high: number; u: number }[] = [];
  for (let bucket = 1; bucket < counts.length; bucket++) {
    let count = counts[bucket]!;
    if (bucket === counts.length - 1 && count > 0 && slowest > fastest) {
      fixed.push(slowest);
      count--;
    }
    for (let i = 0; i < count; i++) free.push({ low: marks[bucket - 1]!, high: marks[bucket]!, u: random() });
  }
  // Keep every value strictly inside its bucket, so hey's rule puts it back there.
  const place = (k: number) =>
    free.map(({ low, high, u }) => {
      const span = high - low;
      const position = Math.min(Math.max(u ** k, 1e-6), 1 - 1e-6);
      return low + span * position;
    });
  const fixedSum = fixed.reduce((a, b) => a + b, 0);
  const sumFor = (k: number) => fixedSum + place(k).reduce((a, b) => a + b, 0);
  // The sum falls as k grows; bisect log k.
  let low = Math.log(0.02);
  let high = Math.log(500);
  for (let i = 0; i < 60; i++) {
    const middle = (low + high) / 2;
    if (sumFor(Math.exp(middle)) > targetSum) low = middle;
    else high = middle;
  }
  return [...fixed, ...place(Math.exp((low + high) / 2))];
}

/**
 * Closed-loop workers as hey runs them: each sends its share of the requests (n ÷ c; give or take
 * one only where c does not divide n) back to back, its slowest first (the cold start) and the rest
 * in seeded order. The first worker sends the Slowest request and is the one still busy at the
 * recorded Total: its other requests are the run of similar latencies that fills the time left
 * (slide 25: 13.4614 − 13.046 = 0.415 s for nine more). The others share the rest, longest first
 * to the least loaded, so the slowest first requests stand at the top of the lanes.
 */
function scheduleWorkers(latencies: readonly number[], workers: number, total: number, seed: number): number[][] {
  const longestFirst = [...latencies].sort((a, b) => b - a);
  const base = Math.floor(longestFirst.length / workers);
  const shares = Array.from({ length: workers }, (_, w) => base + (w < longestFirst.length % workers ? 1 : 0));
  const [slowest, ...pool] = longestFirst;
  const rest = fillingRun(pool, shares[0]! - 1, total - slowest!);
  const schedule = [[slowest!, ...pool.splice(rest.start, rest.length)], ...assign(pool, shares.slice(1))];
  const random = seededRandom(seed ^ 0x5eed);
  for (const queue of schedule) {
    const [slowestFirst, ...others] = queue; // queues are filled longest first
    for (let i = others.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [others[i], others[j]] = [others[j]!, others[i]!];
    }
    queue.splice(0, queue.length, ...(slowestFirst === undefined ? [] : [slowestFirst]), ...others);
  }
  return schedule;
}

/** The run of `length` neighbours in a longest-first list whose sum comes closest to `target`. */
function fillingRun(longestFirst: readonly number[], length: number, target: number): { start: number; length: number } {
  if (length <= 0) return { start: 0, length: 0 };
  let sum = longestFirst.slice(0, length).reduce((a, b) => a + b, 0);
  let best = { start: 0, error: Math.abs(sum - target) };
  // Sliding down the list only lowers the sum: stop once it has passed below the target.
  for (let start = 1; start + length <= longestFirst.length && sum > target; start++) {
    sum += longestFirst[start + length - 1]! - longestFirst[start - 1]!;
    const error = Math.abs(sum - target);
    if (error < best.error) best = { start, error };
  }
  return { start: best.start, length };
}

function assign(longestFirst: readonly number[], capacity: readonly number[]): number[][] {
  const schedule: number[][] = capacity.map(() => []);
  // The least-loaded worker takes the next request; ties go to the lower worker, so the schedule is stable.
  const heap = new PriorityQueue<{ load: number; worker: number }>((a, b) => a.load < b.load || (a.load === b.load && a.worker < b.worker));
  capacity.forEach((room, worker) => room > 0 && heap.push({ load: 0, worker }));
  for (const latency of longestFirst) {
    const { load, worker } = heap.pop()!;
    schedule[worker]!.push(latency);
    if (schedule[worker]!.length < capacity[worker]!) heap.push({ load: load + latency, worker });
  }
  return schedule;
}

/**
 * What the replay shows at a moment: requests done, their average, each bucket's count so far.
 * Prefix sums over the requests in completion order make every moment O(log n) to look up.
 */
export interface ReplayTimeline {
  ends: Float64Array;
  latencySums: Float64Array;
  bucketCounts: Int32Array[];
}

export function replayTimeline(reconstruction: Reconstruction): ReplayTimeline {
  const { requests, marks } = reconstruction;
  const ends = new Float64Array(requests.length);
  const latencySums = new Float64Array(requests.length + 1);
  const bucketCounts = marks.map(() => new Int32Array(requests.length + 1));
  requests.forEach((request, i) => {
    ends[i] = request.end;
    latencySums[i + 1] = latencySums[i]! + request.latency;
    bucketCounts.forEach((counts, bucket) => {
      counts[i + 1] = counts[i]! + (request.bucket === bucket ? 1 : 0);
    });
  });
  return { ends, latencySums, bucketCounts };
}

/** How many requests have completed by time t. */
export function doneAt(timeline: ReplayTimeline, t: number): number {
  return bisectRight(timeline.ends, t);
}

export interface ReplayMoment {
  elapsedSeconds: number;
  done: number;
  requestsPerSecond: number;
  /** Average latency of the requests done so far; undefined before the first completes. */
  averageSeconds: number | undefined;
  bucketCounts: number[];
}

export function momentAt(timeline: ReplayTimeline, t: number): ReplayMoment {
  const done = doneAt(timeline, t);
  return {
    elapsedSeconds: t,
    done,
    requestsPerSecond: t > 0 ? done / t : 0,
    averageSeconds: done > 0 ? timeline.latencySums[done]! / done : undefined,
    bucketCounts: timeline.bucketCounts.map((counts) => counts[done]!),
  };
}

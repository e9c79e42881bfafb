/**
 * The two answers, worked out at build from the record and the model, never typed in: slide 25's
 * slowest request and its slow cluster, from hey's record; the ENIs of verification 2's load
 * after Hyperplane, from the same model run as slide 30's count (and before it, for contrast).
 */
import { verification2Model } from '../eni-model/verification-2.ts';
import { fastestAndSlowest, requestCount, type HeyBucket } from '../../lib/hey-report.ts';
import { slowFrom } from '../../lib/hey-buckets.ts';
import type { HeyRun } from '../../lib/hey-run.ts';

export interface SlowestAnswer {
  histogram: HeyBucket[];
  /** The Summary's Slowest, in seconds. */
  slowest: number;
  requests: number;
  /** The slow cluster: how many requests took longer than `from` seconds. */
  slow: number;
  from: number;
}

export function slowestAnswer(run: HeyRun): SlowestAnswer {
  const histogram = run.report.histogram;
  const extremes = fastestAndSlowest(run.report);
  if (!histogram || !extremes) throw new Error(`Predict: run ${run.id} needs its histogram and its slowest request`);
  const counts = histogram.map((bucket) => bucket.count);
  // Where the record shows no gap, the slowest bucket alone is "the slow ones".
  const first = slowFrom(counts) ?? counts.length - 1;
  return {
    histogram,
    slowest: extremes.slowest,
    requests: requestCount(run.report)!,
    slow: counts.slice(first).reduce((sum, n) => sum + n, 0),
    from: histogram[first - 1]?.mark ?? extremes.fastest,
  };
}

export interface EnisAnswer {
  /** The ENIs after Hyperplane at the end of verification 2's load, and before it. */
  enis: number;
  old: number;
  /** The concurrent executions the model reached, and its function's memory. */
  peak: number;
  memoryMb: number;
}

// Two runs of the model a page: the registry, the page and the static image ask for the same answer.
const enisAnswers = new Map<string, EnisAnswer>();

export function enisAnswer(verification2: HeyRun): EnisAnswer {
  const known = enisAnswers.get(verification2.id);
  if (known) return known;
  const after = verification2Model(verification2, 'after').run;
  const before = verification2Model(verification2, 'before').run;
  const answer = { enis: after.summary.enis, old: before.summary.enis, peak: after.summary.peakConcurrent, memoryMb: after.parameters.memoryMb };
  enisAnswers.set(verification2.id, answer);
  return answer;
}

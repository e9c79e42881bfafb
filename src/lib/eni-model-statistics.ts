/**
 * What the ENI model's readouts show at a moment of a run: the sample in effect, and the running
 * cold-start median and maximum. Pure, so the build and the browser read a run the same way.
 */
import { errorKinds, type ErrorKind } from './eni-model-parameters.ts';

interface Timed {
  t: number;
}

/**
 * How many values of a sorted list are at most `value`: d3-array's bisectRight, written here
 * because the bundler serves d3-array to the browser in a chunk shared with other charts, which
 * would put the ENI model's page over its 20 KB budget for two binary searches.
 */
function countUpTo(length: number, valueAt: (i: number) => number, value: number): number {
  // As d3's: nothing compares to NaN, so it goes after everything.
  if (Number.isNaN(value)) return length;
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (valueAt(middle) <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The sample in effect at time t: the last one at or before it (the first, before the run starts). */
export function sampleAt<S extends Timed>(run: { samples: readonly S[] }, t: number): S {
  return run.samples[Math.max(0, countUpTo(run.samples.length, (i) => run.samples[i]!.t, t) - 1)]!;
}

/** Errors of every kind added up. */
export function errorTotal(errors: Record<ErrorKind, number>): number {
  return errorKinds.reduce((sum, kind) => sum + errors[kind], 0);
}

/**
 * The median is the lower middle value, as the run's summary states it: with an even count it is
 * a delay some request really waited, not an average of two.
 */
export const lowerMedian = (sorted: readonly number[]): number => sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;

export interface ColdStartTimeline {
  /** When each cold start happened, in order. */
  t: Float64Array;
  /** The median and the maximum delay of the cold starts up to and including each one. */
  p50: Float64Array;
  max: Float64Array;
}

export function coldStartTimeline(run: { coldStartEvents: readonly { t: number; seconds: number }[] }): ColdStartTimeline {
  const events = [...run.coldStartEvents].sort((a, b) => a.t - b.t);
  const timeline: ColdStartTimeline = { t: new Float64Array(events.length), p50: new Float64Array(events.length), max: new Float64Array(events.length) };
  const sorted: number[] = [];
  events.forEach((event, i) => {
    sorted.splice(countUpTo(sorted.length, (i) => sorted[i]!, event.seconds), 0, event.seconds);
    timeline.t[i] = event.t;
    timeline.p50[i] = lowerMedian(sorted);
    timeline.max[i] = sorted.at(-1)!;
  });
  return timeline;
}

/** The cold-start median and maximum as they stand at time t (0 before the first cold start). */
export function coldStartsAt(timeline: ColdStartTimeline, t: number): { p50: number; max: number } {
  const k = countUpTo(timeline.t.length, (i) => timeline.t[i]!, t);
  return k ? { p50: timeline.p50[k - 1]!, max: timeline.max[k - 1]! } : { p50: 0, max: 0 };
}

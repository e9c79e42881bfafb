/**
 * What the ENI model's readouts show at a moment of a run: the sample in effect, and the running
 * cold-start median and maximum. Pure, so the build and the browser read a run the same way.
 */
import { bisectRight, bisector } from 'd3-array';
import { errorKinds, type ErrorKind } from './eni-model-parameters.ts';

interface Timed {
  t: number;
}

const byTime = bisector<Timed, number>((sample) => sample.t);

/** The sample in effect at time t: the last one at or before it (the first, before the run starts). */
export function sampleAt<S extends Timed>(run: { samples: readonly S[] }, t: number): S {
  return run.samples[Math.max(0, byTime.right(run.samples, t) - 1)]!;
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
    sorted.splice(bisectRight(sorted, event.seconds), 0, event.seconds);
    timeline.t[i] = event.t;
    timeline.p50[i] = lowerMedian(sorted);
    timeline.max[i] = sorted.at(-1)!;
  });
  return timeline;
}

/** The cold-start median and maximum as they stand at time t (0 before the first cold start). */
export function coldStartsAt(timeline: ColdStartTimeline, t: number): { p50: number; max: number } {
  const k = bisectRight(timeline.t, t);
  return k ? { p50: timeline.p50[k - 1]!, max: timeline.max[k - 1]! } : { p50: 0, max: 0 };
}

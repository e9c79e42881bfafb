/**
 * One request followed through both architectures: the first request a new execution environment
 * serves, before Hyperplane (slide 25's run) and after it (slide 26's). hey records whole requests
 * only, so each stage's seconds are worked out from the records where they hold them, taken from a
 * source where AWS gave a figure, and otherwise assumed, each saying which and on what.
 * Pure: the runs in, seconds out; the words are the chart's.
 */
import { slowFrom } from './hey-buckets.ts';
import type { HeyRun } from './hey-run.ts';

export type Lane = 'before' | 'after';
export const lanes: readonly Lane[] = ['before', 'after'];

/** The stages in the order a request meets them; `deploy` happens once, before any request. */
export type RequestStage = 'deploy' | 'send' | 'placement' | 'network' | 'answer';
export const requestStages: readonly RequestStage[] = ['deploy', 'send', 'placement', 'network', 'answer'];

export type DurationNature = 'recorded' | 'sourced' | 'assumed';

/** What a stage's seconds rest on; each names a sentence of the chart's words. */
export type Basis = 'halfFastest' | 'placementAsAfter' | 'coldStart' | 'eniInPath' | 'throughHyperplane' | 'oldModel' | 'pending';

/** Seconds as the sources allow them: from the least to the most (equal when one figure). */
export interface Span {
  low: number;
  high: number;
}

export interface LaneStage {
  stage: RequestStage;
  lane: Lane;
  /** Seconds since hey sent the request (for `deploy`, since the function was created or updated). */
  start: Span;
  /** How long it takes; undefined where nothing happens at that stage. */
  duration?: Span;
  nature: DurationNature;
  basis: Basis;
  /** The figures its sentence is filled with, as the record or source gives them. */
  values: Record<string, number>;
}

/** When a lane's request is answered: the run's slow responses, one per new execution environment. */
export interface LaneTotal {
  run: string;
  date: string;
  slide: number;
  /** The slow cluster's floor (the mark before its first bucket) and the slowest response. */
  answered: Span;
  /** How many slow responses the record holds. */
  slow: number;
}

export interface RequestPath {
  stages: Record<Lane, LaneStage[]>;
  totals: Record<Lane, LaneTotal>;
}

/**
 * The Hyperplane ENI made when the function is created or updated: "can take a minute or so"
 * (Lambda docs, configuration-vpc.md @78214f1, 2019-09-10) and "60–90 seconds", the function
 * Pending until it is Active (AWS Compute Blog, "Coming soon: Updated Lambda states lifecycle for
 * VPC networking"). A source's figure, so typed here once with its citation.
 */
export const hyperplanePending: Span = { low: 60, high: 90 };

const span = (low: number, high = low): Span => ({ low, high });
const minus = (a: Span, b: Span): Span => ({ low: a.low - b.low, high: a.high - b.high });

/** What a run's record gives this timeline: its fastest whole request and its slow responses. */
function recordOf(run: HeyRun) {
  const { summary, histogram } = run.report;
  const fastest = summary?.fastestSeconds;
  const slowest = summary?.slowestSeconds;
  const from = histogram ? slowFrom(histogram.map((bucket) => bucket.count)) : undefined;
  if (fastest === undefined || slowest === undefined || from === undefined || run.slide === undefined) {
    throw new Error(`requestPath: run ${run.id} needs its slide, its fastest and slowest, and a histogram with a slow cluster`);
  }
  const buckets = histogram!.slice(from);
  const total: LaneTotal = { run: run.id, date: run.date, slide: run.slide, answered: span(histogram![from - 1]!.mark, slowest), slow: buckets.reduce((sum, bucket) => sum + bucket.count, 0) };
  return { fastest, total, sleep: run.setup?.functionSleepSeconds ?? 0 };
}

/** The trip there and the trip back: hey times only whole requests, so its fastest is split in two, half each way. */
function trips(lane: Lane, fastest: number, slide: number, sleep: number): [LaneStage, LaneStage] {
  const half = span(fastest / 2);
  const values = { fastest, slide, sleep };
  return [
    { stage: 'send', lane, start: span(0), duration: half, nature: 'assumed', basis: 'halfFastest', values },
    // Its start is set once the stages between are known.
    { stage: 'answer', lane, start: span(0), duration: half, nature: 'assumed', basis: 'halfFastest', values },
  ];
}

/** Starts each request stage where the one before it ends. */
function chain(stages: LaneStage[]): LaneStage[] {
  let at = span(0);
  return stages.map((stage) => {
    if (stage.stage === 'deploy') return stage;
    const placed = { ...stage, start: at };
    at = { low: at.low + (stage.duration?.low ?? 0), high: at.high + (stage.duration?.high ?? 0) };
    return placed;
  });
}

export function requestPath(before: HeyRun, after: HeyRun): RequestPath {
  if (before.model !== 'before' || after.model !== 'after') throw new Error(`requestPath: ${before.id} must be a run before Hyperplane and ${after.id} one after it`);
  const old = recordOf(before);
  const now = recordOf(after);
  const [oldSend, oldAnswer] = trips('before', old.fastest, old.total.slide, old.sleep);
  const [newSend, newAnswer] = trips('after', now.fastest, now.total.slide, now.sleep);
  // October's slow responses less its fastest whole request: a cold start with no ENI to make.
  const coldStart = minus(now.total.answered, span(now.fastest));
  const coldValues = { from: now.total.answered.low, to: now.total.answered.high, fastest: now.fastest, slide: now.total.slide };
  // May's slow responses less everything else: what the ENI in the request's path took.
  const eni = minus(minus(old.total.answered, span(old.fastest)), coldStart);
  const stages: Record<Lane, LaneStage[]> = {
    before: chain([
      { stage: 'deploy', lane: 'before', start: span(0), nature: 'sourced', basis: 'oldModel', values: {} },
      oldSend,
      { stage: 'placement', lane: 'before', start: span(0), duration: coldStart, nature: 'assumed', basis: 'placementAsAfter', values: { ...coldValues, low: coldStart.low, high: coldStart.high } },
      { stage: 'network', lane: 'before', start: span(0), duration: eni, nature: 'recorded', basis: 'eniInPath', values: { from: old.total.answered.low, to: old.total.answered.high, n: old.total.slow, slide: old.total.slide } },
      oldAnswer,
    ]),
    after: chain([
      { stage: 'deploy', lane: 'after', start: span(0), duration: hyperplanePending, nature: 'sourced', basis: 'pending', values: { ...hyperplanePending } },
      newSend,
      { stage: 'placement', lane: 'after', start: span(0), duration: coldStart, nature: 'recorded', basis: 'coldStart', values: coldValues },
      { stage: 'network', lane: 'after', start: span(0), duration: span(0), nature: 'assumed', basis: 'throughHyperplane', values: {} },
      newAnswer,
    ]),
  };
  return { stages, totals: { before: old.total, after: now.total } };
}

/** Where a lane's request stages end: its answer, at the least and the most. */
export const answeredAt = (stages: readonly LaneStage[]): Span => {
  const last = stages.at(-1)!;
  return { low: last.start.low + (last.duration?.low ?? 0), high: last.start.high + (last.duration?.high ?? 0) };
};

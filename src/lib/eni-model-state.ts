/**
 * The ENI model's run as it plays out: its state in one object, and the bookkeeping every step
 * shares (the event queue, the samples, the record of invocations, the summary at the end). The
 * model's rules, which decide what each event does, are in eni-model.ts.
 */
import { subnetAddresses } from './eni-capacity.ts';
import { addressesPerEni } from './eni-limits.ts';
import { emptyErrors, type EniModelParameters, type ErrorKind, type NetworkModel } from './eni-model-parameters.ts';
import type { Invocation, ModelRun, ModelSample } from './eni-model-run.ts';
import type { LoadProfile } from './load-profile.ts';
import { lowerMedian } from './eni-model-statistics.ts';
import { PriorityQueue } from './priority-queue.ts';
import { seededRandom } from './random.ts';

export type Event = { kind: 'send'; client: number } | { kind: 'done'; client: number; environment?: number };

export interface SimulateOptions {
  /** Keep every invocation (tests); otherwise only counts, samples and cold starts are kept. */
  recordInvocations?: boolean;
}

/** What a run changes as its events play out; each step of the model takes it and moves it on. */
export interface Simulation {
  model: NetworkModel;
  profile: LoadProfile;
  p: EniModelParameters;
  options: SimulateOptions;
  random: () => number;
  /** Free addresses in each of the function's subnets. */
  freeIps: number[];
  enis: { createdAt: number; readyAt: number }[];
  /** Before Hyperplane: each worker's ENI, and when it is ready. */
  workers: { eniReadyAt: number }[];
  /** Execution environments, by when each is ready; `idle` lists the warm ones free to serve. */
  environments: { readyAt: number }[];
  idle: number[];
  concurrent: number;
  peakConcurrent: number;
  /** EC2's rate for ENI creations as a token bucket, last filled at `tokensAt`. */
  tokens: number;
  tokensAt: number;
  /** When the function can first run (after Hyperplane's Pending, when the run starts with its creation). */
  functionActiveAt: number;
  queue: PriorityQueue<{ time: number; order: number; value: Event }>;
  queued: number;
  /** Each client's invocation in flight. */
  pending: Map<number, Invocation>;
  sent: number;
  served: number;
  servedSeconds: number;
  errors: Record<ErrorKind, number>;
  coldStarts: number;
  coldStartTimes: number[];
  coldStartEvents: { t: number; seconds: number }[];
  invocations: Invocation[];
  endSeconds: number;
  samples: ModelSample[];
  sampleEvery: number;
  nextSample: number;
}

export function startSimulation(model: NetworkModel, profile: LoadProfile, p: EniModelParameters, options: SimulateOptions): Simulation {
  const usable = subnetAddresses(p.subnetPrefixLength).usable;
  const s: Simulation = {
    model,
    profile,
    p,
    options,
    random: seededRandom(p.seed),
    freeIps: Array.from({ length: p.subnetCount }, () => Math.max(0, usable - p.ipsUsedByOthers)),
    enis: [],
    workers: [],
    environments: [],
    idle: [],
    concurrent: 0,
    peakConcurrent: 0,
    tokens: p.eniCreationBurst,
    tokensAt: 0,
    functionActiveAt: p.startsWithFunctionCreate ? p.hyperplanePendingSeconds : 0,
    // Events in time order; ties keep the order they were queued in, so runs repeat exactly.
    queue: new PriorityQueue((a, b) => a.time < b.time || (a.time === b.time && a.order < b.order)),
    queued: 0,
    pending: new Map(),
    sent: 0,
    served: 0,
    servedSeconds: 0,
    errors: emptyErrors(),
    coldStarts: 0,
    coldStartTimes: [],
    coldStartEvents: [],
    invocations: [],
    endSeconds: 0,
    samples: [],
    sampleEvery: Math.max(0.1, profile.durationSeconds / 600),
    nextSample: 0,
  };
  // After Hyperplane: one ENI per subnet (and security group), made when the function was.
  if (model === 'after') {
    for (let subnet = 0; subnet < p.subnetCount; subnet++) {
      if (s.freeIps[subnet]! >= addressesPerEni && s.enis.length < p.eniQuota) {
        s.enis.push({ createdAt: s.functionActiveAt - p.hyperplanePendingSeconds, readyAt: s.functionActiveAt });
        s.freeIps[subnet]! -= addressesPerEni;
      }
    }
  }
  profile.clientStarts.forEach((start, client) => at(s, start, { kind: 'send', client }));
  return s;
}

export const at = (s: Simulation, time: number, value: Event) => s.queue.push({ time, order: s.queued++, value });

export function sampleUntil(s: Simulation, t: number): void {
  for (; s.nextSample <= t; s.nextSample += s.sampleEvery) {
    const at = s.nextSample;
    const created = s.enis.filter((eni) => eni.createdAt <= at).length;
    s.samples.push({
      t: at,
      environments: s.environments.length,
      concurrent: s.concurrent,
      starting: s.environments.reduce((n, environment) => n + (environment.readyAt > at ? 1 : 0), 0),
      workers: s.workers.length,
      enis: created,
      enisReady: s.enis.filter((eni) => eni.readyAt <= at).length,
      // An address is in use once its ENI exists: one still queued at EC2 holds none yet.
      ipsInUse: created * addressesPerEni,
      coldStarts: s.coldStarts,
      served: s.served,
      errors: { ...s.errors },
      servedSeconds: s.servedSeconds,
    });
  }
}

export function record(s: Simulation, invocation: Invocation): void {
  if (s.options.recordInvocations) s.invocations.push(invocation);
  s.endSeconds = Math.max(s.endSeconds, invocation.end);
  if (invocation.coldStartSeconds !== undefined) {
    s.coldStartTimes.push(invocation.coldStartSeconds);
    s.coldStartEvents.push({ t: invocation.start, seconds: invocation.coldStartSeconds });
  }
}

export function summarize(s: Simulation): ModelRun {
  const coldStartTimes = [...s.coldStartTimes].sort((a, b) => a - b);
  return {
    model: s.model,
    parameters: s.p,
    profile: s.profile,
    samples: s.samples,
    invocations: s.invocations,
    coldStartEvents: s.coldStartEvents,
    summary: {
      invocations: s.sent,
      served: s.served,
      errors: s.errors,
      coldStarts: s.coldStarts,
      coldStartP50: lowerMedian(coldStartTimes),
      coldStartMax: coldStartTimes.at(-1) ?? 0,
      peakConcurrent: s.peakConcurrent,
      peakEnvironments: s.environments.length,
      enis: s.enis.length,
      ipsInUse: s.enis.length * addressesPerEni,
      workers: s.workers.length,
      endSeconds: s.endSeconds,
    },
  };
}

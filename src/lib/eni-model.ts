/**
 * The ENI model of VPC Lambda before and after Hyperplane (September 2019), as one pure,
 * deterministic discrete-event simulation of both under the same load.
 *
 * before: execution environments run on workers of 3 GB (the "EC2 model"); every worker that
 *   hosts a VPC function needs its own ENI in the customer's subnet, created on a cold start
 *   (9–13 s, fitted to slide 25; third parties measured 10 s and more), counted against the region's ENI quota (350 in 2019),
 *   taking a subnet IP, and rate-limited by EC2's API. So the ENIs needed follow slide 12's
 *   formula: peak concurrency × (memory GB ÷ 3 GB).
 * after: one Hyperplane ENI per (subnet, security group) pair, created when the function is
 *   created or its VPC settings change (Pending for 60–90 s), shared by every environment; a cold
 *   start no longer waits for an ENI.
 * both: account concurrency (1,000) and burst concurrency (Tokyo: 1,000, then +500 a minute)
 *   throttle with 429, which API Gateway returns to the client as 500.
 *
 * Figures that AWS never published (the EC2 API rate for ENI creation, the exact ENI delay, the
 * cold start without ENI work, API overhead) are parameters with stated assumptions.
 */
import { subnetAddresses } from './eni-capacity.ts';
import { defaultParameters, emptyErrors, type EniModelParameters, type ErrorKind, type NetworkModel } from './eni-model-parameters.ts';
import type { Invocation, ModelRun, ModelSample } from './eni-model-run.ts';
import type { LoadProfile } from './load-profile.ts';
import { lowerMedian } from './eni-model-statistics.ts';
import { PriorityQueue } from './priority-queue.ts';
import { seededRandom } from './random.ts';

export * from './eni-model-parameters.ts';
export * from './eni-model-run.ts';
export * from './load-profile.ts';
export * from './eni-model-statistics.ts';
export { eniCapacity, enisNeeded, subnetAddresses, type CapacityInput, type CapacityResult } from './eni-capacity.ts';

type Event = { kind: 'send'; client: number } | { kind: 'done'; client: number; environment?: number };

export interface SimulateOptions {
  /** Keep every invocation (tests); otherwise only counts, samples and cold starts are kept. */
  recordInvocations?: boolean;
}

export function simulate(
  model: NetworkModel,
  profile: LoadProfile,
  overrides: Partial<EniModelParameters> = {},
  options: SimulateOptions = {},
): ModelRun {
  const p: EniModelParameters = { ...defaultParameters, ...overrides };
  if (!(p.memoryMb >= 128 && p.memoryMb <= 3008)) throw new RangeError(`memoryMb must be 128–3008, got ${p.memoryMb}`);
  if (!(p.subnetPrefixLength >= 16 && p.subnetPrefixLength <= 28)) {
    throw new RangeError(`subnetPrefixLength must be 16–28 (a VPC subnet is /16 to /28), got ${p.subnetPrefixLength}`);
  }
  const random = seededRandom(p.seed);
  const freeIps = Array.from({ length: p.subnetCount }, () => Math.max(0, subnetAddresses(p.subnetPrefixLength).usable - p.ipsUsedByOthers));
  const ipsTaken = Array(p.subnetCount).fill(0) as number[];

  const enis: { createdAt: number; readyAt: number; subnet: number; ip: number }[] = [];
  const workers: { eni: number; eniReadyAt: number }[] = [];
  // Execution environments: whether each is running an invocation, and when it is ready.
  const environments: { worker: number; busy: boolean; readyAt: number }[] = [];
  const idle: number[] = [];
  let concurrent = 0;
  let tokens = p.eniCreationBurst;
  let tokensAt = 0;

  const functionActiveAt = p.startsWithFunctionCreate ? p.hyperplanePendingSeconds : 0;
  if (model === 'after') {
    for (let subnet = 0; subnet < p.subnetCount; subnet++) {
      if (freeIps[subnet]! > 0 && enis.length < p.eniQuota) {
        enis.push({ createdAt: functionActiveAt - p.hyperplanePendingSeconds, readyAt: functionActiveAt, subnet, ip: ipsTaken[subnet]! });
        ipsTaken[subnet]!++;
        freeIps[subnet]!--;
      }
    }
  }

  const concurrencyLimit = (t: number) =>
    Math.min(p.accountConcurrency, p.burstConcurrency + p.burstIncreasePerMinute * Math.floor(Math.max(0, t) / 60));

  // Events in time order; ties keep the order they were queued in, so runs repeat exactly.
  let queued = 0;
  const queue = new PriorityQueue<{ time: number; order: number; value: Event }>((a, b) => a.time < b.time || (a.time === b.time && a.order < b.order));
  const at = (time: number, value: Event) => queue.push({ time, order: queued++, value });
  profile.clientStarts.forEach((start, client) => at(start, { kind: 'send', client }));
  const invocations: Invocation[] = [];
  const coldStartTimes: number[] = [];
  let endSeconds = 0;
  const pending = new Map<number, Invocation>();
  let sent = 0;
  const errors = emptyErrors();
  let served = 0;
  let servedSeconds = 0;
  let coldStarts = 0;
  const coldStartEvents: { t: number; seconds: number }[] = [];
  let peakConcurrent = 0;

  const samples: ModelSample[] = [];
  const sampleEvery = Math.max(0.1, profile.durationSeconds / 600);
  let nextSample = 0;
  const sample = (t: number) => {
    samples.push({
      t,
      environments: environments.length,
      concurrent,
      starting: environments.reduce((n, environment) => n + (environment.readyAt > t ? 1 : 0), 0),
      workers: workers.length,
      enis: enis.filter((eni) => eni.createdAt <= t).length,
      enisReady: enis.filter((eni) => eni.readyAt <= t).length,
      // An address is in use once its ENI exists: one still queued at EC2 holds none yet.
      ipsInUse: enis.filter((eni) => eni.createdAt <= t).length,
      coldStarts,
      served,
      errors: { ...errors },
      servedSeconds,
    });
  };

  const record = (invocation: Invocation) => {
    if (options.recordInvocations) invocations.push(invocation);
    endSeconds = Math.max(endSeconds, invocation.end);
    if (invocation.coldStartSeconds !== undefined) {
      coldStartTimes.push(invocation.coldStartSeconds);
      coldStartEvents.push({ t: invocation.start, seconds: invocation.coldStartSeconds });
    }
  };
  const fail = (t: number, client: number, kind: ErrorKind) => {
    errors[kind]++;
    const invocation: Invocation = { client, start: t, end: t + p.errorSeconds, outcome: kind };
    record(invocation);
    at(invocation.end + profile.errorBackoffSeconds, { kind: 'done', client });
  };

  /**
   * Old model: the newest worker while the ENIs cover the environments' memory in 3 GB steps
   * (slide 12's formula, exactly), else a new worker with a new ENI, or the error that stops it.
   */
  const placeOnWorker = (t: number): number | ErrorKind => {
    const enisForOneMore = Math.ceil(((environments.length + 1) * p.memoryMb) / p.workerMemoryMb);
    if (workers.length > 0 && enisForOneMore <= workers.length) return workers.length - 1;
    if (enis.length >= p.eniQuota) return 'ENILimitReachedException';
    // Lambda spreads ENIs over the function's subnets: take the one with the most free addresses.
    let chosen = -1;
    freeIps.forEach((free, i) => {
      if (free > 0 && (chosen < 0 || free > freeIps[chosen]!)) chosen = i;
    });
    if (chosen < 0) return 'SubnetIPAddressLimitReachedException';
    // EC2's rate as a queue: a creation past the burst waits for its turn (tokens below zero are
    // creations queued), unless that wait passes the limit, which fails the invocation.
    tokens = Math.min(p.eniCreationBurst, tokens + (t - tokensAt) * p.eniCreationsPerSecond);
    tokensAt = t;
    const wait = tokens >= 1 ? 0 : (1 - tokens) / p.eniCreationsPerSecond;
    if (wait > p.eniCreationMaxWaitSeconds) return 'EC2ThrottledException';
    tokens -= 1;
    const readyAt = t + wait + p.eniCreationSeconds + random() * p.eniCreationJitterSeconds;
    enis.push({ createdAt: t + wait, readyAt, subnet: chosen, ip: ipsTaken[chosen]! });
    ipsTaken[chosen]!++;
    freeIps[chosen]!--;
    workers.push({ eni: enis.length - 1, eniReadyAt: readyAt });
    return workers.length - 1;
  };

  for (let event = queue.pop(); event; event = queue.pop()) {
    const t = event.time;
    while (nextSample <= t) {
      sample(nextSample);
      nextSample += sampleEvery;
    }
    const { value } = event;
    if (value.kind === 'done') {
      const invocation = pending.get(value.client);
      if (invocation) {
        pending.delete(value.client);
        served++;
        servedSeconds += invocation.end - invocation.start;
      }
      if (value.environment !== undefined) {
        environments[value.environment]!.busy = false;
        idle.push(value.environment);
        concurrent--;
      }
      at(t, { kind: 'send', client: value.client });
      continue;
    }
    // A client sends its next request, if the run still wants one.
    if (t > profile.durationSeconds || (profile.totalRequests !== undefined && sent >= profile.totalRequests)) continue;
    sent++;
    const client = value.client;
    const work = p.overheadSeconds + profile.functionSleepSeconds;
    const warm = idle.pop();
    if (warm !== undefined) {
      environments[warm]!.busy = true;
      concurrent++;
      const invocation: Invocation = { client, start: t, end: Math.max(t, functionActiveAt) + work, outcome: 'served' };
      record(invocation);
      pending.set(client, invocation);
      at(invocation.end, { kind: 'done', client, environment: warm });
      continue;
    }
    if (concurrent >= concurrencyLimit(t)) {
      fail(t, client, 'TooManyRequestsException');
      continue;
    }
    // Without a Hyperplane ENI (no free address, or no quota left) the function cannot reach its VPC.
    if (model === 'after' && enis.length === 0) {
      fail(t, client, freeIps.some((free) => free > 0) ? 'ENILimitReachedException' : 'SubnetIPAddressLimitReachedException');
      continue;
    }
    let readyAt = Math.max(t, functionActiveAt) + p.coldStartSeconds;
    let worker = -1;
    if (model === 'before') {
      const placed = placeOnWorker(t);
      if (typeof placed === 'string') {
        fail(t, client, placed);
        continue;
      }
      worker = placed;
      readyAt = Math.max(t, workers[worker]!.eniReadyAt) + p.coldStartSeconds;
    }
    const id = environments.length;
    environments.push({ worker, busy: true, readyAt });
    concurrent++;
    peakConcurrent = Math.max(peakConcurrent, concurrent);
    coldStarts++;
    const invocation: Invocation = { client, start: t, end: readyAt + work, outcome: 'served', coldStartSeconds: readyAt - t };
    record(invocation);
    pending.set(client, invocation);
    at(invocation.end, { kind: 'done', client, environment: id });
  }
  while (nextSample <= endSeconds + sampleEvery) {
    sample(nextSample);
    nextSample += sampleEvery;
  }

  coldStartTimes.sort((a, b) => a - b);
  return {
    model,
    parameters: p,
    profile,
    samples,
    invocations,
    coldStartEvents,
    summary: {
      invocations: sent,
      served,
      errors,
      coldStarts,
      coldStartP50: lowerMedian(coldStartTimes),
      coldStartMax: coldStartTimes.at(-1) ?? 0,
      peakConcurrent,
      peakEnvironments: environments.length,
      enis: enis.length,
      ipsInUse: ipsTaken.reduce((a, b) => a + b, 0),
      workers: workers.length,
      endSeconds,
    },
  };
}

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
import { addressesPerEni, memoryMb, subnetPrefixLength } from './eni-limits.ts';
import { defaultParameters, type EniModelParameters, type ErrorKind, type NetworkModel } from './eni-model-parameters.ts';
import type { Invocation, ModelRun } from './eni-model-run.ts';
import type { LoadProfile } from './load-profile.ts';
import { at, record, sampleUntil, startSimulation, summarize, type Event, type Simulation, type SimulateOptions } from './eni-model-state.ts';

export * from './eni-model-parameters.ts';
export * from './eni-model-run.ts';
export * from './load-profile.ts';
export * from './eni-model-statistics.ts';
export { eniCapacity, enisNeeded, subnetAddresses, type CapacityInput, type CapacityResult } from './eni-capacity.ts';
export type { SimulateOptions } from './eni-model-state.ts';

export function simulate(
  model: NetworkModel,
  profile: LoadProfile,
  overrides: Partial<EniModelParameters> = {},
  options: SimulateOptions = {},
): ModelRun {
  const p: EniModelParameters = { ...defaultParameters, ...overrides };
  checkParameters(p);
  const s = startSimulation(model, profile, p, options);
  for (let event = s.queue.pop(); event; event = s.queue.pop()) {
    sampleUntil(s, event.time);
    if (event.value.kind === 'done') finish(s, event.time, event.value);
    else send(s, event.time, event.value.client);
  }
  sampleUntil(s, s.endSeconds + s.sampleEvery);
  return summarize(s);
}

function checkParameters(p: EniModelParameters): void {
  if (!(p.memoryMb >= memoryMb.min && p.memoryMb <= memoryMb.max)) throw new RangeError(`memoryMb must be ${memoryMb.min}–${memoryMb.max}, got ${p.memoryMb}`);
  if (!(p.subnetPrefixLength >= subnetPrefixLength.min && p.subnetPrefixLength <= subnetPrefixLength.max)) {
    throw new RangeError(`subnetPrefixLength must be ${subnetPrefixLength.min}–${subnetPrefixLength.max} (a VPC subnet is /${subnetPrefixLength.min} to /${subnetPrefixLength.max}), got ${p.subnetPrefixLength}`);
  }
}

const concurrencyLimit = (p: EniModelParameters, t: number) =>
  Math.min(p.accountConcurrency, p.burstConcurrency + p.burstIncreasePerMinute * Math.floor(Math.max(0, t) / 60));


function fail(s: Simulation, t: number, client: number, kind: ErrorKind): void {
  s.errors[kind]++;
  const invocation: Invocation = { client, start: t, end: t + s.p.errorSeconds, outcome: kind };
  record(s, invocation);
  at(s, invocation.end + s.profile.errorBackoffSeconds, { kind: 'done', client });
}

/** An invocation served by an environment: it returns at its end, and the environment with it. */
function serve(s: Simulation, invocation: Invocation, environment: number): void {
  record(s, invocation);
  s.pending.set(invocation.client, invocation);
  at(s, invocation.end, { kind: 'done', client: invocation.client, environment });
}

/** A request comes back (served or failed): its environment is free again, and the client sends its next. */
function finish(s: Simulation, t: number, event: Extract<Event, { kind: 'done' }>): void {
  const invocation = s.pending.get(event.client);
  if (invocation) {
    s.pending.delete(event.client);
    s.served++;
    s.servedSeconds += invocation.end - invocation.start;
  }
  if (event.environment !== undefined) {
    s.idle.push(event.environment);
    s.concurrent--;
  }
  at(s, t, { kind: 'send', client: event.client });
}

/** A client sends its next request, if the run still wants one: a warm environment serves it, or a cold start, or an error. */
function send(s: Simulation, t: number, client: number): void {
  const { p, profile } = s;
  if (t > profile.durationSeconds || (profile.totalRequests !== undefined && s.sent >= profile.totalRequests)) return;
  s.sent++;
  const work = p.overheadSeconds + profile.functionSleepSeconds;
  const warm = s.idle.pop();
  if (warm !== undefined) {
    s.concurrent++;
    serve(s, { client, start: t, end: Math.max(t, s.functionActiveAt) + work, outcome: 'served' }, warm);
    return;
  }
  if (s.concurrent >= concurrencyLimit(p, t)) return fail(s, t, client, 'TooManyRequestsException');
  // Without a Hyperplane ENI (no free address, or no quota left) the function cannot reach its VPC.
  if (s.model === 'after' && s.enis.length === 0) {
    return fail(s, t, client, s.freeIps.some((free) => free >= addressesPerEni) ? 'ENILimitReachedException' : 'SubnetIPAddressLimitReachedException');
  }
  coldStart(s, t, client, work);
}

/** A new execution environment: before Hyperplane on a worker whose ENI it waits for, after it at once. */
function coldStart(s: Simulation, t: number, client: number, work: number): void {
  const { p } = s;
  let readyAt = Math.max(t, s.functionActiveAt) + p.coldStartSeconds;
  if (s.model === 'before') {
    const worker = placeOnWorker(s, t);
    if (typeof worker === 'string') return fail(s, t, client, worker);
    readyAt = Math.max(t, s.workers[worker]!.eniReadyAt) + p.coldStartSeconds;
  }
  const environment = s.environments.length;
  s.environments.push({ readyAt });
  s.concurrent++;
  s.peakConcurrent = Math.max(s.peakConcurrent, s.concurrent);
  s.coldStarts++;
  serve(s, { client, start: t, end: readyAt + work, outcome: 'served', coldStartSeconds: readyAt - t }, environment);
}

/**
 * Old model: the newest worker while the ENIs cover the environments' memory in 3 GB steps
 * (slide 12's formula, exactly), else a new worker with a new ENI, or the error that stops it.
 */
function placeOnWorker(s: Simulation, t: number): number | ErrorKind {
  const { p, workers, freeIps } = s;
  const enisForOneMore = Math.ceil(((s.environments.length + 1) * p.memoryMb) / p.workerMemoryMb);
  if (workers.length > 0 && enisForOneMore <= workers.length) return workers.length - 1;
  if (s.enis.length >= p.eniQuota) return 'ENILimitReachedException';
  // Lambda spreads ENIs over the function's subnets: take the one with the most free addresses.
  let chosen = -1;
  freeIps.forEach((free, i) => {
    if (free >= addressesPerEni && (chosen < 0 || free > freeIps[chosen]!)) chosen = i;
  });
  if (chosen < 0) return 'SubnetIPAddressLimitReachedException';
  // EC2's rate as a queue: a creation past the burst waits for its turn (tokens below zero are
  // creations queued), unless that wait passes the limit, which fails the invocation.
  s.tokens = Math.min(p.eniCreationBurst, s.tokens + (t - s.tokensAt) * p.eniCreationsPerSecond);
  s.tokensAt = t;
  const wait = s.tokens >= 1 ? 0 : (1 - s.tokens) / p.eniCreationsPerSecond;
  if (wait > p.eniCreationMaxWaitSeconds) return 'EC2ThrottledException';
  s.tokens -= 1;
  const readyAt = t + wait + p.eniCreationSeconds + s.random() * p.eniCreationJitterSeconds;
  s.enis.push({ createdAt: t + wait, readyAt });
  freeIps[chosen]! -= addressesPerEni;
  workers.push({ eniReadyAt: readyAt });
  return workers.length - 1;
}

import { describe, expect, it } from 'vitest';
import { enisNeeded, errorKinds, loadPreset, sampleAt, simulate, subnetAddresses, type ModelRun } from './eni-model';

const everyInvocationAccountedFor = (run: ModelRun) => {
  const errors = errorKinds.reduce((sum, kind) => sum + run.summary.errors[kind], 0);
  expect(run.summary.served + errors).toBe(run.summary.invocations);
  expect(run.invocations).toHaveLength(run.summary.invocations);
  const odd = run.invocations.filter(
    (invocation) => !(invocation.outcome === 'served' || errorKinds.includes(invocation.outcome)) || invocation.end < invocation.start,
  );
  expect(odd).toEqual([]);
  const served = run.invocations.filter((invocation) => invocation.outcome === 'served').length;
  expect(served).toBe(run.summary.served);
};

describe('the ENI model reproduces the talk', () => {
  it.each([1, 2, 3, 5, 7, 2019])('verification 1 with seed %i: 50 requests of 9.1–13.0 s before, as slide 25 recorded, none above 1 s after', (seed) => {
    const profile = loadPreset('verification-1');
    const before = simulate('before', profile, { seed }, { recordInvocations: true });
    const after = simulate('after', profile, { seed }, { recordInvocations: true });
    // Slide 25's slow cluster: its buckets from 9.138 s to the slowest request, 13.046 s.
    const slow = before.invocations.filter((i) => i.coldStartSeconds !== undefined).map((i) => i.end - i.start);
    expect(slow).toHaveLength(50);
    for (const latency of slow) {
      expect(latency).toBeGreaterThan(9.138);
      expect(latency).toBeLessThanOrEqual(13.046);
    }
    expect(before.summary.errors).toEqual({ ENILimitReachedException: 0, SubnetIPAddressLimitReachedException: 0, EC2ThrottledException: 0, TooManyRequestsException: 0 });
    expect(after.invocations.filter((i) => (i.coldStartSeconds ?? 0) > 1)).toHaveLength(0);
    expect(after.summary.coldStartMax).toBeLessThanOrEqual(1);
    expect(before.summary.served).toBe(500);
    expect(after.summary.served).toBe(500);
  });

  it('verification 2 (2 s sleep, 500 concurrent, 10,000 requests): the new model keeps exactly one ENI (slide 30)', () => {
    const run = simulate('after', loadPreset('verification-2'));
    expect(run.summary.enis).toBe(1);
    expect(run.samples.every((sample) => sample.enis === 1)).toBe(true);
    expect(run.summary.served).toBe(10_000);
  });

  it.each([128, 512, 1024, 1536, 1792, 2048, 2560, 3008])('the old model’s ENIs follow slide 12’s formula at %i MB', (memoryMb) => {
    const profile = loadPreset('ramp', 600);
    // EC2's rate limit lifted, so that nothing but the formula decides the ENIs.
    const run = simulate('before', profile, { memoryMb, subnetPrefixLength: 20, eniCreationsPerSecond: 1000, eniCreationBurst: 1000 });
    expect(run.summary.errors.EC2ThrottledException).toBe(0);
    expect(run.summary.enis).toBe(Math.ceil(enisNeeded(run.summary.peakEnvironments, memoryMb)));
  });

  it('verification 3 (1,100 users, 3 s sleep) hits the 1,000 concurrency limit and throttles with 429s in both models', () => {
    for (const model of ['before', 'after'] as const) {
      const run = simulate(model, loadPreset('verification-3'));
      expect(run.summary.peakConcurrent).toBe(1000);
      expect(run.summary.errors.TooManyRequestsException).toBeGreaterThan(0);
    }
  });
});

describe('where the old model breaks', () => {
  it('runs out of subnet addresses first in a /24 at 1 GB, then EC2 throttles the retries', () => {
    const run = simulate('before', loadPreset('ramp', 1000), { memoryMb: 1024 });
    expect(run.summary.ipsInUse).toBe(subnetAddresses(24).usable);
    expect(run.summary.errors.SubnetIPAddressLimitReachedException).toBeGreaterThan(0);
  });

  it('reaches the ENI quota when the subnet is large enough', () => {
    const run = simulate('before', loadPreset('ramp', 1000), { memoryMb: 3008, subnetPrefixLength: 20, eniQuota: 100 });
    expect(run.summary.enis).toBe(100);
    expect(run.summary.errors.ENILimitReachedException).toBeGreaterThan(0);
  });

  it('queues ENI creations past EC2’s assumed rate, failing an invocation only when its wait passes the limit', () => {
    // 500 clients at 3,008 MB at once: slide 12's formula asks ⌈500 × 3,008 ÷ 3,072⌉ = 490 ENIs;
    // EC2 creates 25 at once, then 5 a second.
    const profile = loadPreset('verification-2');
    const queued = simulate('before', profile, { memoryMb: 3008, subnetPrefixLength: 20, eniQuota: 5000 });
    expect(queued.summary.errors.EC2ThrottledException).toBe(0);
    expect(queued.summary.enis).toBe(Math.ceil(enisNeeded(500, 3008)));
    // The last creation waits (490 − 25) ÷ 5 = 93 s for its turn, then its 9–13 s.
    expect(queued.summary.coldStartMax).toBeGreaterThan(93 + 8.71);
    const impatient = simulate('before', profile, { memoryMb: 3008, subnetPrefixLength: 20, eniQuota: 5000, eniCreationMaxWaitSeconds: 30 });
    expect(impatient.summary.errors.EC2ThrottledException).toBeGreaterThan(0);
    expect(impatient.summary.coldStartMax).toBeLessThanOrEqual(30 + 8.71 + 3.89 + 0.4);
  });

  it('fails every invocation of the new model when its subnet has no address for the Hyperplane ENI', () => {
    const run = simulate('after', loadPreset('verification-1'), { subnetPrefixLength: 28, ipsUsedByOthers: 11 });
    expect(run.summary.enis).toBe(0);
    expect(run.summary.served).toBe(0);
    expect(run.summary.errors.SubnetIPAddressLimitReachedException).toBe(500);
  });

  it('leaves the new model untouched by the same loads', () => {
    const run = simulate('after', loadPreset('ramp', 1000), { memoryMb: 3008 });
    expect(run.summary.enis).toBe(1);
    expect(run.summary.errors.SubnetIPAddressLimitReachedException + run.summary.errors.ENILimitReachedException).toBe(0);
  });
});

describe('invariants', () => {
  const scenarios = [
    ['before', 'verification-1', {}],
    ['before', 'ramp', { memoryMb: 1024 }],
    ['before', 'ramp', { memoryMb: 3008, eniQuota: 40 }],
    ['after', 'verification-3', {}],
    ['before', 'verification-2', { subnetPrefixLength: 28 }],
  ] as const;

  it.each(scenarios)('%s model under %s: IPs within the subnet, ENIs within the quota, every invocation served or failed once', (model, preset, overrides) => {
    const run = simulate(model, loadPreset(preset), overrides, { recordInvocations: true });
    const usable = subnetAddresses(run.parameters.subnetPrefixLength).usable * run.parameters.subnetCount;
    for (const sample of run.samples) {
      expect(sample.ipsInUse).toBeLessThanOrEqual(usable);
      expect(sample.enis).toBeLessThanOrEqual(run.parameters.eniQuota);
      expect(sample.concurrent).toBeLessThanOrEqual(run.parameters.accountConcurrency);
    }
    everyInvocationAccountedFor(run);
  });

  it('is deterministic: the same scenario gives the same run', () => {
    const a = simulate('before', loadPreset('verification-1'), {}, { recordInvocations: true });
    const b = simulate('before', loadPreset('verification-1'), {}, { recordInvocations: true });
    expect(b.invocations).toEqual(a.invocations);
    expect(b.samples).toEqual(a.samples);
    const c = simulate('before', loadPreset('verification-1'), { seed: 7 }, { recordInvocations: true });
    expect(c.invocations).not.toEqual(a.invocations);
  });

  it('samples the run over time, from nothing to the end state', () => {
    const run = simulate('before', loadPreset('verification-1'));
    expect(sampleAt(run, 0).served).toBe(0);
    expect(sampleAt(run, run.summary.endSeconds + 1).served).toBe(500);
    expect(sampleAt(run, 5).enis).toBe(3);
  });

  it('refuses memory outside 128–3008 MB and subnets outside /16–/28', () => {
    expect(() => simulate('before', loadPreset('verification-1'), { memoryMb: 64 })).toThrow(/memoryMb must be 128–3008/);
    expect(() => simulate('before', loadPreset('verification-1'), { subnetPrefixLength: 30 })).toThrow(/subnetPrefixLength/);
  });
});

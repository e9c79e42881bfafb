/**
 * The ENI model against numbers worked out by hand from slide 12's formula and the 2019 limits:
 * each expected value below is derived here, not read from the model.
 */
import { describe, expect, it } from 'vitest';
import { enisNeeded, loadPreset, simulate, subnetAddresses, type LoadProfile } from './eni-model';

/** `clients` hey workers all starting at once, `requests` in all, against a function that sleeps `sleep` s. */
const hey = (clients: number, requests: number, sleep = 0): LoadProfile => ({
  id: 'calibration',
  clientStarts: Array(clients).fill(0),
  totalRequests: requests,
  durationSeconds: 300,
  functionSleepSeconds: sleep,
  errorBackoffSeconds: 0,
});

describe('the ENI model, calibrated by hand', () => {
  it('200 clients × 1,536 MB in a /22, quota 350: 100 ENIs and 100 addresses before Hyperplane, 1 after, no errors in either', () => {
    const enis = Math.ceil(enisNeeded(200, 1536)); // 200 × 1.5 GB ÷ 3 GB
    expect(enis).toBe(100);
    const parameters = { memoryMb: 1536, subnetPrefixLength: 22, eniQuota: 350 };
    const before = simulate('before', hey(200, 500), parameters);
    expect(before.summary.enis).toBe(enis);
    expect(before.summary.ipsInUse).toBe(enis);
    expect(before.summary.served).toBe(500);
    const after = simulate('after', hey(200, 500), parameters);
    expect(after.summary.enis).toBe(1);
    expect(after.summary.ipsInUse).toBe(1);
    expect(after.summary.served).toBe(500);
  });

  it('1,000 clients × 1,536 MB in a /22, quota 350: the old architecture stops at 350 ENIs and rejects the rest with ENILimitReachedException; the new one has 1 ENI', () => {
    expect(Math.ceil(enisNeeded(1000, 1536))).toBeGreaterThan(350); // 500 wanted
    expect(subnetAddresses(22).usable).toBeGreaterThan(350); // the quota, not the subnet, stops it
    const parameters = { memoryMb: 1536, subnetPrefixLength: 22, eniQuota: 350 };
    const before = simulate('before', loadPreset('verification-2', 1000), parameters);
    expect(before.summary.enis).toBe(350);
    // Two 1.5 GB environments per 3 GB worker: 700 run, the other clients are turned away.
    expect(before.summary.peakEnvironments).toBe(350 * 2);
    expect(before.summary.errors.ENILimitReachedException).toBeGreaterThan(0);
    expect(before.summary.errors.SubnetIPAddressLimitReachedException).toBe(0);
    expect(before.summary.errors.EC2ThrottledException).toBe(0);
    const after = simulate('after', loadPreset('verification-2', 1000), parameters);
    expect(after.summary.enis).toBe(1);
    expect(after.summary.errors.ENILimitReachedException).toBe(0);
    expect(after.summary.errors.SubnetIPAddressLimitReachedException).toBe(0);
  });

  it('a /24 at 1,024 MB, quota out of the way: 251 addresses (256 less the 5 AWS reserves), so about 753 concurrent before SubnetIPAddressLimitReachedException', () => {
    const usable = subnetAddresses(24).usable;
    expect(usable).toBe(251);
    const concurrent = Math.floor(usable * (3072 / 1024)); // 3 environments per ENI
    expect(concurrent).toBe(753);
    const run = simulate('before', loadPreset('ramp', 1000), { memoryMb: 1024, subnetPrefixLength: 24, eniQuota: 10_000 });
    expect(run.summary.ipsInUse).toBe(usable);
    expect(run.summary.peakEnvironments).toBe(concurrent);
    expect(run.summary.errors.SubnetIPAddressLimitReachedException).toBeGreaterThan(0);
    expect(run.summary.errors.ENILimitReachedException).toBe(0);
  });

  it('verification 1 in May 2019: 50 cold starts waiting for ENIs (slide 25’s 9–13 s) and no errors; after Hyperplane no ENI wait', () => {
    const before = simulate('before', loadPreset('verification-1'));
    expect(before.summary.coldStarts).toBe(50);
    expect(before.summary.enis).toBe(Math.ceil(enisNeeded(50, 128))); // 3
    expect(before.summary.coldStartP50).toBeGreaterThan(9);
    expect(before.summary.coldStartMax).toBeLessThan(13.05);
    expect(Object.values(before.summary.errors).every((count) => count === 0)).toBe(true);
    const after = simulate('after', loadPreset('verification-1'));
    expect(after.summary.coldStartMax).toBeLessThan(1);
  });
});

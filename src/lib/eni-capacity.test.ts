import { describe, expect, it } from 'vitest';
import { eniCapacity, enisNeeded, subnetAddresses } from './eni-capacity';

describe('slide 12’s formula', () => {
  it('gives about 334 ENIs for 1,000 concurrent executions at 1 GB', () => {
    expect(enisNeeded(1000, 1024)).toBeCloseTo(333.3, 1);
  });
  it('counts a /24 as 256 addresses, 5 reserved by AWS', () => {
    expect(subnetAddresses(24)).toEqual({ total: 256, reserved: 5, usable: 251 });
  });
});

describe('eniCapacity (slide 12 as a calculator)', () => {
  it('finds the /24 running out before the 2019 quota of 350, at 1 GB after 753 concurrent executions', () => {
    const result = eniCapacity({ concurrency: 1000, memoryMb: 1024, subnetPrefixLength: 24, subnetCount: 1, eniQuota: 350 });
    expect(result.enisNeeded).toBe(334);
    expect(result.subnetIps).toBe(251);
    expect(result.firstLimit).toBe('subnet');
    expect(result.firstLimitConcurrency).toBe(753);
    expect(result.exceeded).toBe(true);
  });

  it('finds the quota first when the subnets are large', () => {
    const result = eniCapacity({ concurrency: 1000, memoryMb: 3008, subnetPrefixLength: 20, subnetCount: 2, eniQuota: 350 });
    expect(result.firstLimit).toBe('quota');
    expect(result.quotaLimitConcurrency).toBe(357);
    expect(result.exceeded).toBe(true);
  });

  it('fits 1,000 concurrent executions of 128 MB in 42 ENIs', () => {
    const result = eniCapacity({ concurrency: 1000, memoryMb: 128, subnetPrefixLength: 24, subnetCount: 1, eniQuota: 350 });
    expect(result.enisNeeded).toBe(42);
    expect(result.exceeded).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { eniCapacity } from './eni-capacity';
import { accountConcurrency2019, firstLimit, functionNeeds, limitMet, limitsAt } from './limit-map';

const at = (subnetPrefixLength: number, eniQuota = 350) => ({ subnetPrefixLength, eniQuota, accountConcurrency: accountConcurrency2019 });

describe('the limit a function met first in 2019, before Hyperplane', () => {
  it('at the map’s corners: 128 MB meets the account’s 1,000 first in every subnet; 3,008 MB the /24’s addresses, the quota in a /22 and a /20', () => {
    for (const prefix of [24, 22, 20]) {
      expect(limitMet(128, 1, at(prefix), 'before')).toBe('none');
      expect(limitMet(128, 3000, at(prefix), 'before')).toBe('concurrency');
    }
    expect(limitMet(3008, 3000, at(24), 'before')).toBe('subnet');
    expect(limitMet(3008, 3000, at(22), 'before')).toBe('quota');
    expect(limitMet(3008, 3000, at(20), 'before')).toBe('quota');
    expect(limitMet(3008, 1, at(24), 'before')).toBe('none');
  });

  it('on the edges: the concurrency at which each limit is met, by slide 12’s formula', () => {
    // 251 addresses × 3,072 MB ÷ 3,008 MB = 256.3: the 257th execution needs a 252nd ENI.
    expect(firstLimit(3008, at(24), 'before')).toEqual({ limit: 'subnet', at: 256 });
    expect(limitMet(3008, 256, at(24), 'before')).toBe('none');
    expect(limitMet(3008, 257, at(24), 'before')).toBe('subnet');
    // 350 × 3,072 ÷ 3,008 = 357.4.
    expect(firstLimit(3008, at(22), 'before')).toEqual({ limit: 'quota', at: 357 });
    // Slide 12's example: 1 GB in a /24 runs out at 753, under the account's 1,000.
    expect(firstLimit(1024, at(24), 'before')).toEqual({ limit: 'subnet', at: 753 });
    expect(limitMet(128, 1000, at(24), 'before')).toBe('none');
    expect(limitMet(128, 1001, at(24), 'before')).toBe('concurrency');
  });

  it('where the account’s 1,000 gives way: between 768 and 832 MB in a /24, between 1,024 and 1,088 MB against the quota', () => {
    expect(limitsAt(768, at(24), 'before').subnet).toBe(1004);
    expect(firstLimit(768, at(24), 'before').limit).toBe('concurrency');
    expect(firstLimit(832, at(24), 'before')).toEqual({ limit: 'subnet', at: 926 });
    expect(firstLimit(1024, at(22), 'before')).toEqual({ limit: 'concurrency', at: 1000 });
    expect(firstLimit(1088, at(22), 'before')).toEqual({ limit: 'quota', at: 988 });
  });

  it('agrees with the calculator wherever the account’s 1,000 is not met first', () => {
    for (let memory = 128; memory <= 3008; memory += 64) {
      for (const prefix of [24, 22, 20, 26]) {
        for (const concurrency of [1, 100, 250, 500, 753, 754, 999, 1000]) {
          const calculator = eniCapacity({ concurrency, memoryMb: memory, subnetPrefixLength: prefix, subnetCount: 1, eniQuota: 350 });
          const met = limitMet(memory, concurrency, at(prefix), 'before');
          expect(met === 'none' ? 'fits' : met, `${memory} MB, /${prefix}, ${concurrency}`).toBe(calculator.exceeded ? calculator.firstLimit : 'fits');
        }
      }
    }
  });

  it('gives a tie to the subnet, as the calculator does', () => {
    expect(firstLimit(3008, at(24, 251), 'before').limit).toBe('subnet');
  });
});

describe('after Hyperplane', () => {
  it('meets only the account’s concurrency, in any subnet, at any memory', () => {
    for (const prefix of [28, 24, 22, 20]) {
      for (const memory of [128, 1024, 3008]) {
        expect(firstLimit(memory, at(prefix), 'after')).toEqual({ limit: 'concurrency', at: 1000 });
        expect(limitMet(memory, 3000, at(prefix), 'after')).toBe('concurrency');
        expect(limitMet(memory, 1000, at(prefix), 'after')).toBe('none');
      }
    }
  });

  it('holds one ENI and one address', () => {
    expect(functionNeeds(3008, 3000, 24, 'after')).toEqual({ enis: 1, usable: 251, left: 250 });
    expect(functionNeeds(1024, 1000, 24, 'before')).toEqual({ enis: 334, usable: 251, left: -83 });
  });
});

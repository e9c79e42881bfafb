/**
 * Which limit a function met first in 2019, as its concurrency grew: the account's concurrent
 * executions, its subnet's addresses or the Region's ENI quota. Before Hyperplane the ENIs follow
 * slide 12's formula (one per 3 GB of memory in use, one address each); after it a function in one
 * subnet holds one ENI whatever its load, so only the account's concurrency is left to meet.
 */
import { subnetAddresses } from './eni-capacity.ts';
import { workerMemoryMb } from './eni-limits.ts';

export type Architecture = 'before' | 'after';
export type Limit = 'concurrency' | 'subnet' | 'quota';

export interface FunctionLimits {
  subnetPrefixLength: number;
  eniQuota: number;
  /** The account's concurrent executions in the Region: 1,000 by default in 2019. */
  accountConcurrency: number;
}

/** The 2019 default of concurrent executions per Region (facts.md §3). */
export const accountConcurrency2019 = 1000;

/** The most concurrent executions each limit lets a function of this memory reach. */
export function limitsAt(memoryMb: number, limits: FunctionLimits, architecture: Architecture): Record<Limit, number> {
  const usable = subnetAddresses(limits.subnetPrefixLength).usable;
  if (architecture === 'after') {
    // One Hyperplane ENI, one address: either there is room for it or no execution gets one.
    const room = (available: number) => (available >= 1 ? Infinity : 0);
    return { concurrency: limits.accountConcurrency, subnet: room(usable), quota: room(limits.eniQuota) };
  }
  // ceil(c × m ÷ 3,072) ≤ L  ⇔  c ≤ L × 3,072 ÷ m: the calculator's own threshold (eniCapacity).
  const reach = (available: number) => Math.floor((available * workerMemoryMb) / memoryMb);
  return { concurrency: limits.accountConcurrency, subnet: reach(usable), quota: reach(limits.eniQuota) };
}

/**
 * The limit met first and the concurrency it allows. Ties go to the concurrency limit (a throttled
 * request asks for no ENI), then to the subnet (as the calculator has it).
 */
export function firstLimit(memoryMb: number, limits: FunctionLimits, architecture: Architecture): { limit: Limit; at: number } {
  const reach = limitsAt(memoryMb, limits, architecture);
  const limit = (['concurrency', 'subnet', 'quota'] as const).reduce((first, next) => (reach[next] < reach[first] ? next : first));
  return { limit, at: reach[limit] };
}

/** What a function of this memory at this peak concurrency met: nothing, or the limit met first. */
export function limitMet(memoryMb: number, concurrency: number, limits: FunctionLimits, architecture: Architecture): Limit | 'none' {
  const first = firstLimit(memoryMb, limits, architecture);
  return concurrency > first.at ? first.limit : 'none';
}

/** ENIs and addresses for a function: slide 12's formula before, one shared ENI after. */
export function functionNeeds(memoryMb: number, concurrency: number, subnetPrefixLength: number, architecture: Architecture): { enis: number; usable: number; left: number } {
  const usable = subnetAddresses(subnetPrefixLength).usable;
  const enis = architecture === 'after' ? 1 : Math.ceil((concurrency * memoryMb) / workerMemoryMb);
  return { enis, usable, left: usable - enis };
}

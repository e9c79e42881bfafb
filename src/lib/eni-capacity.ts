/**
 * Slide 12's arithmetic on its own, small enough for the calculator to load without the model.
 */
import { reservedAddresses, workerMemoryMb as workerMemory } from './eni-limits.ts';

/** Usable addresses of a subnet: AWS reserves 5 in every subnet. */
export function subnetAddresses(prefixLength: number): { total: number; reserved: number; usable: number } {
  const total = 2 ** (32 - prefixLength);
  return { total, reserved: reservedAddresses, usable: Math.max(0, total - reservedAddresses) };
}

/** Slide 12: Projected peak concurrent executions × (Memory in GB ÷ 3 GB). */
export function enisNeeded(peakConcurrency: number, memoryMb: number, workerMemoryMb = workerMemory): number {
  return peakConcurrency * (memoryMb / workerMemoryMb);
}

export interface CapacityInput {
  concurrency: number;
  memoryMb: number;
  subnetPrefixLength: number;
  subnetCount: number;
  eniQuota: number;
}

export interface CapacityResult {
  /** Slide 12's formula, and the whole ENIs it means. */
  formula: number;
  enisNeeded: number;
  subnetIps: number;
  eniQuota: number;
  /** The concurrency at which each limit is reached, by the same formula. */
  subnetLimitConcurrency: number;
  quotaLimitConcurrency: number;
  /** Which limit comes first as concurrency grows, and whether this concurrency is past it. */
  firstLimit: 'subnet' | 'quota';
  firstLimitConcurrency: number;
  exceeded: boolean;
}

/** Slide 12 as a calculator: ENIs for a peak concurrency, against the subnets' addresses and the ENI quota. */
export function eniCapacity(input: CapacityInput, workerMemoryMb = workerMemory): CapacityResult {
  const formula = enisNeeded(input.concurrency, input.memoryMb, workerMemoryMb);
  const subnetIps = subnetAddresses(input.subnetPrefixLength).usable * input.subnetCount;
  const perEni = workerMemoryMb / input.memoryMb;
  const subnetLimitConcurrency = Math.floor(subnetIps * perEni);
  const quotaLimitConcurrency = Math.floor(input.eniQuota * perEni);
  const firstLimit = subnetIps <= input.eniQuota ? 'subnet' : 'quota';
  const firstLimitConcurrency = Math.min(subnetLimitConcurrency, quotaLimitConcurrency);
  return {
    formula,
    enisNeeded: Math.ceil(formula),
    subnetIps,
    eniQuota: input.eniQuota,
    subnetLimitConcurrency,
    quotaLimitConcurrency,
    firstLimit,
    firstLimitConcurrency,
    exceeded: Math.ceil(formula) > Math.min(subnetIps, input.eniQuota),
  };
}

/**
 * The calculator's input as its page's URL gives it (`?concurrency=1000&memory=1024&subnet=24&subnets=1&quota=350`)
 * and as its form holds it (controls named as the input is), read the same way: clamped to what
 * the calculator accepts.
 */
import type { CapacityInput } from '../../lib/eni-capacity.ts';
import { calculatorInputs, memoryMb, subnetPrefixLength } from '../../lib/eni-limits.ts';
import { urlState, whole, type UrlState } from '../runtime/url-state.ts';
import { capacityDefaults } from './layout.ts';

export const capacityInput: UrlState<CapacityInput> = urlState({
  concurrency: whole(calculatorInputs.concurrency, capacityDefaults.concurrency),
  memoryMb: { key: 'memory', ...whole(memoryMb, capacityDefaults.memoryMb) },
  subnetPrefixLength: { key: 'subnet', ...whole(subnetPrefixLength, capacityDefaults.subnetPrefixLength) },
  subnetCount: { key: 'subnets', ...whole(calculatorInputs.subnetCount, capacityDefaults.subnetCount) },
  eniQuota: { key: 'quota', ...whole(calculatorInputs.eniQuota, capacityDefaults.eniQuota) },
});

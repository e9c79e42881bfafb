/**
 * The ENI model's parameters: what the talk and AWS stated, and what this site assumes where AWS
 * published nothing (each assumption says so).
 */
import { workerMemoryMb } from './eni-limits.ts';

export type NetworkModel = 'before' | 'after';

export type ErrorKind =
  | 'ENILimitReachedException'
  | 'SubnetIPAddressLimitReachedException'
  | 'EC2ThrottledException'
  | 'TooManyRequestsException';

export const errorKinds: readonly ErrorKind[] = [
  'ENILimitReachedException',
  'SubnetIPAddressLimitReachedException',
  'EC2ThrottledException',
  'TooManyRequestsException',
];

export interface EniModelParameters {
  /** Function memory, within eni-limits.ts's `memoryMb` (128–3008 MB in 2019). */
  memoryMb: number;
  /** Memory of a worker in the old model: 3 GB, the divisor of slide 12's formula. */
  workerMemoryMb: number;
  /** Subnets the function is attached to, and their size as a prefix length (24 is a /24: 256 addresses). */
  subnetCount: number;
  subnetPrefixLength: number;
  /** Addresses in each subnet already used by other resources. */
  ipsUsedByOthers: number;
  /** ENIs per region: 350 in 2019 (5,000 from December 2019). */
  eniQuota: number;
  /**
   * ENIs EC2 creates for the old model per second, and in a burst. AWS documented that EC2 throttles
   * ENI creation (EC2ThrottledException, to be retried with backoff) but never the rate: these are
   * assumptions. A creation over the rate waits its turn (a queue); it fails the invocation with
   * EC2ThrottledException only when its wait would pass `eniCreationMaxWaitSeconds`.
   */
  eniCreationsPerSecond: number;
  eniCreationBurst: number;
  eniCreationMaxWaitSeconds: number;
  /**
   * How long creating an ENI adds to a cold start in the old model, and how much more at most:
   * fitted to slide 25, whose 50 slow requests took 9.1–13.0 s (third parties measured 10 s and more).
   */
  eniCreationSeconds: number;
  eniCreationJitterSeconds: number;
  /** Hyperplane ENI creation when the function is created or its VPC changes: Pending for 60–90 s. */
  hyperplanePendingSeconds: number;
  /** Whether the run starts with the function being created (so it waits out Pending); the talk's runs did not. */
  startsWithFunctionCreate: boolean;
  /** Account concurrency (1,000) and the initial burst (Tokyo 1,000), then +500 each minute. */
  accountConcurrency: number;
  burstConcurrency: number;
  burstIncreasePerMinute: number;
  /** A cold start without ENI work (assumption from slide 26: its slowest requests, 0.34–0.55 s). */
  coldStartSeconds: number;
  /** API Gateway and invoke overhead of a warm request (slide 26: its fast requests, about 0.04 s). */
  overheadSeconds: number;
  /** How long a rejected request takes to come back. */
  errorSeconds: number;
  seed: number;
}

export const defaultParameters: EniModelParameters = {
  memoryMb: 128,
  workerMemoryMb,
  subnetCount: 1,
  subnetPrefixLength: 24,
  ipsUsedByOthers: 0,
  eniQuota: 350,
  eniCreationsPerSecond: 5,
  eniCreationBurst: 25,
  eniCreationMaxWaitSeconds: 120,
  eniCreationSeconds: 8.71,
  eniCreationJitterSeconds: 3.89,
  hyperplanePendingSeconds: 75,
  startsWithFunctionCreate: false,
  accountConcurrency: 1000,
  burstConcurrency: 1000,
  burstIncreasePerMinute: 500,
  coldStartSeconds: 0.4,
  overheadSeconds: 0.035,
  errorSeconds: 0.05,
  seed: 2019,
};

export const emptyErrors = (): Record<ErrorKind, number> => ({
  ENILimitReachedException: 0,
  SubnetIPAddressLimitReachedException: 0,
  EC2ThrottledException: 0,
  TooManyRequestsException: 0,
});


/**
 * The numbers that bound the ENI model and the calculator, in one place: AWS's rules of 2019 and
 * the ranges this site's inputs accept (a form's min and max, and the clamp on a URL's value).
 * The model checks its parameters against them, the forms offer them, the URL readers clamp to them.
 */

export interface Range {
  min: number;
  max: number;
}

/** Function memory in 2019: 128 MB to 3,008 MB. */
export const memoryMb: Range = { min: 128, max: 3008 };

/** The memory sizes the forms list; a URL may ask for any other within `memoryMb`, which the form then adds. */
export const memorySizes: readonly number[] = [128, 256, 512, 1024, 1536, 2048, 3008];

/** A VPC subnet is a /16 to a /28. */
export const subnetPrefixLength: Range = { min: 16, max: 28 };

/** The subnet sizes the forms list (as prefix lengths). */
export const subnetPrefixes: readonly number[] = [16, 18, 20, 22, 23, 24, 25, 26, 27, 28];

/** AWS reserves 5 addresses in every subnet. */
export const reservedAddresses = 5;

/**
 * "Each ENI is assigned a private IP address from the IP address range within the subnets you
 * specify" (Lambda docs, 2019): a per-worker ENI before Hyperplane and a Hyperplane ENI after
 * alike, so the addresses a function holds are its ENIs.
 */
export const addressesPerEni = 1;

/** The memory of a worker before Hyperplane: the 3 GB that divides slide 12's formula. */
export const workerMemoryMb = 3072;

/**
 * What the ENI model's scenario accepts. Up to 3,000 clients: beyond, a storm of retried
 * throttles takes seconds to simulate. The quota, account concurrency and burst go to 10,000,
 * past any 2019 default, to show the model without a limit in the way.
 */
export const modelInputs = {
  concurrency: { min: 1, max: 3000 },
  eniQuota: { min: 1, max: 10_000 },
  accountConcurrency: { min: 1, max: 10_000 },
  burstConcurrency: { min: 1, max: 10_000 },
} as const satisfies Record<string, Range>;

/** What the calculator accepts: arithmetic only, so far wider than the model. */
export const calculatorInputs = {
  concurrency: { min: 1, max: 100_000 },
  subnetCount: { min: 1, max: 16 },
  eniQuota: { min: 1, max: 100_000 },
} as const satisfies Record<string, Range>;

/** The workers a reader's run is modelled with at most (views/import/): the model's clients. */
export const modelledWorkers: Range = modelInputs.concurrency;

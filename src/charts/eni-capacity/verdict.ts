import { count, fill } from '../../i18n/format.ts';
import type { CapacityResult } from '../../lib/eni-capacity.ts';

/** Slide 12's formula as the 2019 documentation wrote it, and its terms for an input. */
export const capacityFormula = 'Projected peak concurrent executions * (Memory in GB / 3GB)';
export const formulaTerms = (input: { concurrency: number; memoryMb: number }) => `${count(input.concurrency)} × (${input.memoryMb} MB ÷ 3,072 MB)`;

/** The calculator's words for its conclusion, in the page's language. */
export interface VerdictWords {
  /** The limit as the verdict's sentence names it. */
  firstLimit: { subnet: string; quota: string };
  exceeded: string;
  fits: string;
}

/** The calculator's conclusion in words: which limit comes first, at what concurrency. */
export function verdictText(result: CapacityResult, words: VerdictWords): string {
  const limit = words.firstLimit[result.firstLimit];
  return fill(result.exceeded ? words.exceeded : words.fits, { limit, at: result.firstLimitConcurrency });
}

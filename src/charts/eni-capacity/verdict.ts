import type { CapacityResult } from '../../lib/eni-capacity.ts';

/** The calculator's words for its conclusion, in the page's language. */
export interface VerdictWords {
  subnetIps: string;
  quotaShort: string;
  exceeded: string;
  fits: string;
}

/** The calculator's conclusion in words: which limit comes first, at what concurrency. */
export function verdictText(result: CapacityResult, words: VerdictWords): string {
  const limit = result.firstLimit === 'subnet' ? words.subnetIps : words.quotaShort;
  const at = result.firstLimitConcurrency.toLocaleString('en-US');
  return (result.exceeded ? words.exceeded : words.fits).replace('{limit}', limit).replace('{at}', at);
}

/**
 * Reading time of the talk's text, in the reader's own language: Japanese is read at about 500
 * characters a minute, English at about 230 words a minute. Only the text a reader reads is
 * counted, as the MDX parser finds it (src/lib/slide-mdx.ts): no markup, code blocks, JSX
 * attributes or URLs.
 */
import type { Locale } from './locales.ts';
import { readableTextOf, slideTree } from './slide-mdx.ts';

/** What a reader reads of a slide's MDX, its spaces kept (English words are counted between them). */
const readableWords = (mdx: string): string => readableTextOf(slideTree(mdx));

export function readableText(mdx: string): string {
  return readableWords(mdx).replace(/\s+/g, '');
}

export const readingRates: Record<Locale, { count: (mdx: string) => number; perMinute: number }> = {
  // Characters, not UTF-16 units: a character outside the BMP is still read once.
  ja: { count: (mdx) => [...readableText(mdx)].length, perMinute: 500 },
  en: { count: (mdx) => readableWords(mdx).split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length, perMinute: 230 },
};

export function readingMinutes(bodies: string[], locale: Locale): number {
  const { count, perMinute } = readingRates[locale];
  const read = bodies.reduce((sum, body) => sum + count(body), 0);
  return Math.max(1, Math.round(read / perMinute));
}

/**
 * Reading time of the talk's text, in the reader's own language: Japanese is read at about 500
 * characters a minute, English at about 230 words a minute. Markup, code and URLs are left out.
 */
import type { Locale } from './locales.ts';

/** What a reader reads of a slide's MDX, its spaces kept (English words are counted between them). */
function readableWords(mdx: string): string {
  return mdx
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[#*_~`>{}[\]|-]/g, '');
}

export function readableText(mdx: string): string {
  return readableWords(mdx).replace(/\s+/g, '');
}

export const readingRates: Record<Locale, { count: (text: string) => number; perMinute: number }> = {
  ja: { count: (mdx) => readableText(mdx).length, perMinute: 500 },
  en: { count: (mdx) => readableWords(mdx).split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length, perMinute: 230 },
};

export function readingMinutes(bodies: string[], locale: Locale): number {
  const { count, perMinute } = readingRates[locale];
  const read = bodies.reduce((sum, body) => sum + count(body), 0);
  return Math.max(1, Math.round(read / perMinute));
}

/**
 * The site's two editions: Japanese (the talk's language, at the root) and English (under /en/).
 * Only which they are and where they live: their words are in src/i18n/, which may name these
 * types while lib/ stays free of words.
 */
export const locales = ['ja', 'en'] as const;
export type Locale = (typeof locales)[number];

/** The locale of a page, from Astro.currentLocale (Japanese unless the page is under /en/). */
export function localeOf(current: string | undefined): Locale {
  return current === 'en' ? 'en' : 'ja';
}

/**
 * The two editions as the routes' static paths: `[...locale]` is empty for the Japanese at the
 * root and `en` for the English, so one route file serves both.
 */
export const editions = () => locales.map((locale) => ({ params: { locale: locale === 'ja' ? undefined : locale }, props: { locale } }));

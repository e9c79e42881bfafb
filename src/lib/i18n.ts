/**
 * The site's two editions: Japanese (the talk's language, at the root) and English (under /en/).
 * Every word of the interface lives in src/i18n/<locale>.ts; components pick their locale from
 * the page (Astro.currentLocale) and fill templates with `fill` (src/i18n/format.ts, which browser
 * code imports directly: this module carries both dictionaries).
 */
import { en } from '../i18n/en.ts';
import { dateIn, fill, type DateForms } from '../i18n/format.ts';
import { ja, type Strings } from '../i18n/ja.ts';

export const locales = ['ja', 'en'] as const;
export type Locale = (typeof locales)[number];
export type { Strings };
export { fill };

export const strings: Record<Locale, Strings> = { ja, en };

/** The locale of a page, from Astro.currentLocale (Japanese unless the page is under /en/). */
export function localeOf(current: string | undefined): Locale {
  return current === 'en' ? 'en' : 'ja';
}

/** 2019-10-26 in the edition's long (2019年10月26日) or short (2019/10/26) form. */
export function formatDate(isoDate: string, locale: Locale, form: keyof DateForms = 'long'): string {
  return dateIn(isoDate, strings[locale].date, form);
}

/** Seconds as the edition writes them (13.09 秒, 13.09 s). */
export function secondsText(value: string, locale: Locale): string {
  return fill(strings[locale].seconds, { value });
}

export type { DiagramStrings } from '../i18n/diagrams.ja.ts';

/**
 * The two editions as the routes' static paths: `[...locale]` is empty for the Japanese at the
 * root and `en` for the English, so one route file serves both.
 */
export const editions = () => locales.map((locale) => ({ params: { locale: locale === 'ja' ? undefined : locale }, props: { locale } }));

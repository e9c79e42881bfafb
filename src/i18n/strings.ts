/**
 * Both editions' words, by locale. Every word of the interface lives in src/i18n/<locale>.ts;
 * components pick their locale from the page (localeOf in src/lib/locales.ts) and fill templates
 * with `fill`. Browser code imports format.ts directly instead: this module carries both
 * dictionaries.
 */
import type { Locale } from '../lib/locales.ts';
import { en } from './en.ts';
import { dateIn, fill, type DateForms } from './format.ts';
import { ja, type Strings } from './ja.ts';

export type { Strings };
export { fill };

export const strings: Record<Locale, Strings> = { ja, en };

/** 2019-10-26 in the edition's long (2019年10月26日) or short (2019/10/26) form. */
export function formatDate(isoDate: string, locale: Locale, form: keyof DateForms = 'long'): string {
  return dateIn(isoDate, strings[locale].date, form);
}

/** Seconds as the edition writes them (13.09 秒, 13.09 s). */
export function secondsText(value: string, locale: Locale): string {
  return fill(strings[locale].seconds, { value });
}

export type { DiagramStrings } from './diagrams.ja.ts';

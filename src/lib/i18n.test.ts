import { describe, expect, it } from 'vitest';
import { messageParts } from '../i18n/format';
import { fill, formatDate, localeOf, strings } from './i18n';

describe('fill', () => {
  it('puts values into a template, counts grouped as hey and the console print them in both editions', () => {
    expect(fill('{n}件のリクエスト', { n: 10000 })).toBe('10,000件のリクエスト');
    expect(fill('{a} of {b}', { a: 'one', b: 2 })).toBe('one of 2');
  });

  it('splits a message into its text and placeholders, for markup to fill', () => {
    expect(messageParts('Original slides: {link}. Each figure credits {who}.')).toEqual(['Original slides: ', { name: 'link' }, '. Each figure credits ', { name: 'who' }, '.']);
    expect(messageParts('{link}')).toEqual([{ name: 'link' }]);
  });

  it('leaves a placeholder it has no value for, so a missing value shows', () => {
    expect(fill('{x} and {y}', { x: 1 })).toBe('1 and {y}');
  });
});

describe('formatDate', () => {
  it('writes the talk’s date in each edition', () => {
    expect(formatDate('2019-10-26', 'ja')).toBe('2019年10月26日');
    expect(formatDate('2019-09-03', 'ja', 'short')).toBe('2019/9/3');
    expect(formatDate('2019-10-26', 'en')).toBe('October 26, 2019');
    expect(formatDate('2019-09-03', 'en', 'short')).toBe('Sep 3, 2019');
  });
});

describe('the editions', () => {
  it('has the page’s locale English only under /en/', () => {
    expect(localeOf('en')).toBe('en');
    expect(localeOf(undefined)).toBe('ja');
    expect(localeOf('ja')).toBe('ja');
  });

  it('has every template’s placeholders in both languages', () => {
    const templates = (value: unknown, path = ''): [string, string][] =>
      typeof value === 'string'
        ? [[path, value]]
        : value && typeof value === 'object'
          ? Object.entries(value).flatMap(([key, inner]) => templates(inner, `${path}.${key}`))
          : [];
    const english = new Map(templates(strings.en));
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [path, text] of templates(strings.ja)) {
      if (path.startsWith('.date') || path.endsWith('translation')) continue;
      expect(english.has(path), path).toBe(true);
      expect(placeholders(english.get(path)!), path).toEqual(placeholders(text));
    }
  });

  it('leaves no Japanese in the English words except the link back to Japanese', () => {
    const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;
    const text = JSON.stringify({ ...strings.en, switcher: undefined, pages: { ...strings.en.pages, landing: { ...strings.en.pages.landing, translation: '' }, reading: { ...strings.en.pages.reading, translation: '' } } });
    expect(text.match(japanese)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { messageParts } from './format';
import { ja } from './ja';
import { fill, formatDate, strings } from './strings';

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

  it('writes dates without leading zeros, and refuses what is not a date', () => {
    expect(formatDate('2019-09-03', 'ja')).toBe('2019年9月3日');
    expect(() => formatDate('2019/9/3', 'ja')).toThrow('expected a date as YYYY-MM-DD, got "2019/9/3"');
  });
});

describe('the agenda’s words', () => {
  it('puts the old architecture before the new one, as the talk did', () => {
    expect(ja.agenda.sections[1]).toBe('VPC Lambdaのアーキテクチャ(旧)');
    expect(ja.agenda.sections[2]).toBe('VPC Lambdaのアーキテクチャ(新)');
  });
});

describe('the editions', () => {
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

  it('leaves no Japanese in the English words except the link back to Japanese (and the name of the Japanese edition’s follow-along code)', () => {
    const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;
    const text = JSON.stringify({ ...strings.en, switcher: undefined, pages: { ...strings.en.pages, followOther: '', landing: { ...strings.en.pages.landing, translation: '' }, reading: { ...strings.en.pages.reading, translation: '' } } });
    expect(text.match(japanese)).toBeNull();
  });
});

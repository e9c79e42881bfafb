import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDate, locales } from './i18n';
import { talk } from './talk';

describe('talk', () => {
  it('has as many slides in each edition as the talk had', () => {
    for (const locale of locales) {
      const numbers = readdirSync(`src/content/slides/${locale}`)
        .filter((name) => name.endsWith('.mdx'))
        .map((name) => Number(name.slice(0, 2)));
      expect(numbers, locale).toEqual(Array.from({ length: talk.slideCount }, (_, i) => i + 1));
    }
  });

  it('was given on 2019-10-26', () => {
    expect(formatDate(talk.date, 'ja')).toBe('2019年10月26日');
  });

  it('writes dates without leading zeros, and refuses what is not a date', () => {
    expect(formatDate('2019-09-03', 'ja')).toBe('2019年9月3日');
    expect(() => formatDate('2019/9/3', 'ja')).toThrow('expected a date as YYYY-MM-DD, got "2019/9/3"');
  });
});

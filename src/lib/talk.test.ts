import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locales } from './locales';
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
    expect(talk.date).toBe('2019-10-26');
  });
});

import { describe, expect, it } from 'vitest';
import { editions, localeOf } from './locales';

describe('the editions', () => {
  it('has the page’s locale English only under /en/', () => {
    expect(localeOf('en')).toBe('en');
    expect(localeOf(undefined)).toBe('ja');
    expect(localeOf('ja')).toBe('ja');
  });

  it('serves the Japanese at the root and the English under /en/ from one route', () => {
    expect(editions()).toEqual([
      { params: { locale: undefined }, props: { locale: 'ja' } },
      { params: { locale: 'en' }, props: { locale: 'en' } },
    ]);
  });
});

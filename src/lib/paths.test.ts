import { describe, expect, it } from 'vitest';
import { alternatePaths, baseFolder, withBase } from './paths';

describe('withBase', () => {
  it('leaves paths alone at the root', () => {
    expect(withBase('/', '/deck/')).toBe('/deck/');
    expect(withBase('/', 'deck/')).toBe('/deck/');
  });

  it('prefixes the sub-path, with or without its trailing slash', () => {
    expect(withBase('/vpc-lambda/', '/deck/')).toBe('/vpc-lambda/deck/');
    expect(withBase('/vpc-lambda', '/deck/')).toBe('/vpc-lambda/deck/');
    expect(withBase('/vpc-lambda/', '/')).toBe('/vpc-lambda/');
  });
});

describe('baseFolder', () => {
  it('ends the base in one slash, whether it had one or not', () => {
    expect(baseFolder('/')).toBe('/');
    expect(baseFolder('')).toBe('/');
    expect(baseFolder('/vpc-lambda')).toBe('/vpc-lambda/');
    expect(baseFolder('/vpc-lambda/')).toBe('/vpc-lambda/');
  });
});

describe('alternatePaths', () => {
  it('pairs a Japanese page with its English twin under /en/, both ways', () => {
    expect(alternatePaths('/deck/', '/')).toEqual({ ja: '/deck/', en: '/en/deck/' });
    expect(alternatePaths('/en/deck/', '/')).toEqual({ ja: '/deck/', en: '/en/deck/' });
    expect(alternatePaths('/', '/')).toEqual({ ja: '/', en: '/en/' });
    expect(alternatePaths('/en/', '/')).toEqual({ ja: '/', en: '/en/' });
    expect(alternatePaths('/embed/vpc-after/', '/')).toEqual({ ja: '/embed/vpc-after/', en: '/en/embed/vpc-after/' });
  });

  it('works under a sub-path', () => {
    expect(alternatePaths('/vpc-lambda/en/read/', '/vpc-lambda/')).toEqual({ ja: '/read/', en: '/en/read/' });
    expect(alternatePaths('/vpc-lambda/read/', '/vpc-lambda')).toEqual({ ja: '/read/', en: '/en/read/' });
  });
});

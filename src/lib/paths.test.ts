import { describe, expect, it } from 'vitest';
import { withBase } from './paths';

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

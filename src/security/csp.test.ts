import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { allowInline, cspHash, siteDirectives } from './csp.ts';

describe('the site’s Content-Security-Policy', () => {
  it('hashes an inline element’s text as browsers do: SHA-256 of its UTF-8, in base64', () => {
    // The example of CSP 3 (§ 2.3.1 "hash-source"): alert('Hello, world.');
    expect(cspHash("alert('Hello, world.');")).toBe('sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=');
    expect(cspHash('日本語')).toBe(`sha256-${createHash('sha256').update(Buffer.from('日本語', 'utf8')).digest('base64')}`);
  });

  it('names only sources of the site itself, and nothing inline', () => {
    const sources = siteDirectives.flatMap((directive) => directive.split(/\s+/).slice(1));
    expect(sources.filter((source) => !["'self'", "'none'", 'data:'].includes(source))).toEqual([]);
    expect(siteDirectives.filter((directive) => directive.startsWith('img-src'))).toEqual(["img-src 'self' data:"]);
    expect(siteDirectives.some((directive) => /^frame-ancestors\b/.test(directive)), 'ignored in a meta element').toBe(false);
  });

  it('allows a page’s inline scripts, styles and style attributes by hash, attributes with unsafe-hashes alone', () => {
    const calls: unknown[][] = [];
    const csp = {
      insertDirective: (...args: unknown[]) => calls.push(['directive', ...args]),
      insertScriptHash: (...args: unknown[]) => calls.push(['scriptHash', ...args]),
      insertScriptResource: (...args: unknown[]) => calls.push(['scriptResource', ...args]),
      insertStyleHash: (...args: unknown[]) => calls.push(['styleHash', ...args]),
      insertStyleResource: (...args: unknown[]) => calls.push(['styleResource', ...args]),
    };
    allowInline(csp, { scripts: ['a()'], styles: ['p{}'], styleAttributes: ['display: none'] });
    expect(calls).toEqual([
      ['scriptHash', cspHash('a()')],
      ['styleHash', cspHash('p{}')],
      ['styleResource', { resource: "'unsafe-hashes'", kind: 'attribute' }],
      ['styleHash', { hash: cspHash('display: none'), kind: 'attribute' }],
    ]);
    calls.length = 0;
    allowInline(csp, { styles: ['p{}'] });
    expect(calls, 'no unsafe-hashes without attributes').toEqual([['styleHash', cspHash('p{}')]]);
  });
});

import { describe, expect, it } from 'vitest';
import { cspHash } from './csp.ts';
import { trimPolicies } from './trim.ts';

const q = (text: string) => `'${cspHash(text)}'`;
const page = (policy: string, body: string) => `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;

describe('trimming the build-wide hashes out of each page’s policy', () => {
  const everywhere = `${q('a()')} ${q('b()')}`;
  const pages = [
    page(`default-src 'self'; script-src 'self' ${everywhere} ${q('written()')}; style-src 'self'`, '<script>a()</script>'),
    page(`default-src 'self'; script-src 'self' ${everywhere}; style-src 'self'`, '<script>b()</script>'),
  ];
  const [first, second] = trimPolicies(pages);

  it('keeps a build-wide hash only on the page that has its inline element', () => {
    expect(first).toContain(q('a()'));
    expect(first).not.toContain(q('b()'));
    expect(second).toContain(q('b()'));
    expect(second).not.toContain(q('a()'));
  });

  it('keeps what only some pages name (code their scripts write), and every other source', () => {
    expect(first).toContain(q('written()'));
    expect(first).toContain("default-src 'self'; script-src 'self'");
  });

  it('leaves a page without a policy as it is', () => {
    expect(trimPolicies(['<html></html>', ...pages])[0]).toBe('<html></html>');
  });
});

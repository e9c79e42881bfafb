/**
 * Astro writes into every page's policy the hashes of every inline script and style of the whole
 * build (and of its bundled files, which 'self' already allows): two dozen sources on each page,
 * most of them another page's, about 0.7 KB gzip that every first load pays for. Once the site is
 * built, each page keeps what is its own: a hash shared by every page stays only where the page
 * has that inline element; a hash only some pages carry (what `allowInline` adds for code a page's
 * script writes, e.g. reveal's speaker view, the later charts' styles) stays as it is.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { JSDOM } from 'jsdom';
import { cspHash } from './csp.ts';

const policyMeta = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;

const sources = (policy: string) => policy.split(';').map((directive) => directive.trim().split(/\s+/));

/** The hash sources of a page's policy, by directive. */
function hashesOf(policy: string): Set<string> {
  return new Set(sources(policy).flatMap(([, ...values]) => values.filter((value) => value.startsWith("'sha"))));
}

/** The hashes of the inline scripts and styles a page has, as its policy writes them. */
function inlineHashes(html: string): Set<string> {
  const { document } = new JSDOM(html).window;
  const inline = [...document.querySelectorAll('script:not([src]), style')].map((element) => `'${cspHash(element.textContent ?? '')}'`);
  return new Set(inline);
}

/** Each page's policy without the build-wide hashes it has no use for. */
export function trimPolicies(pages: readonly string[]): string[] {
  const policies = pages.map((html) => html.match(policyMeta)?.[2]);
  const present = policies.filter((policy): policy is string => policy !== undefined).map(hashesOf);
  const everywhere = new Set([...(present[0] ?? [])].filter((hash) => present.every((hashes) => hashes.has(hash))));
  return pages.map((html, i) => {
    const policy = policies[i];
    if (policy === undefined) return html;
    const own = inlineHashes(html);
    const kept = sources(policy)
      .map(([name, ...values]) => [name, ...values.filter((value) => !everywhere.has(value) || own.has(value))].join(' '))
      .join('; ');
    return html.replace(policyMeta, (_, start: string, __: string, end: string) => `${start}${kept}${end}`);
  });
}

/** Runs after the build, before the service worker is written (it names its caches by the pages). */
export function trimmedPolicies(): AstroIntegration {
  return {
    name: 'trimmed-policies',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html')).map((name) => join(fileURLToPath(dir), name));
        const trimmed = trimPolicies(files.map((file) => readFileSync(file, 'utf8')));
        files.forEach((file, i) => writeFileSync(file, trimmed[i]!));
      },
    },
  };
}

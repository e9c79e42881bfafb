/**
 * Every link and asset of every built page resolves to a built file, in the root build and in the
 * build under a sub-path (where nothing may point outside the base). Scripts are followed through
 * their imports, so code a chart loads later is checked too.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtSite, siteOrigin, type Site } from './site.ts';

const sites = [builtSite('dist', '/'), builtSite('dist-subpath', '/vpc-lambda/')];

/**
 * URLs a page refers to: links, stylesheets, scripts, images, frames, and absolute URLs in its
 * metadata; also those in its templates (the deck's code waits in one until slide 1 is painted).
 */
function referencesOf(document: Document | DocumentFragment): string[] {
  const out: string[] = [];
  for (const template of document.querySelectorAll('template')) out.push(...referencesOf(template.content));
  for (const element of document.querySelectorAll('[href], [src], [srcset], meta[content^="http"], meta[content^="/"]')) {
    for (const name of ['href', 'src', 'content']) {
      const value = element.getAttribute(name);
      if (value) out.push(value);
    }
    for (const candidate of (element.getAttribute('srcset') ?? '').split(',')) if (candidate.trim()) out.push(candidate.trim().split(/\s+/)[0]);
  }
  // Inline modules import the site's chunks.
  for (const script of document.querySelectorAll('script:not([src])')) out.push(...importsOf(script.textContent ?? ''));
  return out;
}

/** Modules and styles a script refers to: static and dynamic imports, and Vite's preload lists. */
function importsOf(code: string): string[] {
  const out: string[] = [];
  for (const match of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'`]([^"'`]+\.(?:js|css))["'`]/g)) out.push(match[1]);
  // __vite__mapDeps lists chunks relative to the base: "_astro/x.js".
  for (const match of code.matchAll(/["'`](_astro\/[^"'`]+\.(?:js|css))["'`]/g)) out.push(`BASE:${match[1]}`);
  return out;
}

/** Files under the site reachable from a page by its references and the imports of its scripts. */
export function reachable(site: Site, page: string, onBroken: (reference: string, from: string) => void = () => {}): Set<string> {
  const seen = new Set<string>();
  const visit = (reference: string, from: URL) => {
    const url = reference.startsWith('BASE:') ? new URL(site.base + reference.slice(5), from) : new URL(reference, from);
    if (url.origin !== siteOrigin || !/^https?:$/.test(url.protocol)) return;
    const file = site.resolve(url.pathname);
    if (!file) return onBroken(url.pathname, from.pathname);
    if (seen.has(file)) return;
    seen.add(file);
    if (file.endsWith('.js')) for (const next of importsOf(readFileSync(file, 'utf8'))) visit(next, url);
    if (file.endsWith('.css')) for (const match of readFileSync(file, 'utf8').matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) if (!match[1].startsWith('data:')) visit(match[1], url);
  };
  const pageUrl = new URL(`${site.base}${page}`, siteOrigin);
  for (const reference of referencesOf(site.document(page))) visit(reference, pageUrl);
  return seen;
}

for (const site of sites) {
  describe(`the build under ${site.base}`, () => {
    for (const page of site.pages) {
      it(`/${page}: every link and asset resolves inside ${site.base}`, () => {
        const broken: string[] = [];
        const files = reachable(site, page, (reference, from) => broken.push(`${reference} (from ${from})`));
        expect(broken).toEqual([]);
        // Stylesheets at least, so the walk really read the page.
        expect([...files].some((file) => file.endsWith('.css') || file.endsWith('.html'))).toBe(true);
      });
    }
  });
}

describe('reveal.js loads on the deck only', () => {
  const site = sites[0];
  // A class reveal.js gives the page's viewport: its core is in a bundle that carries it.
  const revealIn = (page: string) => [...reachable(site, page)].filter((file) => file.endsWith('.js') && readFileSync(file, 'utf8').includes('reveal-viewport'));
  // The deck, and the whole deck it fetches (a deck too, for a visitor who lands on it).
  const decks = ['deck/', 'en/deck/', 'deck/full/', 'en/deck/full/'];
  it('the deck’s code carries reveal.js', () => {
    for (const deck of decks) expect(revealIn(deck), deck).toHaveLength(1);
  });
  for (const page of site.pages.filter((page) => !decks.includes(page))) {
    it(`/${page} loads no reveal.js, even later`, () => expect(revealIn(page)).toEqual([]));
  }
});

/**
 * AWS stopped publishing the Lambda guide's markdown on GitHub: doc_source/ left the main branch
 * on 2023-10-31, so a link to blob/main/doc_source/… is a 404. Links into it name a commit.
 */
describe('links into the Lambda guide on GitHub name a commit', () => {
  const retired = 'aws-lambda-developer-guide/blob/main/doc_source';
  const pinned = /https:\/\/github\.com\/awsdocs\/aws-lambda-developer-guide\/blob\/[0-9a-f]{40}\/doc_source\/[\w-]+\.md/;
  for (const site of sites) {
    it(`no file of the build under ${site.base} links to ${retired}/`, () => {
      const text = site.files.filter((file) => /\.(html|js|json|svg|xml|txt|csv)$/.test(file));
      expect(text.filter((file) => site.file(file).toString('utf8').includes(retired))).toEqual([]);
    });
  }
  for (const page of ['read/', 'en/read/']) {
    it(`/${page} still cites the guide, at a commit`, () => {
      const links = [...sites[0].document(page).querySelectorAll('a[href*="aws-lambda-developer-guide"]')].map((a) => a.getAttribute('href')!);
      expect(links.length).toBeGreaterThan(0);
      for (const href of links.filter((href) => href.includes('/blob/'))) expect(href).toMatch(pinned);
    });
  }
});

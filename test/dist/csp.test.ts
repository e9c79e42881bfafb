/**
 * Issue 29's second wall, as built: every page of both builds carries a Content-Security-Policy
 * whose scripts are the site's files or inline code it names by hash, never `'unsafe-inline'` or
 * `'unsafe-eval'`, and which names by hash every inline script and style the page has (those above
 * the meta element too, so a host may send the same policy as a header). The hashes are worked out
 * here from the page's own text, not taken from the code that wrote the policy.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { builtSite } from './site.ts';

const sites = [builtSite('dist', '/'), builtSite('dist-subpath', '/vpc-lambda/')];

type Policy = Map<string, string[]>;

function policyOf(document: Document): Policy {
  const metas = [...document.querySelectorAll('meta[http-equiv]')].filter((meta) => meta.getAttribute('http-equiv')!.toLowerCase() === 'content-security-policy');
  expect(metas, 'one policy meta element').toHaveLength(1);
  expect(metas[0]!.parentElement?.localName, 'in <head>').toBe('head');
  const policy: Policy = new Map();
  for (const directive of metas[0]!.getAttribute('content')!.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** The sources a directive falls back to, as browsers read them (CSP 3's fallback lists). */
function sourcesFor(policy: Policy, directive: string): string[] {
  const chains: Record<string, string[]> = {
    'script-src-elem': ['script-src-elem', 'script-src', 'default-src'],
    'script-src-attr': ['script-src-attr', 'script-src', 'default-src'],
    'style-src-elem': ['style-src-elem', 'style-src', 'default-src'],
    'style-src-attr': ['style-src-attr', 'style-src', 'default-src'],
  };
  const found = (chains[directive] ?? [directive]).find((name) => policy.has(name));
  return found ? policy.get(found)! : [];
}

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The page's elements, those inert in its templates too (the deck's code waits in one). */
function elementsOf(document: Document, selector: string): Element[] {
  const out = [...document.querySelectorAll(selector)];
  for (const template of document.querySelectorAll('template')) out.push(...elementsOf(template.content as unknown as Document, selector));
  return out;
}

/** Inline scripts a browser runs: no src, and a JavaScript type (data islands such as application/json never run). */
const runsInline = (script: Element) => !script.hasAttribute('src') && /^(|module|text\/javascript|application\/javascript)$/i.test(script.getAttribute('type') ?? '');

for (const site of sites) {
  describe(`the Content-Security-Policy of every page in ${site.dir}/`, () => {
    for (const page of site.pages) {
      it(`/${page} allows no script but the site's own and those it names by hash`, () => {
        const policy = policyOf(site.document(page));
        for (const directive of ['script-src', 'script-src-elem', 'script-src-attr', 'default-src']) {
          for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", "'wasm-unsafe-eval'", "'unsafe-hashes'", '*', 'data:', 'blob:', 'http:', 'https:']) {
            expect(policy.get(directive) ?? [], `${directive} has ${unsafe}`).not.toContain(unsafe);
          }
        }
        expect(policy.get('script-src')).toContain("'self'");
        expect(policy.get('default-src')).toEqual(["'self'"]);
        expect(policy.get('object-src')).toEqual(["'none'"]);
        expect(policy.get('base-uri')).toEqual(["'none'"]);
        expect(policy.get('form-action')).toEqual(["'self'"]);
        // Browsers ignore frame-ancestors in a meta element (and the embeds must stay embeddable anywhere).
        expect(policy.has('frame-ancestors')).toBe(false);
        for (const directive of ['style-src', 'style-src-elem', 'style-src-attr']) expect(policy.get(directive) ?? [], directive).not.toContain("'unsafe-inline'");
      });

      it(`/${page} names by hash every inline script and style it has, and has no inline handler or style attribute`, () => {
        const document = site.document(page);
        const policy = policyOf(document);
        const scripts = elementsOf(document, 'script').filter(runsInline);
        for (const script of scripts) expect(sourcesFor(policy, 'script-src-elem'), `script ${script.textContent!.slice(0, 60)}`).toContain(hashOf(script.textContent!));
        for (const style of elementsOf(document, 'style')) expect(sourcesFor(policy, 'style-src-elem'), `style ${style.textContent!.slice(0, 60)}`).toContain(hashOf(style.textContent!));
        const handlers = elementsOf(document, '*').flatMap((element) => [...element.attributes].filter((attribute) => /^on/i.test(attribute.name)).map((attribute) => `<${element.localName} ${attribute.name}>`));
        expect(handlers, 'inline event handlers').toEqual([]);
        expect(elementsOf(document, '[style]').map((element) => `<${element.localName} style="${element.getAttribute('style')}">`), 'style attributes').toEqual([]);
        expect(elementsOf(document, '[href^="javascript:" i], [src^="javascript:" i], [action^="javascript:" i]'), 'javascript: URLs').toEqual([]);
      });
    }

    for (const deck of ['deck/', 'en/deck/']) {
      it(`/${deck} allows the chart styles it adopts from its whole deck, and what reveal.js writes`, () => {
        const whole = site.document(`${deck}full/`).querySelector('head > style[data-chart-styles]');
        expect(whole, 'the whole deck marks its chart styles').not.toBeNull();
        const policy = policyOf(site.document(deck));
        expect(sourcesFor(policy, 'style-src-elem')).toContain(hashOf(whole!.textContent!));
        // reveal's search box and speaker view write style attributes: those values alone, by hash.
        expect(policy.get('style-src-attr')?.[0]).toBe("'unsafe-hashes'");
        expect(policy.get('style-src-attr')).toEqual(expect.arrayContaining([hashOf('vertical-align: top;'), hashOf('display: none')]));
      });
    }

    it('only the decks allow any style attribute', () => {
      const allowing = site.pages.filter((page) => policyOf(site.document(page)).has('style-src-attr'));
      expect(allowing.sort()).toEqual(['deck/', 'deck/full/', 'en/deck/', 'en/deck/full/']);
    });
  });
}

/**
 * The Content-Security-Policy every page carries (issue 29's second wall): Astro writes it as a
 * `<meta http-equiv="content-security-policy">` (astro.config.mjs, `security.csp`), with `script-src`
 * and `style-src` holding `'self'` and the hashes of the inline code Astro bundles itself; what a
 * page writes inline on its own (an `is:inline` element, a style element or attribute its code
 * makes) it allows by hash through `allowInline`. Nothing is ever allowed by `'unsafe-inline'` or
 * `'unsafe-eval'`: a stranger's markup that slips into /import/ cannot run a script.
 *
 * A meta element is what a static host gives; a host that sends headers may send the same policy
 * as a `Content-Security-Policy` header (the dist checks hold every inline element of every page to
 * a hash, including those above the meta, which a meta policy does not reach). Two things only a
 * header can carry: `frame-ancestors` (browsers ignore it in a meta element, and the embeds must
 * stay embeddable anywhere, so no header should set it on /embed/) and `report-to`.
 */
import { createHash } from 'node:crypto';
import type { AstroGlobal } from 'astro';

/**
 * The directives besides script-src and style-src (which Astro writes), each for one reason:
 * - `default-src 'self'`: fonts, media, frames (the gallery's live previews, the speaker view's
 *   slides) and anything not named below come from the site alone, as DESIGN.md promises;
 * - `object-src 'none'`: no plugin content anywhere;
 * - `base-uri 'none'`: no page has a `<base>`, so an injected one cannot move relative URLs;
 * - `form-action 'self'`: an injected form cannot post a reader's input elsewhere (the site's own
 *   forms are handled in the page and never leave it);
 * - `img-src 'self' data:`: the site's images, and the one icon reveal's stylesheet carries as a
 *   data: URL (downloads made as blob: URLs are navigations, which img-src does not govern);
 * - `connect-src 'self'`: the whole deck, the charts' data and the service worker's checks;
 * - `worker-src 'self'`: the deck's service worker (sw.js) and /import/'s CSV reader, both files of
 *   the site.
 * (`frame-ancestors` is left out: see above.)
 */
export const siteDirectives = [
  "default-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
] as const;

export type CspHash = `sha256-${string}`;

/** The hash of an inline element's text as a CSP source, as the browser computes it (SHA-256, base64). */
export const cspHash = (text: string): CspHash => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

/** What a page writes inline on its own, each as the exact text the browser will hash. */
export interface InlineCode {
  /** The text of inline `<script>` elements, the page's own or those its code writes. */
  scripts?: readonly string[];
  /** The text of `<style>` elements, in the page or inserted by its code. */
  styles?: readonly string[];
  /** `style="…"` attribute values markup the page's code inserts must keep (allowed one by one, with 'unsafe-hashes'). */
  styleAttributes?: readonly string[];
}

/**
 * Allows a page's inline code by hash in the policy Astro writes for it. Call it from a layout's
 * or a `<head>` component's frontmatter: Astro writes the policy when it reaches the end of
 * `<head>`, before the rest of the body has run.
 */
export function allowInline(csp: AstroGlobal['csp'] | undefined, { scripts = [], styles = [], styleAttributes = [] }: InlineCode): void {
  if (!csp) return;
  for (const script of scripts) csp.insertScriptHash(cspHash(script));
  for (const style of styles) csp.insertStyleHash(cspHash(style));
  if (styleAttributes.length === 0) return;
  csp.insertStyleResource({ resource: "'unsafe-hashes'", kind: 'attribute' });
  for (const value of styleAttributes) csp.insertStyleHash({ hash: cspHash(value), kind: 'attribute' });
}

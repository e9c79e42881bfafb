/**
 * The inline code reveal.js writes into pages at run time, which the deck's Content-Security-Policy
 * must allow by hash (src/security/csp.ts) since it allows nothing inline wholesale:
 * - the print view (`?print-pdf`) inserts two `<style>` elements sized to the deck's stage;
 * - the search plugin's box is markup with one `style` attribute;
 * - the speaker view (the notes plugin) is a pop-up opened on about:blank and written whole with
 *   `document.write`: an inline `<style>`, an inline `<script>` and two `style` attributes. An
 *   about:blank pop-up takes its opener's policy, so the deck's policy must allow these too.
 * The plugins' markup is read from their modules as installed (a string literal each), so a
 * reveal.js upgrade that changes it changes the hashes with it; the print view's two styles are
 * written here from its source (printview.js), and a unit test holds them to the installed reveal.
 */
import type { InlineCode } from '../security/csp.ts';
import { stage } from './stage.ts';

/** The two `<style>` texts reveal's print view inserts for a stage (reveal 6, js/controllers/printview.js). */
export function printViewStyles({ width, height, margin }: { width: number; height: number; margin: number }): string[] {
  const pageWidth = Math.floor(width * (1 + margin));
  const pageHeight = Math.floor(height * (1 + margin));
  return [
    `@page{size:${pageWidth}px ${pageHeight}px; margin: 0px;}`,
    `.reveal section>img, .reveal section>video, .reveal section>iframe{max-width: ${width}px; max-height:${height}px}`,
  ];
}

const escapes: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };

/** The value of a double-quoted JavaScript string literal, as the engine reads it. */
export function stringLiteralValue(literal: string): string {
  if (!/^"[\s\S]*"$/.test(literal)) throw new Error(`not a double-quoted string literal: ${literal.slice(0, 40)}`);
  return literal.slice(1, -1).replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|u\{[0-9a-fA-F]+\}|\r\n|[\s\S])/g, (_, escape: string) => {
    if (/^[xu][0-9a-fA-F{]/.test(escape)) return String.fromCodePoint(parseInt(escape.slice(1).replace(/[{}]/g, ''), 16));
    if (escape === '\n' || escape === '\r\n') return ''; // a line continuation
    return escapes[escape] ?? escape;
  });
}

/** The markup a module writes through its one `<receiver>(<string literal>)` call (e.g. `.document.write(`). */
function markupOf(module: string, receiver: string, name: string): string {
  const call = new RegExp(`${receiver.replace(/[.()]/g, '\\$&')}\\s*("(?:[^"\\\\]|\\\\[\\s\\S])*")`).exec(module);
  if (!call) throw new Error(`reveal.js's ${name} no longer writes its markup through ${receiver}: see src/deck/reveal-inline.ts`);
  return stringLiteralValue(call[1]!);
}

/** The inline scripts, style elements and style attributes in a piece of markup, as the browser will hash them. */
export function inlineIn(markup: string): Required<InlineCode> {
  const texts = (pattern: RegExp) => [...new Set([...markup.matchAll(pattern)].map((match) => match[1]!))];
  return {
    scripts: texts(/<script>([\s\S]*?)<\/script>/g),
    styles: texts(/<style>([\s\S]*?)<\/style>/g),
    styleAttributes: texts(/\sstyle="([^"]*)"/g),
  };
}

/** The inline code of reveal's speaker view, read from the notes plugin's module text. */
export function speakerViewInline(notesModule: string): Required<InlineCode> {
  const inline = inlineIn(markupOf(notesModule, '.document.write(', 'notes plugin'));
  if (inline.scripts.length !== 1 || inline.styles.length !== 1) throw new Error("reveal.js's speaker view no longer has one inline script and one style: see src/deck/reveal-inline.ts");
  return inline;
}

/** The inline code of reveal's search box, read from the search plugin's module text. */
export const searchInline = (searchModule: string): Required<InlineCode> => inlineIn(markupOf(searchModule, '.innerHTML =', 'search plugin'));

/** Everything inline reveal.js writes into the deck and its speaker view, for the deck's policy. */
export function revealInline(modules: { notes: string; search: string }): Required<InlineCode> {
  const parts = [speakerViewInline(modules.notes), searchInline(modules.search), { scripts: [], styles: printViewStyles(stage), styleAttributes: [] }];
  return {
    scripts: parts.flatMap((part) => part.scripts),
    styles: parts.flatMap((part) => part.styles),
    styleAttributes: parts.flatMap((part) => part.styleAttributes),
  };
}

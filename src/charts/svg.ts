/**
 * SVG markup from plain functions, for the charts' marks: the build places the string in a
 * page, writes it to a static .svg file and snapshots it; the browser swaps it in when a reader
 * changes an input. Numbers are rounded to hundredths, finer than any screen shows, so markup is
 * short and snapshots stable.
 */
import { fill, messageParts } from '../i18n/format.ts';
import { escapeXml } from '../lib/xml.ts';

export type Attributes = Record<string, string | number | boolean | undefined | null>;

/** A number as an attribute value: hundredths at most, no "-0". */
export const n = (value: number): string => String(Math.round(value * 100) / 100 || 0);

function attributes(attrs: Attributes): string {
  return Object.entries(attrs)
    .filter(([, value]) => value !== undefined && value !== null && value !== false)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${typeof value === 'number' ? n(value) : escapeXml(value as string)}"`))
    .join('');
}

/** HTML elements that have no end tag. */
const voidElements = new Set(['input', 'br', 'img']);

/** An element, SVG or HTML; children are markup already (text goes through `text`). */
export function el(tag: string, attrs: Attributes = {}, ...children: (string | false | null | undefined)[]): string {
  if (voidElements.has(tag)) return `<${tag}${attributes(attrs)}>`;
  const inner = children.filter((child) => typeof child === 'string').join('');
  return inner || !['line', 'rect', 'circle', 'path'].includes(tag) ? `<${tag}${attributes(attrs)}>${inner}</${tag}>` : `<${tag}${attributes(attrs)}/>`;
}

/**
 * A dictionary message as markup: each {name} is filled by the markup in `slots` or, as `fill`
 * does, by a plain value (escaped); the dictionaries hold words only, never HTML.
 */
export function message(template: string, values: Record<string, string | number> = {}, slots: Record<string, string> = {}): string {
  return messageParts(template)
    .map((part) => (typeof part === 'string' ? text(part) : part.name in slots ? slots[part.name]! : text(fill(`{${part.name}}`, values))))
    .join('');
}

/** What a chart writes into its figure for its browser code (read by runtime/json.ts's `jsonOf`); `<` escaped so no text ends the script. */
export const jsonIsland = (name: 'words' | 'input', value: unknown): string =>
  `<script type="application/json" data-json="${name}">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`;

/** Text content, escaped. */
export const text = (value: string | number): string => escapeXml(String(value));

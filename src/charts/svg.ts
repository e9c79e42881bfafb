/**
 * SVG markup from plain functions, for the charts' marks: the build places the string in a
 * page, writes it to a static .svg file and snapshots it; the browser swaps it in when a reader
 * changes an input. Numbers are rounded to hundredths, finer than any screen shows, so markup is
 * short and snapshots stable.
 */
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

/** An element; children are markup already (text goes through `text`). */
export function el(tag: string, attrs: Attributes = {}, ...children: (string | false | null | undefined)[]): string {
  const inner = children.filter((child) => typeof child === 'string').join('');
  return inner || !['line', 'rect', 'circle', 'path'].includes(tag) ? `<${tag}${attributes(attrs)}>${inner}</${tag}>` : `<${tag}${attributes(attrs)}/>`;
}

/** Text content, escaped. */
export const text = (value: string | number): string => escapeXml(String(value));

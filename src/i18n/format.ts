/**
 * How the site writes numbers, seconds and dates and fills its messages, the same on the server and in the browser
 * (this module imports no dictionary, so browser code may use it freely). Both editions group
 * digits the talk's way, 1,000, as hey and the AWS console print them.
 */
import type { HeyMessageCode, HeyProblem } from '../lib/hey-messages.ts';

// One formatter for every call: toLocaleString builds a new one each time, and the ENI model
// writes a dozen counts a frame (it was the largest cost of the model's first second).
const grouped = new Intl.NumberFormat('en-US');

/** A count with its thousands grouped: 10,000. */
export const count = (value: number): string => grouped.format(value);

/** Replaces each {name} in a message with its value; unknown names stay as they are. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = values[name];
    if (value === undefined) return match;
    return typeof value === 'number' ? count(value) : value;
  });
}

/** A number of seconds in the edition's words for them ("{value} 秒", "{value} s"). */
export const seconds = (value: number, template: string, digits = 2): string => fill(template, { value: value.toFixed(digits) });

/** The edition's ways of writing a date: 2019年10月26日 or October 26, 2019, and shorter forms. */
export interface DateForms {
  long: string;
  short: string;
  monthDay: string;
}

/** A date (YYYY-MM-DD) in one of the edition's forms. */
export function dateIn(isoDate: string, forms: DateForms, form: keyof DateForms = 'long'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new Error(`expected a date as YYYY-MM-DD, got "${isoDate}"`);
  const [, year, month, day] = match;
  const date = new Date(`${isoDate}T00:00:00Z`);
  const name = (month: 'long' | 'short') => date.toLocaleDateString('en-US', { timeZone: 'UTC', month });
  return fill(forms[form], { year, month: String(Number(month)), day: String(Number(day)), monthName: name('long'), monthShort: name('short') });
}

/** A message as its text and its placeholders, in order: what a component fills with markup. */
export function messageParts(template: string): (string | { name: string })[] {
  return template.split(/(\{\w+\})/).filter(Boolean).map((part) => (/^\{\w+\}$/.test(part) ? { name: part.slice(1, -1) } : part));
}

/** Words for every code a hey parser says (lib/hey-messages.ts), and for where a line is and what it held. */
export type HeyMessages = Record<HeyMessageCode | 'line' | 'got' | 'gotNothing', string>;

/** One line: where, what, and the line itself (the line quoted as it was, without its surrounding space). */
export function describeHeyProblem(problem: HeyProblem, messages: HeyMessages): string {
  const got = problem.got === undefined ? '' : problem.got.trim() === '' ? messages.gotNothing : fill(messages.got, { got: problem.got.trim() });
  return `${fill(messages.line, { line: problem.line })}: ${fill(messages[problem.code], problem.values ?? {})}${got}`;
}

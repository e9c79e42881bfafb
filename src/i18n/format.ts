/**
 * How the site writes numbers and fills its messages, the same on the server and in the browser
 * (this module imports no dictionary, so browser code may use it freely). Both editions group
 * digits the talk's way, 1,000, as hey and the AWS console print them.
 */

/** A count with its thousands grouped: 10,000. */
export const count = (value: number): string => value.toLocaleString('en-US');

/** Replaces each {name} in a message with its value; unknown names stay as they are. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = values[name];
    if (value === undefined) return match;
    return typeof value === 'number' ? count(value) : value;
  });
}

/** A message as its text and its placeholders, in order: what a component fills with markup. */
export function messageParts(template: string): (string | { name: string })[] {
  return template.split(/(\{\w+\})/).filter(Boolean).map((part) => (/^\{\w+\}$/.test(part) ? { name: part.slice(1, -1) } : part));
}

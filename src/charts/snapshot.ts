/**
 * SVG markup as a snapshot test keeps it: one element a line, numbers rounded to a tenth, so a
 * change of rounding far below what a screen shows does not churn the snapshots.
 */
export const snapshotOf = (markup: string): string => markup.replace(/-?\d+\.\d+/g, (number) => String(Math.round(Number(number) * 10) / 10)).replace(/></g, '>\n<');

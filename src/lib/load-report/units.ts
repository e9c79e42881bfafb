/**
 * Times and percentages as the load testers print them: a number and its unit ("0.0092 secs",
 * "152.901 ms", "253.845µs"), or Go's and k6's durations, whose units run together ("1m0.012s",
 * "2.5ms"). Each returns undefined for what it cannot read, and the reader names the line.
 */

const perUnit: Record<string, number> = {
  ns: 1e-9,
  us: 1e-6,
  'µs': 1e-6,
  'μs': 1e-6,
  ms: 1e-3,
  s: 1,
  sec: 1,
  secs: 1,
  m: 60,
  h: 3600,
};

/** 152.9013 ms is 0.1529013 s, not 0.15290130000000002 (a binary float's tail, not the tool's). */
export const exact = (value: number) => Number(value.toPrecision(12));

/** A number and a unit, with or without a space between ("0.0092 secs", "0.10ms"). */
export function seconds(value: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?(?:e[+-]?\d+)?)\s*(ns|us|µs|μs|ms|s|secs?|m|h)\.?$/i.exec(value.trim());
  if (!match) return undefined;
  const factor = perUnit[match[2]!.toLowerCase()];
  return factor === undefined ? undefined : exact(Number(match[1]) * factor);
}

/** A Go duration as vegeta and k6 print them: "1m0.012s", "2h3m", "253.845µs", "0s". */
export function goDuration(value: string): number | undefined {
  const text = value.trim();
  if (!/^(\d+(\.\d+)?(ns|us|µs|μs|ms|s|m|h))+$/.test(text)) return undefined;
  let total = 0;
  for (const [, number, unit] of text.matchAll(/(\d+(?:\.\d+)?)(ns|us|µs|μs|ms|s|m|h)/g)) total += Number(number) * perUnit[unit!]!;
  return exact(total);
}

/** A percentage as printed, "99.90%" or "99%" (100 at most; a ratio such as oha's old "1.0000" is not one). */
export function percent(value: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)\s*%%?$/.exec(value.trim());
  if (!match) return undefined;
  const n = Number(match[1]);
  return n <= 100 ? n : undefined;
}

/**
 * What reading any load tester's report gives: the run in the one shape every chart and the share
 * link take (hey-report.ts, grown by `requests` and `figures`), which tool and layout it was read
 * as, and the notes a reader must see (what was left out, naming the line).
 */
import { HeyParseError, type HeyMessageCode, type HeyProblem } from '../hey-messages.ts';
import { reportLimits, type HeyPercentile, type HeyReport, type HeySummary } from '../hey-report.ts';

export const loadTools = ['hey', 'oha', 'k6', 'vegeta', 'ab', 'wrk', 'wrk2'] as const;
export type LoadTool = (typeof loadTools)[number];

export interface LoadReading {
  tool: LoadTool;
  /** Which of the tool's layouts the text is in (the words for each are in src/i18n). */
  layout: string;
  /** 'text' as printed, 'json' for a tool's JSON, 'csv' for hey's -o csv. */
  format: 'text' | 'csv' | 'json';
  report: HeyReport;
  notes: HeyProblem[];
}

/**
 * The lines of a text, numbered from 1, with what pasting adds taken off: quote marks, Windows
 * line ends, and the "^C" a terminal echoes when a run is stopped by hand.
 */
export function numbered(text: string): { n: number; raw: string; line: string }[] {
  return text.split(/\r?\n/).map((raw, i) => ({ n: i + 1, raw, line: raw.replace(/^(\s*>)+/, '').replace(/^\s*\^C/, '').trim() }));
}

/** An error naming the line and a line it expected, like the one given. */
export function unreadable(n: number, example: string, got?: string): never {
  throw new HeyParseError({ line: n, code: 'summaryValue', values: { example }, got });
}

export function problem(n: number, code: HeyMessageCode, values?: HeyProblem['values'], got?: string): HeyProblem {
  return { line: n, code, ...(values ? { values } : {}), ...(got === undefined ? {} : { got }) };
}

/**
 * Adds a row to a list a stranger's paste could make endless (buckets, percentiles, status codes,
 * errors), refusing it past the report's limits (hey-report.ts reportLimits), naming its line.
 */
export function bounded<T>(list: T[], row: T, n: number, kind: 'buckets' | 'percentiles' | 'statusCodes' | 'errors'): void {
  const max = reportLimits[kind];
  const code = ({ buckets: 'tooManyBuckets', percentiles: 'tooManyPercentiles', statusCodes: 'tooManyStatuses', errors: 'tooManyErrors' } as const)[kind];
  if (list.length >= max) throw new HeyParseError(problem(n, code, { max }));
  list.push(row);
}

/**
 * Latency statistics by a tool's own names, into the report's shape: `min`, `max`, and `mean` or
 * `avg` are the fastest, slowest and average; a percentile is wherever `percentOf` reads one from a
 * name (50 from vegeta's "50", k6's "med" or "p(50)"; none above 100).
 */
export function statistics(
  named: readonly [string, number][],
  percentOf: (name: string) => number | undefined,
  report: Pick<HeyReport, 'latencyDistribution'>,
  summary: Pick<HeySummary, 'averageSeconds' | 'fastestSeconds' | 'slowestSeconds'>,
): void {
  const percentiles: HeyPercentile[] = [];
  for (const [name, seconds] of named) {
    if (name === 'min') summary.fastestSeconds = seconds;
    else if (name === 'mean' || name === 'avg') summary.averageSeconds = seconds;
    else if (name === 'max') summary.slowestSeconds = seconds;
    else {
      const percent = percentOf(name);
      if (percent !== undefined && percent <= 100) percentiles.push({ percent, seconds });
    }
  }
  if (percentiles.length) report.latencyDistribution = percentiles.sort((a, b) => a.percent - b.percent);
}

/**
 * A figure kept as the tool printed it (shown in a table beside its glossary, never drawn): the
 * sizes with their rounded units, a success rate, a check's pass count.
 */
export function keep(report: HeyReport, label: string, value: string): void {
  const figures = (report.figures ??= []);
  if (figures.length < reportLimits.figures) figures.push({ label: label.slice(0, 200), value: value.slice(0, 200) });
}

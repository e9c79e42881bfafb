/**
 * oha's text report (github.com/hatoo/oha, "inspired by rakyll/hey"), in both its layouts: the
 * older (to 1.0, 2023: `Success rate: 1.0000`, times in `secs`, `Latency distribution:` with whole
 * percentages) and the newer (`Success rate: 100.00%`, `Response time distribution:` with two
 * decimals, times in `secs`, `sec` or `ms`, histogram marks with their unit). Its sections are hey's,
 * read into the same report; what hey has no place for (the sizes, rounded to a unit; the success
 * rate; the two Details rows oha prints of hey's five) is kept as printed.
 */
import { HeyParseError } from '../hey-messages.ts';
import { reportLimits, type HeyReport, type HeySummary } from '../hey-report.ts';
import { bounded, keep, numbered, problem, unreadable, type LoadReading } from './reading.ts';
import { percent, seconds } from './units.ts';

type Section = 'summary' | 'histogram' | 'distribution' | 'details' | 'status' | 'errors';

const headings: [RegExp, Section][] = [
  [/^summary:$/i, 'summary'],
  [/^response time histogram:$/i, 'histogram'],
  [/^(latency|response time) distribution:$/i, 'distribution'],
  [/^details \(average, fastest, slowest\):$/i, 'details'],
  [/^status code distribution:$/i, 'status'],
  [/^error distribution:$/i, 'errors'],
];

const time = String.raw`(\d+(?:\.\d+)?\s*(?:secs?|ms|µs|us|ns))`;
const summaryLines: [string, keyof HeySummary, string][] = [
  ['Total:', 'totalSeconds', 'Total: 5.0004 secs'],
  ['Slowest:', 'slowestSeconds', 'Slowest: 0.0099 secs'],
  ['Fastest:', 'fastestSeconds', 'Fastest: 0.0000 secs'],
  ['Average:', 'averageSeconds', 'Average: 0.0002 secs'],
];
const summaryValue = new RegExp(`^[A-Za-z]+:\\s*${time}$`);
const kept = /^(Success rate|Total data|Size\/request|Size\/sec):\s*(.+)$/;
const histogramLine = new RegExp(`^(\\d+(?:\\.\\d+)?)(\\s*(?:secs?|ms|µs|us|ns))?\\s*\\[(\\d+)\\]\\s*\\|\\S*$`);
const distributionLine = new RegExp(`^(\\d+(?:\\.\\d+)?%)\\s+in\\s+${time}$`);
const detailLine = /^(DNS\+dialup|DNS-lookup):\s*(.+)$/;
const statusLine = /^\[(\d{3})\]\s+(\d+)\s+responses?$/;
const errorLine = /^\[(\d+)\]\s+(.+)$/;

/** Whether a text is oha's: hey's sections with lines hey never printed. */
export const isOhaText = (text: string) => /^\s*(Success rate:|Size\/sec:|Response time distribution:)/m.test(text);

export function readOhaText(text: string): LoadReading {
  const report: HeyReport = {};
  const notes: LoadReading['notes'] = [];
  const summary: HeySummary = {};
  let section: Section | undefined;
  let newer = false;
  const need = <T>(value: T | null | undefined, n: number, example: string, got: string): T => value ?? unreadable(n, example, got);

  for (const { n, raw, line } of numbered(text)) {
    if (line === '' || line.startsWith('```')) continue;
    const heading = headings.find(([pattern]) => pattern.test(line))?.[1];
    if (heading) {
      section = heading;
      continue;
    }
    const summaryLine = summaryLines.find(([label]) => line.startsWith(label));
    if (summaryLine) {
      summary[summaryLine[1]] = seconds(need(summaryValue.exec(line)?.[1], n, summaryLine[2], raw));
      section = 'summary';
      continue;
    }
    if (/^Requests\/sec:/.test(line)) {
      summary.requestsPerSecond = Number(need(/^Requests\/sec:\s*(\d+(?:\.\d+)?)$/.exec(line)?.[1], n, 'Requests/sec: 221767.0303', raw));
      continue;
    }
    const keptLine = kept.exec(line);
    if (keptLine) {
      if (keptLine[1] === 'Success rate') newer ||= percent(keptLine[2]!) !== undefined;
      keep(report, keptLine[1]!, keptLine[2]!);
      continue;
    }
    if (section === 'histogram' && /^\d/.test(line)) {
      const match = need(histogramLine.exec(line), n, '0.001 [1108827] |■■■■', raw);
      if (match[2]) newer = true;
      bounded((report.histogram ??= []), { mark: seconds(`${match[1]}${match[2] ?? 's'}`)!, count: Number(match[3]) }, n, 'buckets');
      continue;
    }
    if (section === 'distribution' && /^\d/.test(line)) {
      const match = need(distributionLine.exec(line), n, '99.00% in 0.0005 secs', raw);
      if (match[1]!.includes('.')) newer = true;
      bounded((report.latencyDistribution ??= []), { percent: need(percent(match[1]!), n, '99.00% in 0.0005 secs', raw), seconds: seconds(match[2]!)! }, n, 'percentiles');
      continue;
    }
    if (section === 'details' && detailLine.test(line)) {
      const [, name, values] = detailLine.exec(line)!;
      keep(report, `${name} (average, fastest, slowest)`, values!);
      continue;
    }
    if (section === 'status' && line.startsWith('[')) {
      const match = need(statusLine.exec(line), n, '[200] 1108918 responses', raw);
      bounded((report.statusCodes ??= []), { code: Number(match[1]), responses: Number(match[2]) }, n, 'statusCodes');
      continue;
    }
    if (section === 'errors' && line.startsWith('[')) {
      const match = need(errorLine.exec(line), n, '[20] aborted due to deadline', raw);
      bounded((report.errors ??= []), { count: Number(match[1]), message: match[2]!.slice(0, reportLimits.errorCharacters) }, n, 'errors');
      continue;
    }
    // A prompt, the command, a heading of the author's: not oha's.
    section = undefined;
    notes.push(problem(n, 'notReport', { tool: 'oha' }, raw));
  }
  if (Object.keys(summary).length) report.summary = summary;
  if (!report.summary && !report.histogram && !report.latencyDistribution) throw new HeyParseError(problem(1, 'summaryMissing', { missing: 'Summary' }));
  return { tool: 'oha', layout: newer ? 'newer' : 'older', format: 'text', report, notes };
}

/**
 * ApacheBench's report (`ab`, httpd's support/ab.c): the "Time taken" and "Requests per second"
 * summary, the connection times table (whole milliseconds) and "Percentage of the requests served
 * within a certain time (ms)", which gives the percentiles (100% is the longest request). ab prints
 * no histogram and no status codes: a count of failed requests and, where some answered other
 * than 2xx, "Non-2xx responses", both kept as printed.
 */
import { HeyParseError } from '../hey-messages.ts';
import type { HeyReport, HeySummary } from '../hey-report.ts';
import { bounded, keep, numbered, problem, unreadable, type LoadReading } from './reading.ts';

export const isAbText = (text: string) => /^\s*(This is ApacheBench|Time taken for tests:|Percentage of the requests served within)/m.test(text);

const number = String.raw`(\d+(?:\.\d+)?)`;
const summaryLines: [RegExp, (summary: HeySummary, value: number) => void, string][] = [
  [new RegExp(`^Time taken for tests:\\s*${number} seconds$`), (s, v) => (s.totalSeconds = v), 'Time taken for tests:   0.379 seconds'],
  [new RegExp(`^Complete requests:\\s*${number}$`), (s, v) => (s.requests = v), 'Complete requests:      1000'],
  [new RegExp(`^Requests per second:\\s*${number} \\[#/sec\\] \\(mean\\)$`), (s, v) => (s.requestsPerSecond = v), 'Requests per second:    2637.59 [#/sec] (mean)'],
];
// What ab prints that the report has no place for, kept as printed.
const kept = /^(Server Software|Server Hostname|Server Port|SSL\/TLS Protocol|Document Path|Document Length|Concurrency Level|Failed requests|Write errors|Non-2xx responses|Keep-Alive requests|Total transferred|Total body sent|HTML transferred|Time per request|Transfer rate):\s*(.*)$/;
const connectionRow = /^(Connect|Processing|Waiting|Total):\s+(\d+)\s+(\d+)\s+(\d+(?:\.\d+)?)\s+(\d+)\s+(\d+)$/;
const percentageLine = /^(\d+)%\s+(\d+)(?: \(longest request\))?$/;
// The banner and the progress ab prints while it runs.
const unremarkable = /^(Copyright|Licensed to|Benchmarking|Completed \d+ requests|Finished \d+ requests|\.\.\.|\(be patient\))/;

export function readAbText(text: string): LoadReading {
  const report: HeyReport = {};
  const notes: LoadReading['notes'] = [];
  const summary: HeySummary = {};
  let section: 'connection' | 'percentages' | undefined;
  for (const { n, raw, line } of numbered(text)) {
    if (line === '' || line.startsWith('```')) continue;
    if (/^This is ApacheBench/.test(line)) {
      keep(report, 'ApacheBench', line.replace(/^This is ApacheBench,\s*/, ''));
      continue;
    }
    if (/^Connection Times \(ms\)$/.test(line)) {
      section = 'connection';
      continue;
    }
    if (/^Percentage of the requests served within a certain time \(ms\)$/.test(line)) {
      section = 'percentages';
      continue;
    }
    const summaryLine = summaryLines.find(([, , example]) => line.startsWith(example.split(':')[0]!));
    if (summaryLine) {
      summaryLine[1](summary, Number((summaryLine[0].exec(line) ?? unreadable(n, summaryLine[2], raw))[1]));
      continue;
    }
    // Failed requests by kind, on the line under their count.
    if (/^\(Connect: \d+, Receive: \d+, Length: \d+, Exceptions: \d+\)$/.test(line)) {
      keep(report, 'Failed requests (by kind)', line.slice(1, -1));
      continue;
    }
    if (section === 'connection' && /^min\s+mean/.test(line)) continue;
    if (section === 'connection' && /^(Connect|Processing|Waiting|Total):/.test(line)) {
      const match = connectionRow.exec(line) ?? unreadable(n, 'Total:         11   36   6.3     36      49', raw);
      // The Total row is every request's time: its min, mean and max are the run's fastest, average and slowest.
      if (match[1] === 'Total') {
        summary.fastestSeconds = Number(match[2]) / 1000;
        summary.averageSeconds = Number(match[3]) / 1000;
        summary.slowestSeconds = Number(match[6]) / 1000;
      }
      keep(report, `${match[1]} (ms: min, mean, [+/-sd], median, max)`, match.slice(2).join(' '));
      continue;
    }
    if (section === 'percentages' && /^\d/.test(line)) {
      const match = percentageLine.exec(line) ?? unreadable(n, '  99%     47', raw);
      const percent = Number(match[1]);
      if (percent > 100) throw new HeyParseError(problem(n, 'percent', undefined, raw));
      bounded((report.latencyDistribution ??= []), { percent, seconds: Number(match[2]) / 1000 }, n, 'percentiles');
      continue;
    }
    const keptLine = kept.exec(line);
    if (keptLine) {
      keep(report, keptLine[1]!, keptLine[2]!);
      continue;
    }
    section = undefined;
    if (!unremarkable.test(line)) notes.push(problem(n, 'notReport', { tool: 'ab' }, raw));
  }
  if (Object.keys(summary).length) report.summary = summary;
  if (summary.totalSeconds === undefined && !report.latencyDistribution) throw new HeyParseError(problem(1, 'summaryMissing', { missing: 'Time taken for tests' }));
  return { tool: 'ab', layout: 'text', format: 'text', report, notes };
}

/**
 * vegeta's `report` (github.com/tsenart/vegeta), as text and as `-type=json`. Each text line names
 * its values in brackets ("Latencies [min, mean, 50, 90, 95, 99, max]"), and the names have
 * changed over the years, so they are read by name, not by place. vegeta attacks at a constant
 * rate (an open model): a slow answer does not hold back the next request. Status code 0 counts
 * requests that got no answer (its Error Set says why).
 */
import { HeyParseError } from '../hey-messages.ts';
import { reportLimits, type HeyReport, type HeySummary } from '../hey-report.ts';
import { keep, numbered, problem, statistics, unreadable, type LoadReading } from './reading.ts';
import { amount, object, type Json } from './json.ts';
import { goDuration } from './units.ts';

export const isVegetaText = (text: string) => /^\s*(Requests|Latencies)\s+\[[a-z0-9, ]+\]\s/m.test(text);

const row = /^(Requests|Duration|Latencies|Bytes In|Bytes Out|Success|Status Codes)\s+\[([^\]]+)\](?:\s+(.*))?$/;

/** The latencies by vegeta's names: min, mean, max, and the percentiles ("50", "99", or "50th" in JSON). */
const latencies = (report: HeyReport, summary: HeySummary, named: [string, number][]) =>
  statistics(named, (name) => (/^\d+(\.\d+)?(th)?$/.test(name) ? parseFloat(name) : undefined), report, summary);

function statusCodes(report: HeyReport, pairs: [string, number][], n: number): void {
  if (pairs.length > reportLimits.statusCodes) throw new HeyParseError(problem(n, 'tooManyStatuses', { max: reportLimits.statusCodes }));
  const answered = pairs.filter(([code]) => code !== '0').map(([code, responses]) => ({ code: Number(code), responses }));
  if (answered.length) report.statusCodes = answered;
  const none = pairs.find(([code]) => code === '0');
  if (none) keep(report, 'Status 0 (no response)', String(none[1]));
}

export function readVegetaText(text: string): LoadReading {
  const report: HeyReport = {};
  const notes: LoadReading['notes'] = [];
  const summary: HeySummary = {};
  let inErrors = false;
  const lines = numbered(text);
  for (let i = 0; i < lines.length; i += 1) {
    const { n, raw, line } = lines[i]!;
    if (line === '' || line.startsWith('```')) continue;
    const match = row.exec(line);
    if (match) {
      inErrors = false;
      const [, name, names] = match;
      // Values moved to the line under their names, as some authors lay the report out.
      const rest = match[3] ?? lines[++i]?.line ?? '';
      const keys = names!.split(',').map((key) => key.trim());
      const values = name === 'Status Codes' ? rest!.trim().split(/\s+/) : rest!.split(',').map((value) => value.trim());
      if (name !== 'Status Codes' && values.length !== keys.length) unreadable(n, 'Latencies     [min, mean, 50, 90, 95, 99, max]  374.346µs, 19.546s, 30s, 30.001s, 30.001s, 30.001s, 30.003s', raw);
      const duration = (value: string) => goDuration(value) ?? unreadable(n, 'Duration      [total, attack, wait]     10.094965987s, 9.949883921s, 145.082066ms', raw);
      if (name === 'Latencies') {
        if (!keys.every((key) => /^(min|mean|max|\d+(\.\d+)?(th)?)$/.test(key))) unreadable(n, 'Latencies     [min, mean, 50, 90, 95, 99, max]  374.346µs, 19.546s, 30s, 30.001s, 30.001s, 30.001s, 30.003s', raw);
        latencies(report, summary, keys.map((key, i) => [key, duration(values[i]!)]));
      }
      else if (name === 'Duration') {
        keys.forEach((key, i) => key === 'total' ? (summary.totalSeconds = duration(values[i]!)) : keep(report, `Duration (${key})`, values[i]!));
      } else if (name === 'Requests') {
        keys.forEach((key, i) => {
          const value = Number(values[i]);
          if (Number.isNaN(value)) unreadable(n, 'Requests      [total, rate, throughput]         6000, 100.01, 25.74', raw);
          if (key === 'total') summary.requests = value;
          else if (key === 'throughput') summary.requestsPerSecond = value;
          else keep(report, `Requests (${key})`, values[i]!);
        });
      } else if (name === 'Status Codes') {
        statusCodes(report, values.map((pair) => {
          const [code, count] = pair.split(':');
          if (!/^\d{1,3}$/.test(code ?? '') || !/^\d+$/.test(count ?? '')) unreadable(n, 'Status Codes  [code:count]                      0:3859  200:2141', raw);
          return [code!, Number(count)];
        }), n);
      } else keep(report, `${name} (${keys.join(', ')})`, values.join(', '));
      continue;
    }
    if (/^Error Set:$/.test(line)) {
      inErrors = true;
      continue;
    }
    if (inErrors) {
      // vegeta lists each distinct error once, without a count: kept as listed.
      keep(report, 'Error Set', line);
      continue;
    }
    notes.push(problem(n, 'notReport', { tool: 'vegeta' }, raw));
  }
  if (Object.keys(summary).length) report.summary = summary;
  if (!report.summary) throw new HeyParseError(problem(1, 'summaryMissing', { missing: 'Requests [total, …]' }));
  return { tool: 'vegeta', layout: 'text', format: 'text', report, notes };
}

/** vegeta report -type=json: durations in nanoseconds, `success` a ratio, errors listed. */
export function readVegetaJson(json: Json): LoadReading {
  const report: HeyReport = {};
  const summary: HeySummary = {};
  const lat = object('latencies', json.latencies);
  latencies(report, summary, Object.entries(lat).filter(([key]) => key !== 'total').map(([key, value]) => [key.replace(/th$/, ''), amount(`latencies.${key}`, value) / 1e9]));
  summary.requests = amount('requests', json.requests);
  if (json.duration !== undefined) summary.totalSeconds = (amount('duration', json.duration) + (json.wait === undefined ? 0 : amount('wait', json.wait))) / 1e9;
  if (json.throughput !== undefined) summary.requestsPerSecond = amount('throughput', json.throughput);
  if (json.rate !== undefined) keep(report, 'Requests (rate)', String(amount('rate', json.rate)));
  if (json.success !== undefined) keep(report, 'Success (ratio)', `${(amount('success', json.success) * 100).toFixed(2)}%`);
  if (json.status_codes !== undefined) {
    statusCodes(report, Object.entries(object('status_codes', json.status_codes)).map(([code, count]) => [code, amount(`status_codes.${code}`, count)]), 1);
  }
  if (Array.isArray(json.errors)) for (const error of json.errors.slice(0, reportLimits.figures)) keep(report, 'Error Set', String(error));
  report.summary = summary;
  return { tool: 'vegeta', layout: 'json', format: 'json', report, notes: [] };
}

/**
 * k6's end-of-test summary (grafana/k6), as text in its legacy layout (to 0.5x: one dotted line
 * per metric) and in the compact and full layouts of k6 1.0 (`█ TOTAL RESULTS`, metrics grouped
 * under HTTP, EXECUTION, NETWORK), and as JSON from `--summary-export` (values on the metric) or
 * `handleSummary` (values under `values`). The run is `http_req_duration` (k6's request time,
 * without connecting) and `http_reqs`; its `{ expected_response:true }` part, the successful
 * requests alone, is kept. k6's default percentiles are p(90) and p(95); med is p(50).
 */
import { HeyParseError } from '../hey-messages.ts';
import type { HeyReport, HeySummary } from '../hey-report.ts';
import { keep, numbered, problem, statistics, unreadable, type LoadReading } from './reading.ts';
import { amount, isObject, object, wrongField, type Json } from './json.ts';
import { goDuration, seconds } from './units.ts';

export const isK6Text = (text: string) => /^\s*(http_req_duration|http_reqs|iteration_duration)\.{2,}/m.test(text) || /█ TOTAL RESULTS/.test(text);

// A metric's line; a threshold it crossed or kept marks it with ✗ or ✓ in the legacy layout.
const metricLine = /^(?:[✓✗]\s+)?([\w{}:" ]+?)\s*\.{2,}:\s*(.*)$/;
const trendExample = 'http_req_duration..............: avg=221.24ms min=128.58ms med=221.24ms max=313.89ms p(90)=295.36ms p(95)=304.63ms';

/** A trend's statistics by k6's names (avg, min, med, max, p(90)…), in seconds. */
const trend = (values: [string, number][], report: Pick<HeyReport, 'latencyDistribution'>, summary: Pick<HeySummary, 'averageSeconds' | 'fastestSeconds' | 'slowestSeconds'>) =>
  statistics(values, (name) => (name === 'med' ? 50 : /^p\((\d+(?:\.\d+)?)\)$/.test(name) ? Number(name.slice(2, -1)) : undefined), report, summary);

/** k6 prints a duration as "221.24ms", "15µs", "3.2s", "1m3s"; a bare number is a custom metric's. */
const duration = (value: string) => seconds(value) ?? goDuration(value);

/** A trend line's statistics, each a duration; a line with none, or one unreadable, names its line. */
function trendStats(value: string, n: number, raw: string): [string, number][] {
  const stats = [...value.matchAll(/(avg|min|med|max|p\(\d+(?:\.\d+)?\))=(\S+)/g)].map(([, key, v]) => [key!, duration(v!) ?? unreadable(n, trendExample, raw)] as [string, number]);
  return stats.length ? stats : unreadable(n, trendExample, raw);
}

export function readK6Text(text: string): LoadReading {
  const report: HeyReport = {};
  const notes: LoadReading['notes'] = [];
  const summary: HeySummary = {};
  let parent = '';
  for (const { n, raw, line } of numbered(text)) {
    if (line === '' || line.startsWith('```')) continue;
    const match = metricLine.exec(line);
    if (!match) {
      // The summary's banners, group names, thresholds and checks: kept by k6's words where they say something.
      if (/^[✓✗] /.test(line)) keep(report, line.startsWith('✓') ? 'Passed' : 'Failed', line.slice(2));
      else if (!/^(█|↳|[A-Z]+$|execution:|script:|output:|scenarios:|\* |running \(|default |\/\\|\|  |\/ __|\(_\)|\||data_)/.test(line) && !/^[\w ]+$/.test(line)) notes.push(problem(n, 'notReport', { tool: 'k6' }, raw));
      continue;
    }
    const name = match[1]!.trim();
    const value = match[2]!.trim();
    const sub = name.startsWith('{') ? `${parent} ${name}` : undefined;
    if (!sub) parent = name;
    // The whole run's come first; the full layout repeats them for each scenario and group, kept as printed.
    if (name === 'http_req_duration' && !report.latencyDistribution && summary.averageSeconds === undefined) {
      trend(trendStats(value, n, raw), report, summary);
      continue;
    }
    // The successful requests' own trend, the first one (the whole run's).
    if (sub === 'http_req_duration { expected_response:true }' && !report.successful) {
      trend(trendStats(value, n, raw), (report.successful = {}), report.successful);
      continue;
    }
    if (name === 'http_reqs' && summary.requests === undefined) {
      const counted = /^(\d+)\s+(\d+(?:\.\d+)?)\/s$/.exec(value) ?? unreadable(n, 'http_reqs......................: 2       0.623378/s', raw);
      summary.requests = Number(counted[1]);
      summary.requestsPerSecond = Number(counted[2]);
      continue;
    }
    keep(report, sub ?? name, value.replace(/\s+/g, ' '));
  }
  if (Object.keys(summary).length) report.summary = summary;
  if (summary.requests === undefined && !report.latencyDistribution) throw new HeyParseError(problem(1, 'summaryMissing', { missing: 'http_req_duration' }));
  const layout = !/█ TOTAL RESULTS/.test(text) ? 'legacy' : /█ (GROUP|SCENARIO)/.test(text) ? 'full' : 'compact';
  return { tool: 'k6', layout, format: 'text', report, notes };
}

/** `--summary-export` puts a metric's values on it; `handleSummary`'s data puts them under `values`. */
export function readK6Json(json: Json): LoadReading {
  const metrics = object('metrics', json.metrics);
  const valuesOf = (name: string) => {
    if (metrics[name] === undefined) return undefined;
    const metric = object(`metrics.${name}`, metrics[name]);
    return isObject(metric.values) ? metric.values : metric;
  };
  const handle = isObject((metrics.http_req_duration as Json | undefined)?.values);
  const report: HeyReport = {};
  const summary: HeySummary = {};
  const duration = valuesOf('http_req_duration');
  if (duration) {
    // k6 writes trends in milliseconds.
    trend(Object.entries(duration).filter(([key]) => key !== 'thresholds').map(([key, value]) => [key, amount(`metrics.http_req_duration.${key}`, value) / 1000]), report, summary);
  }
  const reqs = valuesOf('http_reqs');
  if (reqs) {
    summary.requests = amount('metrics.http_reqs.count', reqs.count);
    if (typeof reqs.rate === 'number') summary.requestsPerSecond = reqs.rate;
  }
  const failed = valuesOf('http_req_failed');
  if (failed && typeof (failed.rate ?? failed.value) === 'number') keep(report, 'http_req_failed', `${(((failed.rate ?? failed.value) as number) * 100).toFixed(2)}%`);
  const success = valuesOf('http_req_duration{expected_response:true}');
  if (success) {
    report.successful = {};
    trend(Object.entries(success).filter(([key]) => key !== 'thresholds').map(([key, value]) => [key, amount(`metrics.http_req_duration{expected_response:true}.${key}`, value) / 1000]), report.successful, report.successful);
  }
  if (!duration && !reqs) wrongField('metrics.http_req_duration', undefined, 'object');
  report.summary = summary;
  return { tool: 'k6', layout: handle ? 'handleSummary' : 'summary-export', format: 'json', report, notes: [] };
}

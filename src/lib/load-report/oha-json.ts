/**
 * oha's `--output-format json` (oha 1.x): the Summary in seconds, the histogram as an object of
 * bucket marks to counts, the percentiles as p10…p99.99, status codes and errors with their counts.
 */
import { reportLimits, type HeyReport } from '../hey-report.ts';
import { amount, object, type Json } from './json.ts';
import { keep, type LoadReading } from './reading.ts';

export const isOhaJson = (json: Json) => typeof json.summary === 'object' && json.summary !== null && 'successRate' in json.summary;

export function readOhaJson(json: Json): LoadReading {
  const summary = object('summary', json.summary);
  const report: HeyReport = {
    summary: {
      totalSeconds: amount('summary.total', summary.total),
      slowestSeconds: amount('summary.slowest', summary.slowest),
      fastestSeconds: amount('summary.fastest', summary.fastest),
      averageSeconds: amount('summary.average', summary.average),
      requestsPerSecond: amount('summary.requestsPerSec', summary.requestsPerSec),
    },
  };
  keep(report, 'Success rate', `${(amount('summary.successRate', summary.successRate) * 100).toFixed(2)}%`);
  if (summary.totalData !== undefined) keep(report, 'Total data', `${amount('summary.totalData', summary.totalData)} B`);
  if (summary.sizePerRequest !== undefined && summary.sizePerRequest !== null) keep(report, 'Size/request', `${amount('summary.sizePerRequest', summary.sizePerRequest)} B`);
  if (json.responseTimeHistogram !== undefined) {
    const buckets = Object.entries(object('responseTimeHistogram', json.responseTimeHistogram)).slice(0, reportLimits.buckets);
    report.histogram = buckets.map(([mark, count]) => ({ mark: amount(`responseTimeHistogram (bucket ${mark})`, Number(mark)), count: amount(`responseTimeHistogram.${mark}`, count) })).sort((a, b) => a.mark - b.mark);
  }
  if (json.latencyPercentiles !== undefined) {
    const percentiles = Object.entries(object('latencyPercentiles', json.latencyPercentiles)).filter(([key]) => /^p\d+(\.\d+)?$/.test(key));
    report.latencyDistribution = percentiles.map(([key, value]) => ({ percent: Number(key.slice(1)), seconds: amount(`latencyPercentiles.${key}`, value) })).filter((p) => p.percent <= 100).slice(0, reportLimits.percentiles);
  }
  if (json.statusCodeDistribution !== undefined) {
    const codes = Object.entries(object('statusCodeDistribution', json.statusCodeDistribution)).filter(([code]) => /^[1-5]\d\d$/.test(code)).slice(0, reportLimits.statusCodes);
    report.statusCodes = codes.map(([code, responses]) => ({ code: Number(code), responses: amount(`statusCodeDistribution.${code}`, responses) }));
  }
  if (json.errorDistribution !== undefined) {
    const errors = Object.entries(object('errorDistribution', json.errorDistribution)).slice(0, reportLimits.errors);
    if (errors.length) report.errors = errors.map(([message, count]) => ({ count: amount(`errorDistribution.${message}`, count), message: message.slice(0, reportLimits.errorCharacters) || '?' }));
  }
  return { tool: 'oha', layout: 'json', format: 'json', report, notes: [] };
}

/**
 * Parsers for the output of `hey` (github.com/rakyll/hey): its text report, whole or in part
 * (hey-text.ts), and its `-o csv` output (hey-csv.ts). The formats follow hey's
 * `requester/print.go` and `report.go` through their history.
 */
import { isHeyCsv, parseHeyCsv, reportFromCsv } from './hey-csv.ts';
import { readHeyText, type HeyTextReading } from './hey-text.ts';
import type { HeyBucket, HeyPercentile, HeyReport } from './hey-report.ts';

export * from './hey-report.ts';
export * from './hey-messages.ts';
export * from './hey-csv.ts';
export { readHeyText, type HeyTextReading } from './hey-text.ts';

/** hey's text report as a report, leaving out the notes a reader would be shown (see readHeyText). */
export const parseHeyText = (text: string): HeyReport => readHeyText(text).report;

/** What a reader gave: hey's text report or its `-o csv` output, as a report and the notes about it. */
export interface HeyReading extends HeyTextReading {
  format: 'text' | 'csv';
}

/** hey's output of either kind, told apart by the CSV's header; the CLI and the import page read with this. */
export function readHeyOutput(text: string): HeyReading {
  if (isHeyCsv(text)) return { format: 'csv', report: reportFromCsv(parseHeyCsv(text)), notes: [] };
  return { format: 'text', ...readHeyText(text) };
}

/** A run's percentiles as CSV, as printed: the percent and the latency in seconds. */
export function percentileCsv(percentiles: HeyPercentile[]): string {
  return ['percent,seconds', ...percentiles.map((p) => `${p.percent},${p.seconds}`)].join('\n') + '\n';
}

/**
 * A run's histogram as CSV, one row per hey bucket: its lower and upper edge in seconds (hey's
 * mark is the upper edge; the first bucket holds only the fastest request) and its count.
 */
export function histogramCsv(histogram: HeyBucket[]): string {
  const rows = histogram.map((bucket, i) => {
    const from = i === 0 ? bucket.mark : histogram[i - 1].mark;
    return `${i},${from.toFixed(4)},${bucket.mark.toFixed(4)},${bucket.count}`;
  });
  return ['bucket,from_seconds,to_seconds,count', ...rows].join('\n') + '\n';
}

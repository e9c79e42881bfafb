/**
 * `hey -o csv` (one row per successful request) and the report hey would have printed for those
 * requests: its histogram and percentiles computed exactly as hey's report.go does (hey's own
 * rules, not d3's quantile, so the numbers match what hey prints).
 */
import { fsum, max, mean, min } from 'd3-array';
import { HeyParseError } from './hey-messages.ts';
import type { HeyBucket, HeyDetail, HeyPercentile, HeyReport } from './hey-report.ts';
import { heyBucketMarks } from './hey-buckets.ts';

export { heyBucketMarks } from './hey-buckets.ts';

/** One row of `hey -o csv`: one successful request. Times in seconds. */
export interface HeyCsvRow {
  responseTime: number;
  dnsDialup: number;
  dns: number;
  requestWrite: number;
  responseDelay: number;
  responseRead: number;
  statusCode: number;
  /** Seconds since the run started (hey ≥ 0.1.1). */
  offset: number;
}

export const heyCsvHeader = 'response-time,DNS+dialup,DNS,Request-write,Response-delay,Response-read,status-code,offset';

export function isHeyCsv(text: string): boolean {
  return text.trimStart().startsWith('response-time');
}

export function parseHeyCsv(text: string): HeyCsvRow[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  // hey of September 2018 began its CSV with an empty line.
  const headerIndex = Math.max(0, lines.findIndex((line) => line.trim() !== ''));
  const header = lines[headerIndex]?.trim() ?? '';
  if (header !== heyCsvHeader) throw new HeyParseError({ line: headerIndex + 1, code: 'csvHeader', values: { header: heyCsvHeader }, got: header });
  const rows: HeyCsvRow[] = [];
  for (let index = headerIndex + 1; index < lines.length; index++) {
    const raw = lines[index]!;
    const lineNumber = index + 1;
    if (raw.trim() === '') continue;
    const cells = raw.split(',').map((cell) => cell.trim());
    if (cells.length !== 8) throw new HeyParseError({ line: lineNumber, code: 'csvCells', got: raw });
    const values = cells.map((cell) => (cell === '' ? Number.NaN : Number(cell)));
    const bad = values.findIndex((value, i) => !Number.isFinite(value) || value < 0 || (i === 6 && !Number.isInteger(value)));
    if (bad >= 0) {
      const column = heyCsvHeader.split(',')[bad]!;
      throw new HeyParseError({ line: lineNumber, code: bad === 6 ? 'csvWhole' : 'csvNumber', values: { column }, got: cells[bad]! });
    }
    const [responseTime, dnsDialup, dns, requestWrite, responseDelay, responseRead, statusCode, offset] = values as [
      number, number, number, number, number, number, number, number,
    ];
    rows.push({ responseTime, dnsDialup, dns, requestWrite, responseDelay, responseRead, statusCode, offset });
  }
  if (rows.length === 0) throw new HeyParseError({ line: headerIndex + 2, code: 'csvRows', got: '' });
  return rows;
}

/**
 * hey's histogram over latencies (report.go): 11 buckets, marks at fastest + i·(slowest − fastest)/10
 * with the last at slowest; each latency goes to the first bucket whose mark is at least it.
 */
export function heyHistogram(latencies: readonly number[]): HeyBucket[] {
  if (latencies.length === 0) return [];
  const sorted = [...latencies].sort((a, b) => a - b);
  const fastest = sorted[0]!;
  const slowest = sorted[sorted.length - 1]!;
  const marks = heyBucketMarks(fastest, slowest);
  const counts = marks.map(() => 0);
  let bucket = 0;
  for (const latency of sorted) {
    while (bucket < marks.length - 1 && latency > marks[bucket]!) bucket++;
    counts[bucket]!++;
  }
  return marks.map((mark, i) => ({ mark, count: counts[i]! }));
}


/**
 * hey's percentiles (report.go): walking the sorted latencies once, index i (with i·100/n in
 * integer division) fills the next percentile it reaches, one percentile per index; a percentile
 * left unfilled prints as "0% in 0.0000 secs".
 */
export function heyLatencyDistribution(latencies: readonly number[]): HeyPercentile[] {
  const sorted = [...latencies].sort((a, b) => a - b);
  const percents = [10, 25, 50, 75, 90, 95, 99];
  const filled: (number | undefined)[] = percents.map(() => undefined);
  for (let i = 0, next = 0; i < sorted.length && next < percents.length; i++) {
    if (Math.floor((i * 100) / sorted.length) >= percents[next]!) filled[next++] = sorted[i];
  }
  return percents.map((percent, i) => {
    const seconds = filled[i];
    return seconds === undefined || seconds <= 0 ? { percent: 0, seconds: 0 } : { percent, seconds };
  });
}

const round4 = (value: number) => Math.round(value * 1e4) / 1e4;
const round3 = (value: number) => Math.round(value * 1e3) / 1e3;

/**
 * The report hey would have printed for the requests of a CSV, as far as the CSV allows:
 * the run's total is taken as the end of its last request, and figures are rounded as hey prints them.
 */
export function reportFromCsv(rows: readonly HeyCsvRow[]): HeyReport {
  const latencies = rows.map((row) => row.responseTime);
  const total = max(rows, (row) => row.offset + row.responseTime)!;
  const sum = fsum(latencies);
  const statusCounts = new Map<number, number>();
  for (const row of rows) statusCounts.set(row.statusCode, (statusCounts.get(row.statusCode) ?? 0) + 1);
  const detail = (pick: (row: HeyCsvRow) => number): HeyDetail => {
    const values = rows.map(pick);
    return {
      averageSeconds: round4(mean(values)!),
      fastestSeconds: round4(min(values)!),
      slowestSeconds: round4(max(values)!),
    };
  };
  return {
    summary: {
      totalSeconds: round4(total),
      slowestSeconds: round4(max(latencies)!),
      fastestSeconds: round4(min(latencies)!),
      averageSeconds: round4(sum / rows.length),
      requestsPerSecond: round4(rows.length / total),
    },
    histogram: heyHistogram(latencies).map(({ mark, count }) => ({ mark: round3(mark), count })),
    latencyDistribution: heyLatencyDistribution(latencies).map(({ percent, seconds }) => ({ percent, seconds: round4(seconds) })),
    details: {
      dnsDialup: detail((row) => row.dnsDialup),
      dnsLookup: detail((row) => row.dns),
      requestWrite: detail((row) => row.requestWrite),
      responseWait: detail((row) => row.responseDelay),
      responseRead: detail((row) => row.responseRead),
    },
    statusCodes: [...statusCounts].sort(([a], [b]) => a - b).map(([code, responses]) => ({ code, responses })),
  };
}

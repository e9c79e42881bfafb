/**
 * Parsers for the output of `hey` (github.com/rakyll/hey): its text report, whole or in part,
 * and its `-o csv` output. The formats follow hey's `requester/print.go` and `report.go`.
 */

export interface HeySummary {
  totalSeconds: number;
  slowestSeconds: number;
  fastestSeconds: number;
  averageSeconds: number;
  requestsPerSecond: number;
  /** Present only when the responses had a body (hey prints these two lines only then). */
  totalDataBytes?: number;
  sizePerRequestBytes?: number;
}

/** One line of hey's histogram: the bucket's upper edge in seconds and its count. */
export interface HeyBucket {
  mark: number;
  count: number;
}

export interface HeyPercentile {
  percent: number;
  seconds: number;
}

/** One row of "Details (average, fastest, slowest)". */
export interface HeyDetail {
  averageSeconds: number;
  fastestSeconds: number;
  slowestSeconds: number;
}

export interface HeyDetails {
  dnsDialup: HeyDetail;
  dnsLookup: HeyDetail;
  requestWrite: HeyDetail;
  responseWait: HeyDetail;
  responseRead: HeyDetail;
}

export interface HeyStatusCount {
  code: number;
  responses: number;
}

export interface HeyErrorCount {
  count: number;
  message: string;
}

/** What a hey text report holds: each section only if the text had it. */
export interface HeyReport {
  summary?: HeySummary;
  histogram?: HeyBucket[];
  latencyDistribution?: HeyPercentile[];
  details?: HeyDetails;
  statusCodes?: HeyStatusCount[];
  errors?: HeyErrorCount[];
}

export class HeyParseError extends Error {
  override name = 'HeyParseError';
  readonly line: number;
  readonly expected: string;
  readonly got: string;
  constructor(line: number, expected: string, got: string) {
    super(`line ${line}: expected ${expected}, got ${got.trim() === '' ? 'nothing' : `"${got.trim()}"`}`);
    this.line = line;
    this.expected = expected;
    this.got = got;
  }
}

type SectionName = 'summary' | 'histogram' | 'latency' | 'details' | 'status' | 'errors';

const sectionHeaders: [RegExp, SectionName][] = [
  [/^Summary:$/, 'summary'],
  [/^Response time histogram:$/, 'histogram'],
  [/^Latency distribution:$/, 'latency'],
  [/^Details \(average, fastest, slowest\):$/, 'details'],
  [/^Status code distribution:$/, 'status'],
  [/^Error distribution:$/, 'errors'],
];
const sectionList = 'a section header (Summary:, Response time histogram:, Latency distribution:, Details (average, fastest, slowest):, Status code distribution: or Error distribution:)';

const number = String.raw`(\d+(?:\.\d+)?)`;
const seconds = String.raw`${number} secs`;

const summaryLines: { key: keyof HeySummary; label: string; pattern: RegExp; example: string }[] = [
  { key: 'totalSeconds', label: 'Total', pattern: new RegExp(`^Total:\\s+${seconds}$`), example: 'Total:\t13.4614 secs' },
  { key: 'slowestSeconds', label: 'Slowest', pattern: new RegExp(`^Slowest:\\s+${seconds}$`), example: 'Slowest:\t13.0460 secs' },
  { key: 'fastestSeconds', label: 'Fastest', pattern: new RegExp(`^Fastest:\\s+${seconds}$`), example: 'Fastest:\t0.0194 secs' },
  { key: 'averageSeconds', label: 'Average', pattern: new RegExp(`^Average:\\s+${seconds}$`), example: 'Average:\t1.2528 secs' },
  { key: 'requestsPerSecond', label: 'Requests/sec', pattern: new RegExp(`^Requests/sec:\\s+${number}$`), example: 'Requests/sec:\t37.1433' },
  { key: 'totalDataBytes', label: 'Total data', pattern: /^Total data:\s+(\d+) bytes$/, example: 'Total data:\t2500 bytes' },
  { key: 'sizePerRequestBytes', label: 'Size/request', pattern: /^Size\/request:\s+(\d+) bytes$/, example: 'Size/request:\t5 bytes' },
];
const requiredSummaryKeys: (keyof HeySummary)[] = ['totalSeconds', 'slowestSeconds', 'fastestSeconds', 'averageSeconds', 'requestsPerSecond'];

const detailRows: { key: keyof HeyDetails; label: string }[] = [
  { key: 'dnsDialup', label: 'DNS+dialup' },
  { key: 'dnsLookup', label: 'DNS-lookup' },
  { key: 'requestWrite', label: 'req write' },
  { key: 'responseWait', label: 'resp wait' },
  { key: 'responseRead', label: 'resp read' },
];

const histogramLine = /^(\d+\.\d+) \[(\d+)\]\s*\|(\S*)$/;
const latencyLine = /^(\d+)% in (\d+\.\d+) secs$/;
const detailLine = new RegExp(`^(DNS\\+dialup|DNS-lookup|req write|resp wait|resp read):\\s+${seconds}, ${seconds}, ${seconds}$`);
const statusLine = /^\[(\d{3})\]\s+(\d+) responses$/;
const errorLine = /^\[(\d+)\]\s+(.+)$/;

/**
 * Parses hey's text report: the whole of it, or only the sections a person pasted.
 * Every line must belong to a section; anything else is an error naming the line.
 */
export function parseHeyText(text: string): HeyReport {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const report: HeyReport = {};
  const summary: Partial<HeySummary> = {};
  let summaryStart = 0;
  let section: SectionName | undefined;
  const seen = new Set<SectionName>();

  const finishSummary = () => {
    if (section !== 'summary') return;
    const missing = requiredSummaryKeys.filter((key) => summary[key] === undefined);
    if (missing.length) {
      const labels = missing.map((key) => summaryLines.find((l) => l.key === key)!.label);
      throw new HeyParseError(summaryStart, `a Summary with ${labels.join(', ')}`, 'a Summary without them');
    }
    report.summary = summary as HeySummary;
  };

  lines.forEach((raw, index) => {
    const lineNumber = index + 1;
    const line = raw.trim();
    if (line === '') return;
    const header = sectionHeaders.find(([pattern]) => pattern.test(line));
    if (header) {
      finishSummary();
      const name = header[1];
      if (seen.has(name)) throw new HeyParseError(lineNumber, `each section once`, `a second "${line}"`);
      seen.add(name);
      section = name;
      if (name === 'summary') summaryStart = lineNumber;
      return;
    }
    switch (section) {
      case undefined:
        throw new HeyParseError(lineNumber, sectionList, raw);
      case 'summary': {
        const known = summaryLines.find(({ label }) => line.startsWith(`${label}:`));
        if (!known) throw new HeyParseError(lineNumber, 'a Summary line (Total, Slowest, Fastest, Average, Requests/sec, Total data or Size/request)', raw);
        const match = known.pattern.exec(line);
        if (!match) throw new HeyParseError(lineNumber, `a line like "${known.example}"`, raw);
        summary[known.key] = Number(match[1]);
        return;
      }
      case 'histogram': {
        const match = histogramLine.exec(line);
        if (!match) throw new HeyParseError(lineNumber, 'a histogram line like "1.322 [448]\t|■■■■"', raw);
        const bucket = { mark: Number(match[1]), count: Number(match[2]) };
        const buckets = (report.histogram ??= []);
        const previous = buckets.at(-1);
        if (previous && bucket.mark < previous.mark) {
          throw new HeyParseError(lineNumber, `a bucket mark of at least ${previous.mark} (marks rise)`, raw);
        }
        buckets.push(bucket);
        return;
      }
      case 'latency': {
        const match = latencyLine.exec(line);
        if (!match) throw new HeyParseError(lineNumber, 'a percentile line like "50% in 0.0513 secs"', raw);
        const percent = Number(match[1]);
        if (percent > 100) throw new HeyParseError(lineNumber, 'a percentage from 0 to 100', raw);
        (report.latencyDistribution ??= []).push({ percent, seconds: Number(match[2]) });
        return;
      }
      case 'details': {
        const match = detailLine.exec(line);
        if (!match) throw new HeyParseError(lineNumber, 'a details line like "resp wait:\t0.0950 secs, 0.0200 secs, 0.5400 secs"', raw);
        const row = detailRows.find(({ label }) => label === match[1])!;
        const details = (report.details ??= {} as HeyDetails);
        details[row.key] = { averageSeconds: Number(match[2]), fastestSeconds: Number(match[3]), slowestSeconds: Number(match[4]) };
        return;
      }
      case 'status': {
        const match = statusLine.exec(line);
        if (!match) throw new HeyParseError(lineNumber, 'a status line like "[200]\t500 responses"', raw);
        (report.statusCodes ??= []).push({ code: Number(match[1]), responses: Number(match[2]) });
        return;
      }
      case 'errors': {
        const match = errorLine.exec(line);
        if (!match) throw new HeyParseError(lineNumber, 'an error line like "[3]\tGet http://…: context deadline exceeded"', raw);
        (report.errors ??= []).push({ count: Number(match[1]), message: match[2]! });
        return;
      }
    }
  });
  finishSummary();

  if (report.details) {
    const missing = detailRows.filter(({ key }) => !report.details![key]).map(({ label }) => label);
    if (missing.length) {
      const line = lines.findIndex((l) => sectionHeaders[3]![0].test(l.trim())) + 1;
      throw new HeyParseError(line, `Details with all five rows (missing ${missing.join(', ')})`, 'an incomplete Details section');
    }
  }
  if (Object.keys(report).length === 0) {
    throw new HeyParseError(1, `hey's text report: ${sectionList}`, lines.find((l) => l.trim()) ?? '');
  }
  return report;
}

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
  return text.trimStart().startsWith('response-time,');
}

export function parseHeyCsv(text: string): HeyCsvRow[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const header = lines[0]?.trim() ?? '';
  if (header !== heyCsvHeader) throw new HeyParseError(1, `the hey CSV header "${heyCsvHeader}"`, header);
  const rows: HeyCsvRow[] = [];
  lines.slice(1).forEach((raw, index) => {
    const lineNumber = index + 2;
    if (raw.trim() === '') return;
    const cells = raw.split(',').map((cell) => cell.trim());
    if (cells.length !== 8) throw new HeyParseError(lineNumber, '8 comma-separated values', `${cells.length}: "${raw.trim()}"`);
    const values = cells.map((cell) => (cell === '' ? Number.NaN : Number(cell)));
    const bad = values.findIndex((value, i) => !Number.isFinite(value) || value < 0 || (i === 6 && !Number.isInteger(value)));
    if (bad >= 0) {
      const column = heyCsvHeader.split(',')[bad];
      throw new HeyParseError(lineNumber, `a ${bad === 6 ? 'whole number' : 'number of seconds'} in column ${column}`, cells[bad]!);
    }
    const [responseTime, dnsDialup, dns, requestWrite, responseDelay, responseRead, statusCode, offset] = values as [
      number, number, number, number, number, number, number, number,
    ];
    rows.push({ responseTime, dnsDialup, dns, requestWrite, responseDelay, responseRead, statusCode, offset });
  });
  if (rows.length === 0) throw new HeyParseError(2, 'at least one request row', '');
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

export function heyBucketMarks(fastest: number, slowest: number): number[] {
  const width = (slowest - fastest) / 10;
  return Array.from({ length: 11 }, (_, i) => (i === 10 ? slowest : fastest + width * i));
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

const minimum = (values: readonly number[]) => values.reduce((a, b) => (b < a ? b : a), Infinity);
const maximum = (values: readonly number[]) => values.reduce((a, b) => (b > a ? b : a), -Infinity);

const round4 = (value: number) => Math.round(value * 1e4) / 1e4;
const round3 = (value: number) => Math.round(value * 1e3) / 1e3;

/**
 * The report hey would have printed for the requests of a CSV, as far as the CSV allows:
 * the run's total is taken as the end of its last request, and figures are rounded as hey prints them.
 */
export function reportFromCsv(rows: readonly HeyCsvRow[]): HeyReport {
  const latencies = rows.map((row) => row.responseTime);
  // Loops rather than Math.max(...): a long run has more rows than a call takes arguments.
  const total = maximum(rows.map((row) => row.offset + row.responseTime));
  const sum = latencies.reduce((a, b) => a + b, 0);
  const statusCounts = new Map<number, number>();
  for (const row of rows) statusCounts.set(row.statusCode, (statusCounts.get(row.statusCode) ?? 0) + 1);
  const detail = (pick: (row: HeyCsvRow) => number): HeyDetail => {
    const values = rows.map(pick);
    return {
      averageSeconds: round4(values.reduce((a, b) => a + b, 0) / values.length),
      fastestSeconds: round4(minimum(values)),
      slowestSeconds: round4(maximum(values)),
    };
  };
  return {
    summary: {
      totalSeconds: round4(total),
      slowestSeconds: round4(maximum(latencies)),
      fastestSeconds: round4(minimum(latencies)),
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

/** The number of requests a report accounts for: its histogram's counts, which hey takes from every response. */
export function requestCount(report: HeyReport): number | undefined {
  return report.histogram?.reduce((sum, bucket) => sum + bucket.count, 0);
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

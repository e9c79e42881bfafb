/**
 * Parsers for the output of `hey` (github.com/rakyll/hey): its text report, whole or in part,
 * and its `-o csv` output. The formats follow hey's `requester/print.go` and `report.go`.
 */
import { HeyParseError, type HeyBucket, type HeyDetails, type HeyReport, type HeySummary } from './hey-report.ts';

export * from './hey-report.ts';
export * from './hey-csv.ts';

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

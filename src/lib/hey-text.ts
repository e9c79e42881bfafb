/**
 * hey's text report, as hey has printed it since 2016 and as people paste it: the whole report or
 * the sections they kept, in either layout (before August 2017: `Detailed Report:` blocks, `∎`
 * bars, status codes before the histogram; since: `Details (average, fastest, slowest):`, `■`),
 * and with what chat, issue trackers and code do to it (quote and comment marks, blank lines between lines, lost
 * indentation, tabs as spaces, lowercase headings, Windows line ends, `%%` from a printf).
 *
 * What is not hey's (a shell prompt, the command, prose) is left out with a note naming the line;
 * a line that looks like a section's data but cannot be read is an error naming the line. Nothing
 * is guessed: a run that cannot add up is told as such, never drawn as if it did.
 */
import { HeyParseError, type HeyMessageCode, type HeyProblem } from './hey-messages.ts';
import { cleaned, cutLine, sectionNames, sectionsToRead, type SectionName } from './hey-sections.ts';
import { reportLimits, requestCount, type HeyDetail, type HeyDetails, type HeyReport, type HeySummary } from './hey-report.ts';

// Times as hey prints them (%4.4f), NaN when nothing succeeded; old releases end "secs." with a dot.
const time = String.raw`(-?\d+(?:\.\d+)?|NaN)\s*secs?\.?`;

const summaryLines: { key: keyof HeySummary; label: string; prefix: RegExp; pattern: RegExp; example: string }[] = [
  { key: 'totalSeconds', label: 'Total', prefix: /^total:/i, pattern: new RegExp(`^Total:\\s*${time}$`, 'i'), example: 'Total: 13.4614 secs' },
  { key: 'slowestSeconds', label: 'Slowest', prefix: /^slowest:/i, pattern: new RegExp(`^Slowest:\\s*${time}$`, 'i'), example: 'Slowest: 13.0460 secs' },
  { key: 'fastestSeconds', label: 'Fastest', prefix: /^fastest:/i, pattern: new RegExp(`^Fastest:\\s*${time}$`, 'i'), example: 'Fastest: 0.0194 secs' },
  { key: 'averageSeconds', label: 'Average', prefix: /^average:/i, pattern: new RegExp(`^Average:\\s*${time}$`, 'i'), example: 'Average: 1.2528 secs' },
  // Anything after the number (an arrow, a remark) is a reader's, not hey's: left out with a note.
  { key: 'requestsPerSecond', label: 'Requests/sec', prefix: /^requests\/sec:/i, pattern: /^Requests\/sec:\s*(-?\d+(?:\.\d+)?|NaN)(?:\s+(.*))?$/i, example: 'Requests/sec: 37.1433' },
  { key: 'totalDataBytes', label: 'Total data', prefix: /^total data:/i, pattern: /^Total data:\s*(\d+) bytes\.?$/i, example: 'Total data: 2500 bytes' },
  { key: 'sizePerRequestBytes', label: 'Size/request', prefix: /^size\/request:/i, pattern: /^Size\/request:\s*(\d+) bytes\.?$/i, example: 'Size/request: 5 bytes' },
  // boom, before 2016-03 (with its 2014 spellings).
  { key: 'totalDataBytes', label: 'Total Data Received', prefix: /^total data (received|recieved|transferred):/i, pattern: /^Total Data (?:Received|Recieved|Transferred):\s*(\d+) bytes\.?$/i, example: 'Total Data Received: 2500 bytes.' },
  { key: 'sizePerRequestBytes', label: 'Response Size per Request', prefix: /^response size per request:/i, pattern: /^Response Size per Request:\s*(\d+) bytes\.?$/i, example: 'Response Size per Request: 5 bytes.' },
];
const requiredSummaryKeys: (keyof HeySummary)[] = ['totalSeconds', 'slowestSeconds', 'fastestSeconds', 'averageSeconds', 'requestsPerSecond'];

// The five rows of Details, by their current names and by the old Detailed Report's.
const detailRows: { key: keyof HeyDetails; label: string; names: string[] }[] = [
  { key: 'dnsDialup', label: 'DNS+dialup', names: ['dns+dialup'] },
  { key: 'dnsLookup', label: 'DNS-lookup', names: ['dns-lookup'] },
  { key: 'requestWrite', label: 'req write', names: ['req write', 'request write'] },
  { key: 'responseWait', label: 'resp wait', names: ['resp wait', 'response wait'] },
  { key: 'responseRead', label: 'resp read', names: ['resp read', 'response read'] },
];
const detailRowOf = (name: string) => detailRows.find((row) => row.names.includes(name.toLowerCase()));

const histogramLine = /^(-?\d+\.\d+)\s*\[(\d+)\]\s*(?:\|\S*)?$/;
const latencyLine = new RegExp(`^(\\d+)%%? in ${time}$`, 'i');
const detailLine = new RegExp(`^([\\w+ -]+):\\s*${time},\\s*${time},\\s*${time}$`);
const oldDetailHeading = /^([\w+ -]+):$/;
const oldDetailValue = new RegExp(`^(Average|Fastest|Slowest):\\s*${time}$`, 'i');
const statusLine = /^\[(\d{3})\]\s+(\d+)\s+responses?$/i;
const errorLine = /^\[(\d+)\]\s+(.+)$/;
export interface HeyTextReading {
  report: HeyReport;
  notes: HeyProblem[];
}

/** A number as hey printed it: NaN where hey prints it (nothing succeeded), never a negative one. */
function printed(value: string, lineNumber: number, raw: string): number {
  const parsed = value === 'NaN' ? Number.NaN : Number(value);
  if (parsed < 0) throw new HeyParseError({ line: lineNumber, code: 'negative', got: raw });
  return parsed;
}

/** What has been read so far, section by section, for the checks across sections at the end. */
interface Reading {
  report: HeyReport;
  notes: HeyProblem[];
  /** The line each section's heading is on. */
  started: Map<SectionName, number>;
  summary: Partial<Record<keyof HeySummary, number>>;
  details: Partial<HeyDetails>;
  /** The row of an old Detailed Report being read: its heading and then its three values come on lines of their own. */
  oldDetail?: { key: keyof HeyDetails; values: Partial<HeyDetail> };
  /** The first NaN of the Summary: nothing succeeded. */
  nanAt?: number;
}

/** Something the reader must be told about a line that was read anyway. */
const noteOn = (reading: Reading, line: number, code: HeyMessageCode, values?: HeyProblem['values'], got?: string) => void reading.notes.push({ line, code, values, got });

/** A line of a section that cannot be read as that section's: the text is turned away. */
function fail(line: number, code: HeyMessageCode, got: string, values?: HeyProblem['values']): never {
  throw new HeyParseError({ line, code, values, got });
}

/** The text as a report and what the reader must be told about it; an error for what cannot be read. */
export function readHeyText(text: string): HeyTextReading {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const reading: Reading = { report: {}, notes: [], started: new Map(), summary: {}, details: {} };
  const note = (line: number, code: HeyMessageCode, values?: HeyProblem['values'], got?: string) => noteOn(reading, line, code, values, got);

  const { chosen, leftOut } = sectionsToRead(lines, note);
  for (const block of leftOut) {
    note(block.from, 'leftOut', { to: String(block.to), sections: block.sections.map((s) => sectionNames[s.name]).join(', ') });
  }
  for (const { name, header, body } of chosen) {
    reading.started.set(name, header);
    reading.oldDetail = undefined;
    for (const lineNumber of body) readLine(reading, name, lineNumber, lines[lineNumber - 1]!);
  }

  finish(reading);
  const { report, notes } = reading;
  if (Object.keys(report).length === 0) {
    // Nothing of hey's was read: name the first line that was not, or the first line of all.
    const first = notes.find((n) => n.code === 'skipped')?.line ?? Math.max(1, lines.findIndex((l) => l.trim() !== '') + 1);
    throw new HeyParseError({ line: first, code: 'noReport', got: lines[first - 1] ?? '' });
  }
  // hey's own order, so a run written out as JSON reads like the report.
  const order: (keyof HeyReport)[] = ['summary', 'histogram', 'latencyDistribution', 'details', 'statusCodes', 'errors'];
  const ordered = Object.fromEntries(order.filter((key) => report[key] !== undefined).map((key) => [key, report[key]])) as HeyReport;
  return { report: ordered, notes: notes.sort((a, b) => a.line - b.line) };
}

function readLine(reading: Reading, section: SectionName, lineNumber: number, raw: string) {
  const text = cleaned(raw);
  if (cutLine.test(text)) noteOn(reading, lineNumber, 'cut', undefined, raw);
  else lineReaders[section](reading, { number: lineNumber, text, raw });
}

/** One line of a section: where it is, its text as read (marks of quoting gone) and as it was. */
interface SectionLine {
  number: number;
  text: string;
  raw: string;
}

const lineReaders: Record<SectionName, (reading: Reading, line: SectionLine) => void> = {
  summary: readSummaryLine,
  histogram: readHistogramLine,
  latency: readLatencyLine,
  details: readDetailsLine,
  trace: () => {},
  status: readStatusLine,
  errors: readErrorLine,
};

function readSummaryLine(reading: Reading, { number, text, raw }: SectionLine) {
  const known = summaryLines.find(({ prefix }) => prefix.test(text)) ?? fail(number, 'summaryLine', raw);
  const match = known.pattern.exec(text) ?? fail(number, 'summaryValue', raw, { example: known.example });
  if (match[2]) noteOn(reading, number, 'trailing', { text: match[2] }, raw);
  const value = printed(match[1]!, number, raw);
  if (Number.isNaN(value)) reading.nanAt ??= number;
  reading.summary[known.key] = value;
}

function readHistogramLine({ report }: Reading, { number, text, raw }: SectionLine) {
  const match = histogramLine.exec(text) ?? fail(number, 'histogramLine', raw);
  const bucket = { mark: printed(match[1]!, number, raw), count: Number(match[2]) };
  const buckets = (report.histogram ??= []);
  const previous = buckets.at(-1);
  if (previous && bucket.mark < previous.mark) fail(number, 'marksRise', raw, { previous: String(previous.mark) });
  if (buckets.length === reportLimits.buckets) fail(number, 'tooManyBuckets', raw, { max: reportLimits.buckets });
  buckets.push(bucket);
}

function readLatencyLine({ report }: Reading, { number, text, raw }: SectionLine) {
  const match = latencyLine.exec(text) ?? fail(number, 'latencyLine', raw);
  const percent = Number(match[1]);
  if (percent > 100) fail(number, 'percent', raw);
  const value = printed(match[2]!, number, raw);
  if (!Number.isNaN(value)) (report.latencyDistribution ??= []).push({ percent, seconds: value });
}

/** A row of Details on one line, or an old Detailed Report's row: its heading, then a value a line. */
function readDetailsLine(reading: Reading, { number, text, raw }: SectionLine) {
  const row = detailLine.exec(text);
  if (row) {
    const target = detailRowOf(row[1]!.trim()) ?? fail(number, 'detailsLine', raw);
    const [average, fastest, slowest] = [row[2]!, row[3]!, row[4]!].map((value) => printed(value, number, raw)) as [number, number, number];
    reading.details[target.key] = { averageSeconds: average, fastestSeconds: fastest, slowestSeconds: slowest };
    return;
  }
  const heading = oldDetailHeading.exec(text);
  const headed = heading && detailRowOf(heading[1]!.trim());
  if (headed) {
    reading.oldDetail = { key: headed.key, values: {} };
    return;
  }
  const value = oldDetailValue.exec(text);
  const { oldDetail } = reading;
  if (!value || !oldDetail) fail(number, 'detailsLine', raw);
  const key = `${value[1]!.toLowerCase()}Seconds` as keyof HeyDetail;
  oldDetail.values[key] = printed(value[2]!, number, raw);
  const { averageSeconds, fastestSeconds, slowestSeconds } = oldDetail.values;
  if (averageSeconds !== undefined && fastestSeconds !== undefined && slowestSeconds !== undefined) {
    reading.details[oldDetail.key] = { averageSeconds, fastestSeconds, slowestSeconds };
  }
}

function readStatusLine({ report }: Reading, { number, text, raw }: SectionLine) {
  const match = statusLine.exec(text) ?? fail(number, 'statusLine', raw);
  if (report.statusCodes?.length === reportLimits.statusCodes) fail(number, 'tooManyStatuses', raw, { max: reportLimits.statusCodes });
  (report.statusCodes ??= []).push({ code: Number(match[1]), responses: Number(match[2]) });
}

function readErrorLine({ report }: Reading, { number, text, raw }: SectionLine) {
  const match = errorLine.exec(text) ?? fail(number, 'errorLine', raw);
  if (report.errors?.length === reportLimits.errors) fail(number, 'tooManyErrors', raw, { max: reportLimits.errors });
  (report.errors ??= []).push({ count: Number(match[1]), message: match[2]! });
}

/** Checks across sections, once every line is read. */
function finish(reading: Reading) {
  const { report, summary, details, started, nanAt } = reading;
  const note = (line: number, code: HeyMessageCode, values?: HeyProblem['values']) => noteOn(reading, line, code, values);
  const requests = requestCount(report) ?? 0;
  const summaryLine = started.get('summary');
  if (summaryLine !== undefined) {
    const missing = requiredSummaryKeys.filter((key) => summary[key] === undefined);
    const missingLabels = missing.map((key) => summaryLines.find((l) => l.key === key)!.label).join(', ');
    if (missing.length === requiredSummaryKeys.length && summary.totalDataBytes === undefined) {
      throw new HeyParseError({ line: summaryLine, code: 'summaryMissing', values: { missing: missingLabels }, got: 'Summary:' });
    }
    if (missing.length) note(summaryLine, 'summaryIncomplete', { missing: missingLabels });
    if (nanAt !== undefined && requests > 0) throw new HeyParseError({ line: nanAt, code: 'nanWithRequests', values: { requests }, got: 'NaN' });
    // NaN (nothing succeeded) is left out: the run has no average, and JSON has no NaN.
    report.summary = Object.fromEntries(Object.entries(summary).filter(([, value]) => !Number.isNaN(value))) as unknown as HeySummary;
  }
  if (started.has('trace') && !report.details) note(started.get('trace')!, 'traceAverages');
  const detailsLine = started.get('details');
  if (detailsLine !== undefined) {
    const present = detailRows.filter(({ key }) => details[key]);
    // hey prints Details of nothing as NaN averages over zero requests: there is nothing to keep.
    const nothingSucceeded = nanAt !== undefined || present.some(({ key }) => Number.isNaN(details[key]!.averageSeconds));
    if (!nothingSucceeded) {
      if (present.length < detailRows.length) {
        const missing = detailRows.filter(({ key }) => !details[key]).map(({ label }) => label).join(', ');
        throw new HeyParseError({ line: detailsLine, code: 'detailsMissing', values: { missing }, got: 'Details' });
      }
      report.details = details as HeyDetails;
    }
  }
  if (report.histogram && requests === 0) delete report.histogram;
  if (nanAt !== undefined || (started.has('histogram') && !report.histogram)) note(nanAt ?? started.get('histogram')!, 'noSuccess');
  if (report.histogram && report.histogram.length !== 11) note(started.get('histogram')!, 'shortHistogram', { n: report.histogram.length });
  const statusTotal = report.statusCodes?.reduce((sum, status) => sum + status.responses, 0);
  if (report.histogram && statusTotal !== undefined && statusTotal !== requests) {
    note(started.get('status')!, 'countsDisagree', { status: statusTotal, histogram: requests });
  }
}

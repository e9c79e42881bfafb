/**
 * What the hey parsers say about a text they read, in English: the reason they turn a text away
 * (an error) and what they accepted but a reader must know (a note). The CLI prints these; the
 * import page prints the same messages from its edition's dictionary (same keys, src/i18n/).
 */
import { fill } from '../i18n/format.ts';

export const heyMessages = {
  line: 'line {line}',
  got: ', got "{got}"',
  gotNothing: ', got nothing',
  // Errors: the text is turned away.
  noReport: "expected hey's text report (a header such as Summary:, Response time histogram: or Error distribution:) or hey -o csv output",
  summaryLine: 'expected a Summary line (Total, Slowest, Fastest, Average, Requests/sec, Total data or Size/request)',
  summaryValue: 'expected a line like "{example}"',
  summaryMissing: 'expected a Summary with {missing}',
  histogramLine: 'expected a histogram line like "1.322 [448] |■■■■"',
  marksRise: 'expected a bucket mark of at least {previous} (marks rise)',
  latencyLine: 'expected a percentile line like "50% in 0.0513 secs"',
  percent: 'expected a percentage from 0 to 100',
  detailsLine: 'expected a details line like "resp wait: 0.0950 secs, 0.0200 secs, 0.5400 secs"',
  detailsMissing: 'expected Details with all five rows (missing {missing})',
  statusLine: 'expected a status line like "[200] 500 responses"',
  errorLine: 'expected an error line like "[3] Get http://…: context deadline exceeded"',
  tooManyBuckets: 'expected at most {max} histogram buckets (hey prints 11)',
  tooManyStatuses: 'expected at most {max} status codes',
  tooManyErrors: 'expected at most {max} error lines',
  negative: 'expected a time of 0 s or more (negative times come from a clock that jumped during the run)',
  nanWithRequests: 'expected a number of seconds (NaN means no request succeeded, yet the histogram counts {requests})',
  csvHeader: 'expected the hey CSV header "{header}"',
  csvCells: 'expected 8 comma-separated values',
  csvNumber: 'expected a number of seconds of 0 or more in column {column}',
  csvWhole: 'expected a whole number in column {column}',
  csvRows: 'expected at least one request row',
  // Notes: the text is read, and the reader is told what was left out or cannot add up.
  skipped: "not part of hey's report, left out",
  trailing: 'the text after the number ("{text}") is left out',
  traceAverages: "hey's HTTP Trace gives averages only, without fastest and slowest: left out",
  leftOut: 'this part, to line {to} ({sections}), repeats sections of the report read elsewhere in the text: left out',
  cut: 'the error list is cut short here: its counts cover only the lines given',
  shortHistogram: 'the histogram has {n} buckets where hey prints 11: drawn as given, but it cannot be replayed',
  countsDisagree: 'the status codes count {status} responses and the histogram {histogram}: hey counts the same responses in both',
  summaryIncomplete: 'the Summary lacks {missing}: the run is shown without them, and cannot be replayed',
  noSuccess: 'no request succeeded (hey printed NaN): there are no response times to draw',
};

export type HeyMessages = typeof heyMessages;
export type HeyMessageCode = Exclude<keyof HeyMessages, 'line' | 'got' | 'gotNothing'>;

/** Something a parser says about one line of the text it read. */
export interface HeyProblem {
  line: number;
  code: HeyMessageCode;
  values?: Record<string, string | number>;
  /** The line as it was, for the reader to find it. */
  got?: string;
}

/** One line: where, what, and the line itself (the line quoted as it was, without its surrounding space). */
export function describeHeyProblem(problem: HeyProblem, messages: HeyMessages = heyMessages): string {
  const got = problem.got === undefined ? '' : problem.got.trim() === '' ? messages.gotNothing : fill(messages.got, { got: problem.got.trim() });
  return `${fill(messages.line, { line: problem.line })}: ${fill(messages[problem.code], problem.values ?? {})}${got}`;
}

export class HeyParseError extends Error {
  override name = 'HeyParseError';
  readonly problem: HeyProblem;
  constructor(problem: HeyProblem) {
    super(describeHeyProblem(problem));
    this.problem = problem;
  }
  get line(): number {
    return this.problem.line;
  }
}

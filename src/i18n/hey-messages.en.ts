/**
 * What the hey parsers say about a text they read, in English (lib/hey-messages.ts gives the codes):
 * the reason they turn a text away (an error) and what they accepted but a reader must know (a
 * note). The CLI prints these; the import page's English edition too (importer.en.ts), and the
 * Japanese one the same codes in its own words (importer.ja.ts).
 */
import type { HeyMessages } from './format.ts';

export const heyMessagesEn: HeyMessages = {
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
  notReport: "not part of {tool}'s report, left out",
  unknownReport: 'expected a report of hey, oha, k6, vegeta, ab, wrk or wrk2',
  jsonField: 'expected {field} to be a JSON {expected}',
  tooManyPercentiles: 'expected at most {max} percentiles',
  uncorrected: "wrk2's uncorrected latency (--u_latency) from here is left out: what is drawn is the corrected one, timed from when the constant rate would have sent each request",
};

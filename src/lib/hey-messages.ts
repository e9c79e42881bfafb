/**
 * What the hey parsers can say about a text they read, as codes: the reason they turn a text away
 * (an error) and what they accepted but a reader must know (a note). The words are in src/i18n/
 * (hey-messages.en.ts, importer.ja.ts), one for every code; lib/ holds no words.
 */
export const heyMessageCodes = [
  'noReport',
  'summaryLine',
  'summaryValue',
  'summaryMissing',
  'histogramLine',
  'marksRise',
  'latencyLine',
  'percent',
  'detailsLine',
  'detailsMissing',
  'statusLine',
  'errorLine',
  'tooManyBuckets',
  'tooManyStatuses',
  'tooManyErrors',
  'negative',
  'nanWithRequests',
  'csvHeader',
  'csvCells',
  'csvNumber',
  'csvWhole',
  'csvRows',
  'skipped',
  'trailing',
  'traceAverages',
  'leftOut',
  'cut',
  'shortHistogram',
  'countsDisagree',
  'summaryIncomplete',
  'noSuccess',
  'notReport',
  'unknownReport',
  'jsonField',
  'uncorrected',
  'tooManyPercentiles',
] as const;
export type HeyMessageCode = (typeof heyMessageCodes)[number];

/** Something a parser says about one line of the text it read. */
export interface HeyProblem {
  line: number;
  code: HeyMessageCode;
  values?: Record<string, string | number>;
  /** The line as it was, for the reader to find it. */
  got?: string;
}

export class HeyParseError extends Error {
  override name = 'HeyParseError';
  readonly problem: HeyProblem;
  constructor(problem: HeyProblem) {
    // The words are the page's or the CLI's (src/i18n/format.ts describeHeyProblem); this is for logs.
    super(`line ${problem.line}: ${problem.code}`);
    this.problem = problem;
  }
  get line(): number {
    return this.problem.line;
  }
}

/** What a hey run reports, section by section (the parsers' errors and notes are in hey-messages.ts). */
/**
 * hey's Summary. hey prints every line but the two data lines; a pasted Summary may lack some
 * (cut by its author), and Average is absent where hey printed NaN (no request succeeded).
 */
export interface HeySummary {
  totalSeconds?: number;
  slowestSeconds?: number;
  fastestSeconds?: number;
  averageSeconds?: number;
  requestsPerSecond?: number;
  /** Present only when the responses had a body (hey prints these two lines only then). */
  totalDataBytes?: number;
  sizePerRequestBytes?: number;
  /** How many requests the run made, where a tool says so and gives no histogram to count (hey never does). */
  requests?: number;
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
  /** Other figures a load tester printed, kept as printed (load-report/reading.ts keep). */
  figures?: { label: string; value: string }[];
  /** The successful requests alone, where a tool times them apart (k6's `{ expected_response:true }`). */
  successful?: { averageSeconds?: number; fastestSeconds?: number; slowestSeconds?: number; latencyDistribution?: HeyPercentile[] };
}

/** The number of requests a report accounts for: its histogram's counts, which hey takes from every response. */
export function requestCount(report: HeyReport): number | undefined {
  return report.histogram?.reduce((sum, bucket) => sum + bucket.count, 0) ?? report.summary?.requests;
}

/**
 * The fastest and slowest request of a run: the Summary's, or where it was cut, the histogram's
 * first and last marks, which hey sets to exactly those two.
 */
export function fastestAndSlowest(report: HeyReport): { fastest: number; slowest: number } | undefined {
  const first = report.histogram?.[0]?.mark;
  const last = report.histogram?.at(-1)?.mark;
  const fastest = report.summary?.fastestSeconds ?? first;
  const slowest = report.summary?.slowestSeconds ?? last;
  return fastest === undefined || slowest === undefined ? undefined : { fastest, slowest };
}

/**
 * Bounds no real report comes near (hey's 11 buckets and 7 percentiles; wrk2's spectrum, under 100
 * percentiles; a few status codes and error lines; a few dozen figures as printed), so that a run
 * from a stranger's link or paste cannot make a page draw or list without end. The schema holds
 * links and data files to them; the readers, what is pasted.
 */
export const reportLimits = { buckets: 1_000, percentiles: 1_000, statusCodes: 500, errors: 10_000, errorCharacters: 10_000, figures: 100 };

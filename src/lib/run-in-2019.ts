/**
 * A reader's hey run as it would have gone in May 2019: the same workers (hey's -c, or the fewest
 * the record allows, as the replay takes them) sending the same requests one after another, through
 * the ENI model's old architecture, at the reader's memory and subnet and 2019's quota. Each warm
 * request takes the run's own average; a request that meets a new execution environment pays its
 * cold start and, on a new worker, the wait for its ENI; past a limit, the error API Gateway
 * returned (a 500). The report is the one hey would have printed for those requests.
 */
import { reportFromCsv, type HeyCsvRow } from './hey-csv.ts';
import type { HeyReport } from './hey-report.ts';
import { defaultParameters, errorKinds, simulate, type EniModelParameters, type ErrorKind, type LoadProfile } from './eni-model.ts';
import { modelledWorkers } from './eni-limits.ts';

export interface RunIn2019Input {
  requests: number;
  /** hey's -c. */
  workers: number;
  /** The recorded run's average request, the time each warm request takes in the model. */
  averageSeconds: number;
  memoryMb: number;
  subnetPrefixLength: number;
}

export interface RunIn2019 {
  report: HeyReport;
  /** Requests that waited for a new execution environment, and those of them that waited for an ENI too. */
  coldStarts: number;
  waitedForEni: number;
  errors: Record<ErrorKind, number>;
  /** ENIs (workers) the run held at its end. */
  enis: number;
  parameters: EniModelParameters;
}

/** API Gateway answered a request Lambda refused (throttled, or no ENI to be had) with a 500 (facts.md §3). */
const refusedStatus = 500;


export function runIn2019(input: RunIn2019Input, overrides: Partial<EniModelParameters> = {}): RunIn2019 {
  if (input.workers > modelledWorkers.max) throw new RangeError(`workers must be at most ${modelledWorkers.max}, got ${input.workers}`);
  const parameters: EniModelParameters = { ...defaultParameters, memoryMb: input.memoryMb, subnetPrefixLength: input.subnetPrefixLength, ...overrides };
  const profile: LoadProfile = {
    id: 'your-run',
    clientStarts: Array<number>(input.workers).fill(0),
    totalRequests: input.requests,
    // hey stops when its requests are sent: a bound far past any run, not a time limit.
    durationSeconds: 24 * 3600,
    functionSleepSeconds: Math.max(0, input.averageSeconds - parameters.overheadSeconds),
    errorBackoffSeconds: 0,
  };
  const run = simulate('before', profile, parameters, { recordInvocations: true });
  const rows: HeyCsvRow[] = run.invocations.map((invocation) => ({
    responseTime: invocation.end - invocation.start,
    offset: invocation.start,
    statusCode: invocation.outcome === 'served' ? 200 : refusedStatus,
    dnsDialup: 0,
    dns: 0,
    requestWrite: 0,
    responseDelay: 0,
    responseRead: 0,
  }));
  // Times hey could not have measured (its connections' phases) are left out rather than printed as zeros.
  const { details: _details, ...report } = reportFromCsv(rows);
  const coldStarts = run.invocations.filter((invocation) => invocation.coldStartSeconds !== undefined);
  return {
    report,
    coldStarts: coldStarts.length,
    // A cold start longer than one without ENI work waited for its worker's ENI.
    waitedForEni: coldStarts.filter((invocation) => invocation.coldStartSeconds! > parameters.coldStartSeconds + 1e-9).length,
    errors: Object.fromEntries(errorKinds.map((kind) => [kind, run.summary.errors[kind]])) as Record<ErrorKind, number>,
    enis: run.summary.enis,
    parameters,
  };
}

/** What one run of the ENI model records: samples over time, invocations, cold starts and a summary. */
import type { EniModelParameters, ErrorKind, NetworkModel } from './eni-model-parameters.ts';
import type { LoadProfile } from './load-profile.ts';

export interface ModelSample {
  t: number;
  /** Execution environments in existence, and those running or starting an invocation (concurrent executions). */
  environments: number;
  concurrent: number;
  /** Environments still starting (a cold start, waiting for an ENI in the old model). */
  starting: number;
  workers: number;
  enis: number;
  /** ENIs whose creation has finished. */
  enisReady: number;
  ipsInUse: number;
  coldStarts: number;
  served: number;
  errors: Record<ErrorKind, number>;
  /** Sum of the latencies of requests served so far (with served, the running average). */
  servedSeconds: number;
}

export interface Invocation {
  client: number;
  start: number;
  end: number;
  /** Served, or the one error it got. */
  outcome: 'served' | ErrorKind;
  /** Seconds the request waited for a new execution environment, when it caused a cold start. */
  coldStartSeconds?: number;
}

export interface ModelRun {
  model: NetworkModel;
  parameters: EniModelParameters;
  profile: LoadProfile;
  samples: ModelSample[];
  /** Every invocation, when asked for (SimulateOptions.recordInvocations). */
  invocations: Invocation[];
  /** Every cold start: when the request came and how long it waited for its environment. */
  coldStartEvents: { t: number; seconds: number }[];
  summary: {
    invocations: number;
    served: number;
    errors: Record<ErrorKind, number>;
    coldStarts: number;
    coldStartP50: number;
    coldStartMax: number;
    peakConcurrent: number;
    peakEnvironments: number;
    enis: number;
    ipsInUse: number;
    workers: number;
    endSeconds: number;
  };
}

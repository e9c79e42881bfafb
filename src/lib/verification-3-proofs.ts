/**
 * Verification 3 (slides 32–36) kept no numbers: its charts were screenshots. What the talk's own
 * setup proves by arithmetic, what the site infers, and what its model assumes, worked out from the
 * same preset and parameters the model runs on (load-profile.ts, eni-model-parameters.ts).
 */
import { defaultParameters } from './eni-model-parameters.ts';
import { loadPreset } from './load-profile.ts';
import type { ProofRow } from './record-proofs.ts';

/** Locust's wait between a user's tasks before 1.0 (min_wait = max_wait = 1,000 ms). */
export const locustDefaultWaitSeconds = 1;

export function verification3Proofs(): ProofRow[] {
  const load = loadPreset('verification-3');
  const users = load.clientStarts.length;
  const perSecond = load.clientStarts.filter((start) => start === 0).length;
  const { accountConcurrency: limit, overheadSeconds, errorSeconds } = defaultParameters;
  const busy = load.functionSleepSeconds + overheadSeconds;
  const over = users - limit;
  return [
    { kind: 'proved', key: 'usersUp', values: { users, perSecond, seconds: users / perSecond }, restsOn: ['slide-33'] },
    { kind: 'proved', key: 'overLimit', values: { users, limit, over }, restsOn: ['slide-33'] },
    { kind: 'inferred', key: 'reachedLimit', values: { limit }, restsOn: ['slide-34', 'slide-35'] },
    {
      kind: 'assumed',
      key: 'noWait',
      values: { wait: locustDefaultWaitSeconds, users, busy, inFlight: Math.round((users * busy) / (busy + locustDefaultWaitSeconds)), limit },
      restsOn: ['slide-34'],
    },
    { kind: 'assumed', key: 'errorReturn', values: { errorSeconds, over, throttles: Math.round(over / errorSeconds) }, restsOn: ['slide-36'] },
  ];
}

/**
 * Verification 2's load through the ENI model, as slide 29's record allows it (hey's rule: about
 * 1,000 workers, not the slide's 500). Slide 30's ENI count and the reading page's question before
 * it both come from here, so the answer a reader is shown is the count slide 30 shows.
 */
import { requestCount } from '../../lib/hey-report.ts';
import type { HeyRun } from '../../lib/hey-run.ts';
import { loadPreset, simulate, type ModelRun, type NetworkModel } from '../../lib/eni-model.ts';
import { chooseWorkers } from '../../lib/hey-workers.ts';
import { isFullSummary } from '../../lib/replay.ts';

export interface Verification2Model {
  /** hey's workers as the record allows them. */
  workers: number;
  profile: ReturnType<typeof loadPreset>;
  run: ModelRun;
}

export function verification2Model(verification2: HeyRun, model: NetworkModel = 'after'): Verification2Model {
  const { summary } = verification2.report;
  if (!isFullSummary(summary)) throw new Error('verification2Model: slide 29’s run needs its whole Summary');
  const { workers } = chooseWorkers(summary, requestCount(verification2.report)!, verification2.setup?.concurrency);
  const profile = loadPreset('verification-2', workers);
  return { workers, profile, run: simulate(model, profile) };
}

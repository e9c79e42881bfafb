/**
 * Runs a reader's run through the ENI model off the main thread (lib/run-in-2019.ts): 20,000
 * requests take longer than a frame, and the model's code stays out of the page's own chunks
 * (it would otherwise be split from the ENI model embed's, costing that page its budget).
 */
import { runIn2019, type RunIn2019Input } from '../../lib/run-in-2019.ts';

self.onmessage = (event: MessageEvent<RunIn2019Input>) => {
  try {
    self.postMessage({ modelled: runIn2019(event.data) });
  } catch (error) {
    self.postMessage({ failure: String(error) });
  }
};

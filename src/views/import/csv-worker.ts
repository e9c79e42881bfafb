/**
 * Reads hey's output off the main thread: a `hey -o csv` file of 100,000 rows takes longer than a
 * frame to parse and sort, and the page must stay responsive while it does.
 */
import { HeyParseError, readHeyOutput } from '../../lib/hey.ts';

self.onmessage = (event: MessageEvent<string>) => {
  try {
    self.postMessage({ reading: readHeyOutput(event.data) });
  } catch (error) {
    self.postMessage(error instanceof HeyParseError ? { problem: error.problem } : { failure: String(error) });
  }
};

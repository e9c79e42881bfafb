/**
 * The reader's function on the reading page: one state (memory, peak concurrency, subnet, ENI
 * quota) that the map's sentence, slide 12's calculator and the ENI model of slides 13 and 20
 * all follow. It lives in the page's URL under the keys the calculator's and the model's own
 * pages already read, so a reader's link opens every one of them on their case.
 */
import { memoryMb, modelInputs, subnetPrefixLength } from '../../lib/eni-limits.ts';
import { replaceQuery, urlState, whole } from './url-state.ts';

/** Slide 13's case by default: 1,000 concurrent executions of 1 GB in a /24, 2019's quota of 350. */
export const readerFunction = urlState({
  memory: whole(memoryMb, 1024),
  concurrency: whole(modelInputs.concurrency, 1000),
  subnet: whole(subnetPrefixLength, 24),
  quota: whole(modelInputs.eniQuota, 350),
});
export type ReaderFunction = ReturnType<typeof readerFunction.parse>;

const changed = 'reader-function';

/** Whether the page's URL names a function (any of its keys): if not, every chart keeps its own case. */
export const urlNamesFunction = (search = window.location.search) => readerFunction.keys.some((key) => new URLSearchParams(search).has(key));

/** The function the page's URL names, clamped to what the charts accept. */
export const functionInUrl = (search = window.location.search): ReaderFunction => readerFunction.parse(search);

/** Writes the function into the page's URL, keeping the page's other keys. */
export const keepFunction = (state: ReaderFunction) => replaceQuery(readerFunction.query(state, new URLSearchParams(window.location.search)));

interface Change {
  state: ReaderFunction;
  from: Element;
  /** Where a change comes to rest: a key's step, a typed value, the end of a drag (not each frame of it). */
  settled: boolean;
}

/**
 * A chart the reader changed tells the others, and the URL keeps it; a drag keeps only where it
 * ends (`settled: false` until then): a history entry replaced every frame costs the frame 2 ms.
 */
export function shareFunction(state: ReaderFunction, from: Element, settled = true): void {
  // A change that changes nothing of the function (the calculator's count of subnets) is not news.
  const news = `${readerFunction.query(state)} ${settled}`;
  if (news === lastShared) return;
  lastShared = news;
  document.dispatchEvent(new CustomEvent<Change>(changed, { detail: { state, from, settled } }));
  // Browsers cap address writes (Safari: 100 in 30 s, as keys held down send): a refused one waits for the next.
  if (settled) {
    try {
      keepFunction(state);
    } catch {
      // The charts follow all the same; the address catches up on the next settled change.
    }
  }
}
let lastShared = '';

/**
 * Follows the function as other charts change it, while in sight: a chart out of view takes the
 * latest when it comes into view, so a drag elsewhere costs it nothing. `settledOnly` waits for
 * a change to come to rest (a chart that runs a simulation, not one that redraws a bar).
 */
export function followFunction(self: Element, follow: (state: ReaderFunction) => void, { settledOnly = false } = {}): void {
  let waiting: ReaderFunction | undefined;
  let inSight = false;
  const show = () => {
    if (!waiting || !inSight) return;
    const state = waiting;
    waiting = undefined;
    follow(state);
  };
  new IntersectionObserver(([entry]) => {
    inSight = entry!.isIntersecting;
    show();
  }).observe(self);
  document.addEventListener(changed, (event) => {
    const { state, from, settled } = (event as CustomEvent<Change>).detail;
    if (from === self || (settledOnly && !settled)) return;
    waiting = state;
    show();
  });
}

/** Charts follow the reader's function on the reading page only: the deck stays the talk. */
export const onReadingPage = (element: Element) => element.closest('.reading') !== null;

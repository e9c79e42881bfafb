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

/** A chart the reader changed tells the others, and the URL keeps it. */
export function shareFunction(state: ReaderFunction, from: Element): void {
  const params = new URLSearchParams(window.location.search);
  replaceQuery(readerFunction.query(state, params));
  document.dispatchEvent(new CustomEvent<{ state: ReaderFunction; from: Element }>(changed, { detail: { state, from } }));
}

/** Follows the function as other charts change it. */
export function followFunction(self: Element, follow: (state: ReaderFunction) => void): void {
  document.addEventListener(changed, (event) => {
    const { state, from } = (event as CustomEvent<{ state: ReaderFunction; from: Element }>).detail;
    if (from !== self) follow(state);
  });
}

/** Charts follow the reader's function on the reading page only: the deck stays the talk. */
export const onReadingPage = (element: Element) => element.closest('.reading') !== null;

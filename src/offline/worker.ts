/**
 * What the deck's service worker decides, apart from the worker itself (sw.ts) so that the build
 * (integration.ts) names the same caches and unit tests can ask it: which caches are this build's,
 * which requests are pages, which files need no revision, and what a page may ask to be kept.
 * Nothing here touches a worker's globals.
 */
import { wholeDeckPath } from '../lib/paths.ts';

export const cachePrefix = 'vpc-lambda-';

/** The caches one build keeps: named by the build, so the next deploy's worker drops them whole. */
export interface OfflineCaches {
  /** Every script, stylesheet and data file the deck loads, fetched when the worker installs. */
  precache: string;
  /** Pages, network first: the deck as last loaded, and the whole deck it fetches. */
  pages: string;
}

export function cacheNames(version: string): OfflineCaches {
  return { precache: `${cachePrefix}precache-${version}`, pages: `${cachePrefix}pages-${version}` };
}

/**
 * The caches to delete: every one of ours that this build did not name (an earlier deploy's,
 * including those Workbox named for it before this worker was our own). Others' caches on the
 * origin are not ours to drop.
 */
export function outdatedCaches(keys: readonly string[], own: OfflineCaches): string[] {
  const kept = new Set(Object.values(own));
  return keys.filter((key) => key.startsWith(cachePrefix) && !kept.has(key));
}

/** What the deck needs from the network, besides its pages: every chart's code and styles, and their data. */
export const precachedPatterns = ['_astro/**/*.{js,css}', 'data/*.{json,csv,txt}', 'favicon.svg', 'deck-noscript.css'];

/**
 * The precached files that need no revision: Astro names each `_astro/` file by its content, so a
 * new content is a new URL. Matched against the manifest's URLs as Workbox has them by then, with
 * the base in front.
 */
export function hashedAssets(base: string): RegExp {
  return new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}_astro/`);
}

/**
 * Requests answered network first from the pages cache: a page the reader opens, and the whole
 * deck (src/deck/whole.ts), which the deck fetches for its figures and notes in either edition.
 */
export function isPageRequest(request: { mode: string; url: string }, origin: string): boolean {
  if (request.mode === 'navigate') return true;
  const url = new URL(request.url);
  return url.origin === origin && url.pathname.endsWith(wholeDeckPath);
}

/** What register.ts posts: keep this page, the pages it fetches later, if this script is the worker's. */
export interface KeepPageMessage {
  type: 'keep-page';
  url: string;
  /** The asking module's own address: a file of its build, which a worker of that build precached. */
  script: string;
  also: string[];
}

export type KeepPageReply = 'page-kept' | 'page-of-another-deploy' | 'page-not-kept';

export interface KeepPageRequest {
  page: URL;
  also: URL[];
  script: string;
}

/**
 * A message read as a request to keep pages, or undefined when it is not one: anything malformed,
 * or naming a page of another origin, which the worker must never fetch into its caches.
 */
export function keepPageRequest(data: unknown, scope: string, origin: string): KeepPageRequest | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const message = data as Partial<Record<keyof KeepPageMessage, unknown>>;
  if (message.type !== 'keep-page' || typeof message.url !== 'string' || typeof message.script !== 'string') return undefined;
  const also = (Array.isArray(message.also) ? message.also : []).filter((page): page is string => typeof page === 'string');
  const pages = [message.url, ...also].map((page) => new URL(page, scope));
  if (pages.some((page) => page.origin !== origin)) return undefined;
  const [page, ...rest] = pages;
  return { page: page!, also: rest, script: message.script };
}

/** The part of the Cache API keeping pages needs (a fake in the tests). */
export interface PageCache {
  match(url: string): Promise<unknown>;
  add(request: Request): Promise<void>;
}

export interface KeepPageWorker {
  /** Whether this worker's precache holds the script: whether the page is of this worker's deploy. */
  holdsScript(url: string): Promise<boolean>;
  openPages(): Promise<PageCache>;
  /** Deletes what earlier deploys left (outdatedCaches). */
  dropOutdated(): Promise<void>;
}

/**
 * Keeps a page and the pages it fetches later. A page of another deploy (one newer than this
 * worker, loaded network first) is not this worker's to keep: its scripts are not in this
 * precache, and the new worker keeps it once it takes over. Earlier deploys' caches are dropped
 * again before answering, since the old worker's last fetches can open its caches anew after
 * activation: "kept" then means nothing of another deploy is left.
 */
export async function keepPages(request: KeepPageRequest, worker: KeepPageWorker): Promise<KeepPageReply> {
  try {
    if (!(await worker.holdsScript(request.script))) return 'page-of-another-deploy';
    const cache = await worker.openPages();
    // Online the page came network first and is kept already; offline it is all there is.
    await Promise.all(
      [request.page, ...request.also].map(async (page) => (await cache.match(page.href)) ?? cache.add(new Request(page.href, { cache: 'reload' }))),
    );
    await worker.dropOutdated();
    return 'page-kept';
  } catch {
    return 'page-not-kept';
  }
}

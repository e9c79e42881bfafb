/**
 * The deck's service worker (issue 15), bundled at build by integration.ts into sw.js at the base,
 * with the build's precache manifest injected where `self.__WB_MANIFEST` stands. It precaches every
 * hashed script and stylesheet and the charts' data, so a venue without a network still presents
 * every slide, chart and model and opens the speaker view. Pages go network first: online, a reload
 * always takes the deck just deployed; offline, the copy kept at the last visit. Its two caches are
 * named by the build, so a new deploy replaces them whole (never a new page over old scripts).
 */
import { clientsClaim } from 'workbox-core';
import { PrecacheController, PrecacheRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import { isPageRequest, keepPageRequest, keepPages, outdatedCaches, type KeepPageWorker, type OfflineCaches } from './worker.ts';

declare const self: ServiceWorkerGlobalScope;
/** This build's cache names, written in by the bundler (integration.ts). */
declare const __OFFLINE_CACHES__: OfflineCaches;

const own = __OFFLINE_CACHES__;
const precache = new PrecacheController({ cacheName: own.precache });

const dropOutdated = async () => {
  await Promise.all(outdatedCaches(await caches.keys(), own).map((key) => caches.delete(key)));
};

// A new deploy's worker takes over at once and claims the open decks, which then ask it to keep them.
self.skipWaiting();
clientsClaim();
precache.precache(self.__WB_MANIFEST);
self.addEventListener('activate', (event) => event.waitUntil(dropOutdated()));

// Precached files first, from the cache; then pages, network first.
registerRoute(new PrecacheRoute(precache));
registerRoute(
  ({ request }) => isPageRequest(request, self.location.origin),
  new NetworkFirst({
    cacheName: own.pages,
    // The speaker view loads the deck with ?receiver…: the same page.
    matchOptions: { ignoreSearch: true },
    // A venue's Wi-Fi that answers nothing: the kept copy after 5 s.
    networkTimeoutSeconds: 5,
  }),
);

const worker: KeepPageWorker = {
  holdsScript: async (url) => (await precache.matchPrecache(url)) !== undefined,
  openPages: () => caches.open(own.pages),
  dropOutdated,
};

self.addEventListener('message', (event) => {
  const request = keepPageRequest(event.data, self.registration.scope, self.location.origin);
  if (!request) return;
  const answer = keepPages(request, worker).then((type) => event.source?.postMessage({ type, url: request.page.pathname }));
  event.waitUntil(answer);
});

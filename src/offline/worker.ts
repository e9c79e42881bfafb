/**
 * The part of the service worker Workbox does not write: dropping the pages kept by earlier
 * deploys, and keeping the page that registered the worker (its first visit came before the
 * worker could see it), answering when it is kept so the deck can say it is ready offline.
 */
export const pagesCachePrefix = 'vpc-lambda-pages-';

/** The script sw.js imports, for one build's pages cache. */
export function offlineWorker(pagesCache: string): string {
  return `// Generated at build (src/offline/worker.ts).
const pages = ${JSON.stringify(pagesCache)};
self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys().then((keys) => Promise.all(keys.filter((key) => key.startsWith(${JSON.stringify(pagesCachePrefix)}) && key !== pages).map((key) => caches.delete(key)))));
});
self.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'keep-page' || typeof data.url !== 'string') return;
  const url = new URL(data.url, self.registration.scope);
  if (url.origin !== self.location.origin) return;
  event.waitUntil(
    caches.open(pages)
      .then((cache) => cache.add(new Request(url.href, { cache: 'reload' })))
      .then(() => event.source && event.source.postMessage({ type: 'page-kept', url: url.pathname }))
      .catch(() => event.source && event.source.postMessage({ type: 'page-not-kept', url: url.pathname })),
  );
});
`;
}

/**
 * The part of the service worker Workbox does not write: replacing whatever an earlier deploy
 * kept, and keeping each page that asks (its first visit came before the worker could see it),
 * answering once it is kept so the deck can say it is ready offline.
 */
export const cachePrefix = 'vpc-lambda-';
export const pagesCache = (version: string) => `${cachePrefix}pages-${version}`;
/** Named by the build, because a host caches it like any file (GitHub Pages, ten minutes) and
 * importScripts may take it from that cache: a new sw.js must never run an old deploy's part. */
export const workerPartName = (version: string) => `offline-${version}.js`;

/** The script sw.js imports, for one build. */
export function offlineWorker(version: string): string {
  return `// Generated at build (src/offline/worker.ts).
const version = ${JSON.stringify(version)};
const pages = ${JSON.stringify(pagesCache(version))};
// Drops every cache an earlier deploy left. On activating, and again before saying a page is
// kept: the old worker's last fetches and answers can open its caches anew after activation.
const dropOthers = () => caches.keys().then((keys) => Promise.all(keys.filter((key) => key.startsWith(${JSON.stringify(cachePrefix)}) && !key.includes(version)).map((key) => caches.delete(key))));
self.addEventListener('activate', (event) => event.waitUntil(dropOthers()));
// Workbox names its precache \`<cacheId>-precache-v2-<scope>\`; hashed files carry a revision query.
const precached = (url) => caches.keys()
  .then((keys) => keys.find((key) => key.includes(version) && key.includes('-precache-')))
  .then((name) => name && caches.open(name).then((cache) => cache.match(url, { ignoreSearch: true })));
self.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'keep-page' || typeof data.url !== 'string' || typeof data.script !== 'string') return;
  const url = new URL(data.url, self.registration.scope);
  // The pages it fetches later (the whole deck, for its figures and notes) are kept with it.
  const also = (Array.isArray(data.also) ? data.also : []).filter((page) => typeof page === 'string').map((page) => new URL(page, self.registration.scope));
  if ([url, ...also].some((page) => page.origin !== self.location.origin)) return;
  const reply = (type) => event.source && event.source.postMessage({ type, url: url.pathname });
  // A page of another deploy (one newer than this worker, loaded network first) is not this
  // worker's to keep: its scripts are not in this precache. The new worker keeps it once it takes over.
  event.waitUntil(
    precached(data.script)
      .then((script) => {
        if (!script) return reply('page-of-another-deploy');
        return caches.open(pages)
          // Online the page came network first and is kept already; offline it is all there is.
          .then((cache) => Promise.all([url, ...also].map((page) => cache.match(page.href).then((kept) => kept || cache.add(new Request(page.href, { cache: 'reload' }))))))
          .then(dropOthers)
          .then(() => reply('page-kept'));
      })
      .catch(() => reply('page-not-kept')),
  );
});
`;
}

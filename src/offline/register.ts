/**
 * The page side of offline presenting: registers the site's service worker (sw.js at the base,
 * bundled from sw.ts by integration.ts), asks it to keep this page and the pages it fetches later (`also`),
 * and says so in `status` once it has.
 * After a deploy the page first runs under the old worker, which declines it (this page's script
 * is not in its precache): the new worker keeps it once it takes over, so "ready" never names a
 * copy about to be replaced, nor a new page over old scripts.
 */
import type { KeepPageMessage, KeepPageReply } from './worker.ts';
import { baseFolder } from '../lib/paths.ts';

export function keepOffline(status: HTMLElement, also: string[] = []): void {
  const base = baseFolder(import.meta.env.BASE_URL);
  const page = window.location.pathname;
  const workers = navigator.serviceWorker;
  let asked: ServiceWorker | null = null;
  const askToKeep = (worker: ServiceWorker | null) => {
    asked = worker;
    // This module's own address: a file of this build, hashed, that the worker must have precached.
    worker?.postMessage({ type: 'keep-page', url: page, script: import.meta.url, also } satisfies KeepPageMessage);
  };
  workers.addEventListener('message', (event: MessageEvent<{ type?: KeepPageReply; url?: string }>) => {
    if (event.data?.type === 'page-kept' && event.data.url === page && event.source === asked) {
      status.textContent = status.dataset.offlineReady ?? '';
    }
  });
  // A first visit's worker, or a new deploy's, takes over (clientsClaim): it is the one to keep the page.
  workers.addEventListener('controllerchange', () => {
    status.textContent = '';
    askToKeep(workers.controller);
  });
  workers
    .register(`${base}sw.js`, { scope: base })
    .then((registration) => {
      if (registration.active) askToKeep(workers.controller ?? registration.active);
    })
    .catch(() => {
      // No worker (a private window, a host that does not serve sw.js): the deck works online as ever.
    });
}

/**
 * The page side of offline presenting: registers the site's service worker (sw.js at the base,
 * written by integration.ts), asks it to keep this page, and says so in `status` once it has.
 */
export function keepOffline(status: HTMLElement): void {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const page = window.location.pathname;
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent<{ type?: string; url?: string }>) => {
    if (event.data?.type === 'page-kept' && event.data.url === page) status.textContent = status.dataset.offlineReady ?? '';
  });
  navigator.serviceWorker
    .register(`${base}sw.js`, { scope: base })
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => registration.active?.postMessage({ type: 'keep-page', url: page }))
    .catch(() => {
      // No worker (a private window, a host that does not serve sw.js): the deck works online as ever.
    });
}

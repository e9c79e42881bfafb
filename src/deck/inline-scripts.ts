/**
 * The deck page's two inline scripts, as text: Deck.astro writes them (`set:html`) and allows them
 * by their hash (src/security/csp.ts), so the policy names exactly what the page runs. Both run
 * before the deck's bundled code can, which is why they are inline at all.
 */

/** Before the first paint: a link to a slide other than 1 hides slide 1 until reveal opens it (deck.css). */
export const deepLinkScript = String.raw`if (/^#\/(?!1(\/|$))\d/.test(location.hash)) document.documentElement.classList.add('deck-linked');`;

/**
 * Starts the deck's code (waiting, inert, in `<template id="deck-code">`) once slide 1's first paint
 * has reached the screen; at once in a background tab, which paints nothing.
 */
export const startScript = `(() => {
  const start = () => document.body.append(document.importNode(document.getElementById('deck-code').content, true));
  if (document.visibilityState !== 'visible') return start();
  if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) return requestAnimationFrame(() => setTimeout(start));
  new PerformanceObserver((entries, observer) => {
    if (!entries.getEntriesByName('first-contentful-paint').length) return;
    observer.disconnect();
    setTimeout(start);
  }).observe({ type: 'paint', buffered: true });
})();`;

/**
 * When a chart must not move: a printed deck (`?print-pdf`, every slide a still page) and a
 * reader who asked for reduced motion. Both see a chart at rest at the end of its run.
 */
export const isPrinting = (): boolean => /[?&]print-pdf/.test(window.location.search);

export const prefersReducedMotion = (): boolean => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

export const restsAtEnd = (): boolean => isPrinting() || prefersReducedMotion();

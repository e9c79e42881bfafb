/**
 * Loads a chart's browser code only when the chart comes into view; in the deck that is when its
 * slide is shown (reveal hides the others), so a page pays only for what it shows.
 *
 * Each chart says where it stands in `data-chart-state`: `arrived` (brought by runtime/later.ts,
 * its code not yet run), `pending` (not yet seen), `waiting` (seen off screen, its code not
 * loaded), `loading`, then `ready` once its code has run, or `failed`.
 */
import { isPrinting } from './motion.ts';

/**
 * `ahead` starts a chart before it scrolls into view, by an IntersectionObserver margin: a chart
 * whose controls only become focusable once its code runs must be ready before Tab reaches it.
 */
export function enhanceWhenVisible(selector: string, enhance: (element: HTMLElement) => Promise<unknown>, ahead = '0px'): void {
  const start = (element: HTMLElement) => {
    element.dataset.chartState = 'loading';
    enhance(element).then(
      () => (element.dataset.chartState = 'ready'),
      (error: unknown) => {
        element.dataset.chartState = 'failed';
        throw error;
      },
    );
  };
  // Charts the page had, and those that arrive later (runtime/later.ts), each watched once.
  const unseen = () => [...document.querySelectorAll<HTMLElement>(selector)].filter((element) => !element.dataset.chartState || element.dataset.chartState === 'arrived');
  // A printed deck (?print-pdf) shows every slide on its own page: enhance them all now.
  if (isPrinting()) {
    unseen().forEach(start);
    return;
  }
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      const element = entry.target as HTMLElement;
      if (!entry.isIntersecting) {
        if (element.dataset.chartState === 'pending') element.dataset.chartState = 'waiting';
        continue;
      }
      observer.unobserve(element);
      start(element);
    }
  }, { rootMargin: ahead });
  const watch = () => unseen().forEach((element) => {
    element.dataset.chartState = 'pending';
    observer.observe(element);
  });
  watch();
  document.addEventListener('charts-arrived', watch);
}

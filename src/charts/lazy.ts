/**
 * Loads a chart's browser code only when the chart comes into view; in the deck that is when its
 * slide is shown (reveal hides the others), so a page pays only for what it shows.
 */
export function enhanceWhenVisible(selector: string, enhance: (element: HTMLElement) => Promise<unknown>): void {
  // A printed deck (?print-pdf) shows every slide on its own page: enhance them all now.
  if (/[?&]print-pdf/.test(window.location.search)) {
    document.querySelectorAll<HTMLElement>(selector).forEach((element) => void enhance(element));
    return;
  }
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      observer.unobserve(entry.target);
      void enhance(entry.target as HTMLElement);
    }
  });
  document.querySelectorAll<HTMLElement>(selector).forEach((element) => observer.observe(element));
}

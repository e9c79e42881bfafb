/**
 * Brings the reading page's later charts (components/reading/LaterChart.astro): as the reader
 * nears one, its own page is fetched, its chart (and its styles) take the still's place, and its scripts (inert
 * when parsed elsewhere) are replaced by live copies, which enhance it as any chart is enhanced
 * (lazy.ts, told by a `charts-arrived` event). A failed fetch leaves the still and its link, and says so.
 */

/** Scripts a parser made never run when moved: a live copy of each runs (a module already run is not run again). */
function runScripts(root: Element): void {
  for (const inert of root.querySelectorAll<HTMLScriptElement>('script[type="module"][src]')) {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = inert.src;
    inert.replaceWith(script);
  }
}

/** The chart's own styles, as its page marks them, once for each chart. */
function adoptStyles(page: Document): void {
  const styles = page.querySelector<HTMLStyleElement>('head > style[data-chart-styles]');
  const id = styles?.dataset.chartStyles;
  if (styles && !document.querySelector(`style[data-chart-styles="${CSS.escape(id ?? '')}"]`)) document.head.append(document.importNode(styles, true));
}

async function bring(placeholder: HTMLElement): Promise<void> {
  placeholder.dataset.chartState = 'loading';
  try {
    const response = await fetch(placeholder.dataset.laterChart!);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    const chart = page.querySelector('[data-embed-chart]');
    if (!chart) throw new Error('no chart on its page');
    adoptStyles(page);
    const arrived = [...chart.children].map((child) => document.importNode(child, true));
    placeholder.replaceWith(...arrived);
    arrived.forEach(runScripts);
    document.dispatchEvent(new Event('charts-arrived'));
  } catch (error) {
    placeholder.dataset.chartState = 'failed';
    placeholder.querySelector('figcaption')!.textContent = (placeholder.dataset.laterFailed ?? '').replace('{reason}', error instanceof Error ? error.message : String(error));
  }
}

export function bringLaterCharts(): void {
  // A screen ahead: the chart is usually live before it scrolls into view.
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      observer.unobserve(entry.target);
      void bring(entry.target as HTMLElement);
    }
  }, { rootMargin: '100% 0px' });
  document.querySelectorAll<HTMLElement>('[data-later-chart]').forEach((placeholder) => observer.observe(placeholder));
}

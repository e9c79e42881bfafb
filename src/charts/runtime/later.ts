/**
 * Brings the reading page's later charts (components/reading/LaterChart.astro): as the reader
 * nears one, its own page is fetched, its chart (and its styles) take the still's place, and its
 * scripts (inert when parsed elsewhere) are replaced by live copies, which enhance it as any chart
 * is enhanced (lazy.ts, told by a `charts-arrived` event). A failed fetch leaves the still and its
 * link, and its caption says why.
 */

/**
 * The chart's page, parsed inert (runtime/inert.ts says why not DOMParser); written out here rather
 * than imported, as an import would cost the reading page's first load a request of its own.
 */
function inertPage(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
}

/** An element and its descendants that match (a chart's script is often an arrived element itself). */
const matching = <T extends Element>(root: Element, selector: string) => [...(root.matches(selector) ? [root] : []), ...root.querySelectorAll(selector)] as T[];

/** Scripts a parser made never run when moved: a live copy of each runs (a module already run is not run again). */
function runScripts(root: Element): void {
  for (const inert of matching<HTMLScriptElement>(root, 'script[type="module"][src]')) {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = inert.src;
    inert.replaceWith(script);
  }
}

/** The chart's own styles, as its page marks them, once for each chart. */
function adoptStyles(page: DocumentFragment): void {
  const styles = page.querySelector<HTMLStyleElement>('style[data-chart-styles]');
  const id = styles?.dataset.chartStyles;
  if (styles && !document.querySelector(`style[data-chart-styles="${CSS.escape(id ?? '')}"]`)) document.head.append(document.importNode(styles, true));
}

/** The charts among arrived elements (each element, or inside it). */
const chartsIn = (elements: Element[]) => elements.flatMap((element) => matching<HTMLElement>(element, '[data-chart]'));

/** Puts the arrived chart in the still's place, and the reader's focus on it if the still had it. */
function takePlace(placeholder: HTMLElement, arrived: Element[]): void {
  const charts = chartsIn(arrived);
  // Each holds the still's place among the page's charts until its code takes it over (lazy.ts).
  for (const chart of charts) chart.dataset.chartState = 'arrived';
  const focused = placeholder.contains(document.activeElement);
  placeholder.replaceWith(...arrived);
  if (focused && charts[0]) {
    // A reader who tabbed onto the still goes on from the figure: the next Tab reaches its first control.
    charts[0].tabIndex = -1;
    charts[0].focus({ preventScroll: true });
  }
}

async function bring(placeholder: HTMLElement): Promise<void> {
  placeholder.dataset.chartState = 'loading';
  try {
    const response = await fetch(placeholder.dataset.laterChart!);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const page = inertPage(await response.text());
    const content = page.querySelector('[data-embed-chart]');
    if (!content) throw new Error('no chart on its page');
    adoptStyles(page);
    const arrived = [...content.children].map((child) => document.importNode(child, true));
    takePlace(placeholder, arrived);
    arrived.forEach(runScripts);
    document.dispatchEvent(new Event('charts-arrived'));
  } catch (error) {
    placeholder.dataset.chartState = 'failed';
    // The still and its link stay; the caption says why the live chart did not come.
    placeholder.querySelector('figcaption')!.append(` (${error instanceof Error ? error.message : String(error)})`);
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

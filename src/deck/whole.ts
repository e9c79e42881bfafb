/**
 * The deck first loads light (/deck/: the slides' words, no drawings, no notes; see
 * deckLightComponents in components/deck) and becomes whole with one fetch of /deck/full/, the same slides
 * rendered with everything. That fetch happens as the presenter nears the first drawing, and
 * before anything that needs every slide complete: the speaker view (notes), search, the
 * overview, print, the speaker view's own previews, a deep link to a slide with a figure.
 */
import { inertPage } from '../charts/runtime/inert.ts';

interface Slides {
  isReady(): boolean;
  syncSlide(slide: HTMLElement): void;
  layout(): void;
}

/**
 * The styles the whole deck has and this page lacks: the charts', in the one element the whole
 * deck marks as theirs (charts/ChartStyles.astro), taken as it is and applied before the figures arrive.
 */
function adoptStyles(whole: DocumentFragment): void {
  const charts = whole.querySelector('style[data-chart-styles]');
  if (charts && !document.querySelector('style[data-chart-styles]')) document.head.append(document.importNode(charts, true));
}

const scripts = () => [...document.querySelectorAll<HTMLScriptElement>('script[type="module"][src]')];

/**
 * The charts' scripts arrive inside their slides, inert (scripts a parser made never run when
 * moved); each new one is replaced by a live copy, which registers its charts and loads their
 * code when they are first shown. Resolves once each has run.
 */
function runArrived(before: ReadonlySet<string>): Promise<unknown> {
  return Promise.all(
    scripts()
      .filter((inert) => !before.has(inert.src))
      .map((inert) => new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.type = 'module';
        script.src = inert.src;
        script.onload = resolve;
        script.onerror = () => reject(new Error(`script ${inert.getAttribute('src')}`));
        inert.replaceWith(script);
      })),
  );
}

/**
 * The steps a presenter already took on a slide stay taken when its drawings arrive: the whole
 * slide has the same fragments, in the same order, as the light one it replaces (a slow network
 * lets the presenter step through slide 12's calculator before it comes). A since-2019 toggle
 * that arrives with the slide says where the deck's one switch stands.
 */
function keepSteps(light: Element, filled: Element): void {
  const taken = [...light.querySelectorAll('.fragment')];
  filled.querySelectorAll('.fragment').forEach((fragment, i) => {
    for (const state of ['visible', 'current-fragment']) fragment.classList.toggle(state, taken[i]?.classList.contains(state) ?? false);
  });
  // The switch may have been turned on from another slide; this toggle was built unpressed.
  const on = document.documentElement.getAttribute('data-since-2019') === 'on';
  filled.querySelectorAll('[data-since-2019-toggle]').forEach((toggle) => toggle.setAttribute('aria-pressed', String(on)));
}

/** Each slide takes the whole deck's content where it had placeholders, and its notes everywhere. */
function fillSlides(whole: DocumentFragment, slides: Slides): void {
  for (const source of whole.querySelectorAll<HTMLElement>('.slides > section[data-slide]')) {
    const slide = document.querySelector<HTMLElement>(`.slides > section[data-slide="${source.dataset.slide}"]`);
    const inner = slide?.querySelector('.slide-inner');
    const full = source.querySelector('.slide-inner');
    if (!slide || !inner || !full) continue;
    if (inner.querySelector('[data-later]')) {
      const filled = document.importNode(full, true);
      keepSteps(inner, filled);
      inner.replaceWith(filled);
      // Before reveal starts (print, a deep link), it finds the new fragments itself.
      if (slides.isReady()) slides.syncSlide(slide);
    } else if (!inner.querySelector(':scope > aside.notes')) {
      // (A second try, after a chart's script failed, finds the notes already there.)
      inner.append(...[...full.querySelectorAll(':scope > aside.notes')].map((notes) => document.importNode(notes, true)));
    }
  }
  if (slides.isReady()) slides.layout();
}

let whole: Promise<void> | undefined;

/**
 * Makes the deck whole, once (a failure is reported in `failed` and tried again on the next call).
 * Resolves at once on a deck that is whole already.
 */
export function makeWhole(slides: Slides, failed: HTMLElement): Promise<void> {
  const href = document.querySelector<HTMLElement>('.reveal')?.dataset.whole;
  if (!href) return Promise.resolve();
  whole ??= (async () => {
    const response = await fetch(href);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const page = inertPage(await response.text());
    adoptStyles(page);
    const before = new Set(scripts().map((script) => script.src));
    fillSlides(page, slides);
    failed.hidden = true;
    await runArrived(before);
  })().catch((error: unknown) => {
    whole = undefined;
    failed.textContent = (failed.dataset.message ?? '').replace('{reason}', error instanceof Error ? error.message : String(error));
    failed.hidden = false;
    throw error;
  });
  return whole;
}

/** Whether the slide at `index`, the one before it or one of the `ahead` after it still waits for its drawing. */
export function nearsLater(slides: readonly Element[], index: number, ahead = 3): boolean {
  return slides.slice(Math.max(0, index - 1), index + ahead + 1).some((slide) => slide.querySelector('[data-later]'));
}

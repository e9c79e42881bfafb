/**
 * Measures that run in the page, self-contained (the drivers send their source to the browser).
 */

/**
 * What inside `scope` (CSS) is cut off or runs past a box sideways:
 * - an element whose content is wider than its box (scrollWidth > clientWidth): cut off, spilling
 *   out, or scrolling; a box meant to scroll (overflow-x auto or scroll) is fine only where
 *   `scrollOk` (a page the reader scrolls, not a projected slide) and only if a keyboard can reach
 *   it (tabindex), so that every reader can scroll it;
 * - an element whose box runs past the scope's (inside a box allowed to scroll, its content may);
 * - SVG text past the edge of its drawing, which cuts it. A text's box is its glyphs' cells, side
 *   bearings and all, which Firefox reports up to 2 px wider than Chromium with no ink there: within
 *   2 px it is not cut. (Inside a drawing only its texts are measured: the drawing's own box is.)
 */
export function cutOrSpilling(scope: string, scrollOk: boolean): string[] {
  const root = document.querySelector(scope);
  if (!root) return [`nothing matches ${scope}`];
  const bounds = root.getBoundingClientRect();
  const skip = 'aside.notes, .visually-hidden, .since-2019, script, style, template, noscript, details:not([open]) > :not(summary), [hidden]';
  const name = (element: Element) => `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${(element.getAttribute('class') ?? '').trim() ? `.${element.getAttribute('class')!.trim().split(/\s+/).join('.')}` : ''}`;
  // Text for screen readers only, clipped to a pixel (the proof tables' header row): not on screen.
  const readersOnly = (element: Element) => {
    for (let e: Element | null = element; e && e !== root; e = e.parentElement) {
      const box = e.getBoundingClientRect();
      if ((box.width <= 1 || box.height <= 1) && getComputedStyle(e).position === 'absolute') return true;
    }
    return false;
  };
  const shown = (element: Element) => {
    if (element.closest(skip) || readersOnly(element)) return false;
    const style = getComputedStyle(element);
    return style.display !== 'none' && style.visibility !== 'hidden';
  };
  const out: string[] = [];
  const scrollers: Element[] = [];
  for (const element of [root, ...root.querySelectorAll('*')]) {
    if (!shown(element) || (element instanceof SVGElement && !(element instanceof SVGSVGElement))) continue;
    if (element.clientWidth > 0 && element.scrollWidth > element.clientWidth + 1) {
      const overflow = getComputedStyle(element).overflowX;
      const scrolls = overflow === 'auto' || overflow === 'scroll';
      if (scrolls && scrollOk && (element as HTMLElement).tabIndex >= 0) {
        scrollers.push(element);
        continue;
      }
      const how = scrolls ? (scrollOk ? 'scrolls, but no keyboard reaches it' : 'scrolls: its end is out of sight') : overflow === 'visible' ? 'spills out' : 'cut off';
      out.push(`${name(element)}: content ${element.scrollWidth} px wide in ${element.clientWidth} px (${how})`);
    }
  }
  for (const element of root.querySelectorAll('*')) {
    if (!shown(element) || scrollers.some((scroller) => scroller.contains(element)) || (element instanceof SVGElement && !(element instanceof SVGSVGElement))) continue;
    const box = element.getBoundingClientRect();
    if (!box.width || !box.height) continue;
    if (box.left < bounds.left - 1 || box.right > bounds.right + 1) out.push(`${name(element)}: ${Math.round(box.left - bounds.left)} to ${Math.round(box.right - bounds.left)} px across a ${Math.round(bounds.width)} px ${name(root)}`);
  }
  for (const text of root.querySelectorAll('svg text')) {
    if (!shown(text)) continue;
    const drawing = (text as SVGTextElement).ownerSVGElement!.getBoundingClientRect();
    const box = text.getBoundingClientRect();
    const past = Math.max(drawing.left - box.left, box.right - drawing.right, bounds.left - box.left, box.right - bounds.right);
    if (box.width && past > 2) out.push(`svg text “${text.textContent!.trim().slice(0, 30)}” runs ${Math.round(past)} px past its drawing or ${name(root)}`);
  }
  return out.slice(0, 8);
}

/** The CSS transitions and animations running in the deck (slides, fragments, progress bar): none once a step is at rest. */
export function deckMoving(): number {
  const deck = document.querySelector('.reveal');
  return deck ? deck.getAnimations({ subtree: true }).filter((animation) => animation.playState === 'running').length : 0;
}

/** The sum of the body's background's R, G and B: under 150 is a dark theme, over 600 a light one. */
export function backgroundLightness(): number {
  return getComputedStyle(document.body).backgroundColor.match(/\d+/g)!.slice(0, 3).map(Number).reduce((a, b) => a + b, 0);
}

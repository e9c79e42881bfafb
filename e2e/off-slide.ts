/**
 * What on the slide on screen runs past its edges, or under the deck's own footer (the slide
 * number, the links beside it, the arrows), which sits over the slide's bottom corners.
 * Runs in the page, self-contained: the Playwright tests (legibility.spec.ts) and the engines'
 * tests (test/engines/) pass it to the browser as it is.
 */
export function offSlide(): string[] {
  const slide = document.querySelector('.reveal .slides > section.present')!;
  const bounds = slide.getBoundingClientRect();
  const footer = [...document.querySelectorAll('.reveal .slide-number, .deck-links, .reveal .controls button.enabled')]
    .map((element) => element.getBoundingClientRect())
    .filter((box) => box.width && box.height);
  const out: string[] = [];
  for (const element of slide.querySelectorAll('.slide-inner *')) {
    if (element.closest('aside.notes, .visually-hidden, .since-2019, script, template, details:not([open]) > :not(summary)')) continue;
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0 || getComputedStyle(element).visibility === 'hidden') continue;
    const name = `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''}`;
    if (box.left < bounds.left - 1 || box.right > bounds.right + 1 || box.bottom > bounds.bottom + 1) out.push(name);
  }
  // Words and controls are what the footer would hide, not the boxes around them.
  const under = (box: DOMRect) => footer.some((f) => box.left < f.right && box.right > f.left && box.top < f.bottom && box.bottom > f.top);
  const walker = document.createTreeWalker(slide.querySelector('.slide-inner')!, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const text = walker.currentNode;
    if (!text.textContent!.trim() || text.parentElement!.closest('aside.notes, .visually-hidden, .since-2019, script, style, template')) continue;
    const range = document.createRange();
    range.selectNodeContents(text);
    if ([...range.getClientRects()].some(under)) out.push(`“${text.textContent!.trim().slice(0, 30)}” (under the footer)`);
  }
  for (const control of slide.querySelectorAll('input, select, button')) if (under(control.getBoundingClientRect())) out.push(`${control.tagName.toLowerCase()} (under the footer)`);
  return out.slice(0, 5);
}

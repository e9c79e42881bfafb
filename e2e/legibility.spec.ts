/**
 * Legible from the back row (issue 15): at 1280×720 every text on a slide renders at 16 px or
 * more, as measured on screen (its font size times reveal's scale and any SVG scaling), except
 * badges and source credits at 13 px or more; at 1280×720 and at 1024×768 (a 4:3 projector)
 * nothing runs off its slide.
 */
import type { Page } from '@playwright/test';
import { goToSlide, openDeck } from './deck';
import { offSlide } from './off-slide';
import { expect, test } from './fixtures';

interface SmallText {
  px: number;
  text: string;
}

/** Texts on the slide on screen set smaller than the rule allows them. */
function smallTexts(page: Page): Promise<SmallText[]> {
  return page.evaluate(() => {
    const slide = document.querySelector('.reveal .slides > section.present')!;
    const scale = Number(getComputedStyle(document.querySelector('.reveal')!).getPropertyValue('--slide-scale')) || 1;
    const small: { px: number; text: string }[] = [];
    const seen = new Set<Element>();
    const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const element = walker.currentNode.parentElement!;
      if (!walker.currentNode.textContent!.trim() || seen.has(element)) continue;
      seen.add(element);
      if (element.closest('aside.notes, script, style, title, desc, .visually-hidden, [hidden], noscript, .since-2019')) continue;
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      if (style.display === 'none' || style.visibility === 'hidden' || (box.width === 0 && box.height === 0)) continue;
      // SVG text is scaled by its viewBox as well as by reveal: the screen matrix has both.
      const matrix = element instanceof SVGGraphicsElement ? element.getScreenCTM() : null;
      const px = parseFloat(style.fontSize) * (matrix ? Math.hypot(matrix.a, matrix.b) : scale);
      const allowed = element.closest('.chart-badge, figcaption a, .figure-credit') ? 13 : 16;
      // A hair under, from rounding the deck's scale.
      if (px < allowed - 0.05) small.push({ px: Math.round(px * 10) / 10, text: walker.currentNode.textContent!.trim().slice(0, 40) });
    }
    return small;
  });
}

/** What on the slide on screen runs past its edges or under its footer (off-slide.ts). */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(offSlide);
}

for (const deck of ['/deck/', '/en/deck/']) {
  test(`${deck}: every slide legible from the back row at 1280×720, nothing off its slide at 1280×720 or 1024×768`, async ({ page }) => {
    test.slow(); // 47 slides, twice
    await openDeck(page, 1, deck);
    const count = await page.locator('.reveal .slides > section').count();
    const tooSmall: Record<number, SmallText[]> = {};
    const off: Record<string, string[]> = {};
    for (const viewport of [{ width: 1280, height: 720 }, { width: 1024, height: 768 }]) {
      await page.setViewportSize(viewport);
      for (let slide = 1; slide <= count; slide++) {
        await goToSlide(page, slide, { final: true });
        if (viewport.width === 1280) {
          const small = await smallTexts(page);
          if (small.length) tooSmall[slide] = small;
        }
        const outside = await overflowing(page);
        if (outside.length) off[`${slide} at ${viewport.width}×${viewport.height}`] = outside;
      }
    }
    expect(tooSmall, 'texts under 16 px (badges and credits under 13 px)').toEqual({});
    expect(off, 'elements past the slide’s edges or under its footer').toEqual({});
  });
}

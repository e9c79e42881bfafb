/** Moving around the deck as a presenter does, and waiting for what the audience sees. */
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** The slide on screen: reveal marks it `present` (its own structure; no role names it). */
/** The deck's code (src/deck/Present.astro: present.ts with reveal.js), started once slide 1 is painted. */
export const deckCode = /\/_astro\/Present\.astro[^/]*\.js$/;
export const presentSlide = (page: Page): Locator => page.locator('.reveal .slides > section.present');

/** Opens the deck (Japanese at /deck/, English at /en/deck/) on a slide, as a deep link does. */
export async function openDeck(page: Page, slide = 1, deck = '/deck/') {
  await page.goto(`${deck}#/${slide}`);
  await expect(presentSlide(page)).toHaveAttribute('data-slide', String(slide));
}

/**
 * Goes to a slide of the open deck by its address, without reloading: the deck follows the
 * hash. With `final`, every fragment of the slide is shown (`#/N/1/<last fragment>`).
 */
export async function goToSlide(page: Page, slide: number, { final = false } = {}) {
  const fragments = final ? await page.locator(`.reveal .slides > section[data-slide="${slide}"] .fragment`).count() : 0;
  await page.evaluate((hash) => (window.location.hash = hash), fragments ? `#/${slide}/1/${fragments - 1}` : `#/${slide}`);
  await expect(presentSlide(page)).toHaveAttribute('data-slide', String(slide));
  if (fragments) await expect(presentSlide(page).locator('.fragment:not(.visible)')).toHaveCount(0);
  // The slide as the audience sees it: its drawings arrived with the whole deck (/deck/full/; a
  // check never passes on their placeholders, and fails when the whole deck cannot be fetched),
  // and its charts' code has taken over.
  await expect(presentSlide(page).locator('[data-later]')).toHaveCount(0);
  await expect(presentSlide(page).locator('[data-chart-state]:not([data-chart-state="ready"])')).toHaveCount(0);
}

/**
 * The controls a printed deck would draw (in the print media the page is set to): buttons, players
 * and sliders, and fields or menus not drawn as their values. Each as `slide N: element.class`.
 */
export function drawnControls(page: Page): Promise<string[]> {
  return page.locator('.pdf-page :is(.replay-controls, button, input, select)').evaluateAll((controls) =>
    controls
      .filter((c) => c.getClientRects().length > 0 && (!/^(INPUT|SELECT)$/.test(c.tagName) || (c as HTMLInputElement).type === 'range' || getComputedStyle(c).appearance !== 'none'))
      .map((c) => `slide ${c.closest('section')?.dataset.slide}: ${c.tagName.toLowerCase()}.${c.className}`),
  );
}

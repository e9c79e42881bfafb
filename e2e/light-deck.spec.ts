/**
 * The deck as it first loads (issue 16): slide 1 painted before reveal.js runs, laid out where
 * reveal keeps it; the slides' words at once, their drawings and notes fetched with the whole
 * deck as the presenter nears the first drawing; search, and a failed fetch, as a presenter meets them.
 */
import type { Page } from '@playwright/test';
import { ja } from '../src/i18n/ja.ts';
import { talk } from '../src/lib/talk.ts';
import { deckCode, openDeck, presentSlide } from './deck';
import { expect, test } from './fixtures';

const wholeDeck = /\/deck\/full\/$/;
const title = (page: Page) => page.getByRole('heading', { level: 1, name: talk.title });
const slideNumber = (page: Page, n: number) => expect(page.locator('.reveal .slide-number')).toHaveText(new RegExp(`^\\s*${n}\\s*/\\s*${talk.slideCount}\\s*$`));

for (const viewport of [{ width: 1024, height: 768 }, { width: 390, height: 844 }]) {
  test(`at ${viewport.width}×${viewport.height}, slide 1 is on screen before reveal.js starts, where reveal then keeps it`, async ({ browser }) => {
    const context = await browser.newContext({ viewport });
    const before = await context.newPage();
    // The deck's code never arrives: what shows is the server's HTML and CSS alone.
    await before.route(deckCode, (route) => route.abort());
    await before.goto('/deck/');
    await expect(title(before)).toBeVisible();
    const painted = await title(before).boundingBox();
    await expect(before.locator('.reveal.ready')).toHaveCount(0);
    // Slide 1 alone: the stage hides the others before reveal.css arrives with reveal.js.
    await expect(before.getByRole('heading', { level: 2 })).toHaveCount(0);
    const backdrop = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const paintedBackdrop = await backdrop(before);

    const after = await context.newPage();
    await after.goto('/deck/');
    await slideNumber(after, 1);
    expect(await title(after).boundingBox()).toEqual(painted);
    // reveal's stylesheet, added with reveal.js, still gives way to the deck's theme.
    expect(await backdrop(after)).toBe(paintedBackdrop);
    await context.close();
  });
}

test('a link straight to slide 25 never shows slide 1 first', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.route(deckCode, (route) => route.abort());
  await page.goto('/deck/#/25');
  await expect(page.locator('.reveal .slides > section[data-slide="1"]')).toBeAttached();
  await expect(title(page)).toBeHidden();
  await context.close();
});

test('the drawings and notes arrive with the whole deck as the presenter nears the first drawing', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await openDeck(page, 1);
  await slideNumber(page, 1);
  // Slide 1 needs neither: nothing is fetched for them, and slide 8's diagram is not yet there.
  expect(fetched.filter((path) => wholeDeck.test(path))).toEqual([]);
  const slide8 = page.locator('.reveal .slides > section[data-slide="8"]');
  await expect(slide8.locator('svg')).toHaveCount(0);
  await expect(page.locator('.reveal aside.notes')).toHaveCount(0);
  // Three slides before the first drawing, the whole deck comes, once.
  for (let slide = 2; slide <= 8; slide++) {
    await page.keyboard.press('ArrowRight');
    await expect(presentSlide(page)).toHaveAttribute('data-slide', String(slide));
  }
  await expect(presentSlide(page).getByRole('img').first()).toBeVisible();
  await expect(page.locator('.reveal aside.notes')).toHaveCount(talk.slideCount);
  expect(fetched.filter((path) => wholeDeck.test(path))).toHaveLength(1);
  // The charts' styles came with it, the deck's own theme not a second time.
  const themeCopies = await page.evaluate(() => [...document.querySelectorAll('style')].filter((style) => style.textContent!.includes('.reveal .slide-inner{')).length);
  expect(themeCopies).toBe(1);
});

test('a step the presenter takes before the drawings arrive stays taken when they come', async ({ page }) => {
  // The whole deck is held back (a slow network) until the presenter has stepped on slide 12.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(wholeDeck, async (route) => {
    await held;
    await route.continue();
  });
  await openDeck(page, 11);
  await page.keyboard.press('ArrowRight');
  await expect(presentSlide(page)).toHaveAttribute('data-slide', '12');
  // The step that shows the calculator, before the calculator itself has come.
  await page.keyboard.press('ArrowRight');
  await expect(presentSlide(page)).toHaveAttribute('data-fragment', '0');
  await expect(presentSlide(page).getByLabel(ja.capacity.concurrency)).toHaveCount(0);
  release();
  await expect(presentSlide(page).getByLabel(ja.capacity.concurrency)).toBeVisible();
});

test('Ctrl+Shift+F finds words only a drawing carries (slide 25’s hey output), from slide 2', async ({ page }) => {
  await openDeck(page, 2);
  await page.keyboard.press('Control+Shift+F');
  const input = page.getByRole('searchbox');
  await expect(input).toBeVisible();
  await input.pressSequentially('Requests/sec');
  await input.press('Enter');
  await expect(presentSlide(page)).toHaveAttribute('data-slide', '25');
  await expect(presentSlide(page).locator('.hey-output')).toContainText('Requests/sec');
});

test('when the whole deck cannot be fetched, the deck says so and goes on presenting its slides', async ({ page, pageProblems }) => {
  await page.route(wholeDeck, (route) => route.abort());
  await openDeck(page, 4);
  await page.keyboard.press('ArrowRight');
  const [before] = ja.pages.figuresFailed.split('(');
  await expect(page.getByRole('alert')).toContainText(before!);
  await page.keyboard.press('ArrowRight');
  await expect(presentSlide(page)).toHaveAttribute('data-slide', '6');
  await expect(presentSlide(page).getByRole('heading', { level: 2 })).toBeVisible();
  // The failed fetches (tried again on each step) are the browser's console errors this test caused; none other.
  const failedFetch = 'console error: Failed to load resource: net::ERR_FAILED';
  expect(pageProblems).toContain(failedFetch);
  pageProblems.splice(0, pageProblems.length, ...pageProblems.filter((problem) => problem !== failedFetch));
});

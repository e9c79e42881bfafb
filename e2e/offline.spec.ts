/**
 * Presenting at a venue whose network fails: after one visit to the deck, a reload with the
 * network gone presents every slide with its charts and opens the speaker view; at the root and
 * under a sub-path. Online again, a reload takes the deck the server has now.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { en } from '../src/i18n/en.ts';
import { ja } from '../src/i18n/ja.ts';
import { chartsReady } from './charts';
import { goToSlide, presentSlide } from './deck';
import { expect, test } from './fixtures';
import { subPath, subPathPort } from './servers';

/** Visits the deck online until it says it is kept for offline use. */
async function visitOnce(page: Page, deck: string, ready: string) {
  await page.goto(`${deck}#/1`);
  await expect(page.getByRole('status').filter({ hasText: ready })).toBeVisible({ timeout: 30_000 });
}

async function presentOffline(page: Page, context: BrowserContext, notes: string) {
  await context.setOffline(true);
  await page.reload();
  await expect(presentSlide(page)).toHaveAttribute('data-slide', '1');
  for (const slide of [13, 25, 29]) {
    await goToSlide(page, slide);
    await chartsReady(page, '.reveal .slides > section.present');
    await expect(presentSlide(page).locator('[data-chart-state="ready"]').first()).toBeVisible();
  }
  await goToSlide(page, 1);
  const popup = context.waitForEvent('page');
  await page.keyboard.press('s');
  const speakerView = await popup;
  await expect(speakerView.locator('.speaker-controls-notes')).toContainText(notes, { timeout: 15_000 });
  await expect(speakerView.frameLocator('#current-slide iframe').locator('.reveal .slides > section.present')).toHaveAttribute('data-slide', '1', { timeout: 15_000 });
  await speakerView.close();
  await context.setOffline(false);
}

const firstNotes = async (page: Page) => (await page.locator('.reveal .slides > section[data-slide="1"] aside.notes').textContent())!.trim().slice(0, 20);

test.use({ serviceWorkers: 'allow' });

test.describe('presenting without a network, after one visit', () => {
  test('the deck reloads offline with its slides, charts and speaker view', async ({ page, context }) => {
    await visitOnce(page, '/deck/', ja.pages.offlineReady);
    await presentOffline(page, context, await firstNotes(page));
  });

  test('the English deck, the same', async ({ page, context }) => {
    await visitOnce(page, '/en/deck/', en.pages.offlineReady);
    await presentOffline(page, context, await firstNotes(page));
  });

  test.describe('under a sub-path', () => {
    test.use({ baseURL: `http://127.0.0.1:${subPathPort}` });
    test('the deck reloads offline there too, its worker scoped to the base', async ({ page, context }) => {
      await visitOnce(page, `${subPath}deck/`, ja.pages.offlineReady);
      const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope);
      expect(new URL(scope!).pathname).toBe(subPath);
      await presentOffline(page, context, await firstNotes(page));
    });
  });

  test('online, a reload takes the page from the server, not the kept copy', async ({ page, context }) => {
    await visitOnce(page, '/deck/', ja.pages.offlineReady);
    // What the server sends now: the same page with a marker, as a new deploy would differ.
    const next = readFileSync('dist/deck/index.html', 'utf8').replace('<body>', '<body data-deploy="next">');
    await context.route('**/deck/', (route) => route.fulfill({ body: next, contentType: 'text/html; charset=utf-8' }));
    await page.reload();
    await expect(page.locator('body')).toHaveAttribute('data-deploy', 'next');
  });
});

test('an embed on a blog’s page registers no service worker', async ({ page }) => {
  await page.goto('/embed/eni-model/');
  await chartsReady(page);
  await page.goto('/import/');
  await page.goto('/embed/import/');
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
});

/**
 * Presenting at a venue whose network fails: after one visit to the deck, a reload with the
 * network gone presents every slide with its charts and opens the speaker view; at the root and
 * under a sub-path. After a new deploy, the next online load takes the new deck, and what is
 * kept offline from then on is the new deck whole.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { en } from '../src/i18n/en.ts';
import { ja } from '../src/i18n/ja.ts';
import { chartsReady } from './charts';
import { goToSlide, presentSlide } from './deck';
import { expect, test } from './fixtures';
import { type DeployServer, deployServer } from './deploy-server';
import { nextDeployDir, nextDeployMark, nextEventLine, nextNotesLine } from './next-deploy';
import { deployPort, subPath, subPathPort } from './servers';

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

/** The start of slide 1's notes, as built: the deck fetches them with the whole deck (deck/full/). */
const firstNotes = (deck: string) => {
  const html = readFileSync(`${deck}full/index.html`, 'utf8');
  return /<aside class="notes">\s*<p>([^<]{20})/.exec(html)![1]!;
};

test.use({ serviceWorkers: 'allow' });

test.describe('presenting without a network, after one visit', () => {
  test('the deck reloads offline with its slides, charts and speaker view', async ({ page, context }) => {
    await visitOnce(page, '/deck/', ja.pages.offlineReady);
    await presentOffline(page, context, firstNotes('dist/deck/'));
  });

  test('the English deck, the same', async ({ page, context }) => {
    await visitOnce(page, '/en/deck/', en.pages.offlineReady);
    await presentOffline(page, context, firstNotes('dist/en/deck/'));
  });

  test.describe('under a sub-path', () => {
    test.use({ baseURL: `http://127.0.0.1:${subPathPort}` });
    test('the deck reloads offline there too, its worker scoped to the base', async ({ page, context }) => {
      await visitOnce(page, `${subPath}deck/`, ja.pages.offlineReady);
      const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope);
      expect(new URL(scope!).pathname).toBe(subPath);
      await presentOffline(page, context, firstNotes('dist-subpath/deck/'));
    });
  });
});

/** The caches this origin's worker keeps, and the version each build names its own by (integration.ts). */
const cacheNames = (page: Page) => page.evaluate(() => caches.keys());
const versionOf = (dir: string) => /vpc-lambda-pages-([0-9a-f]+)/.exec(readFileSync(`${dir}/sw.js`, 'utf8'))![1];

test.describe('a new deploy, on a host that caches as GitHub Pages does', () => {
  let host: DeployServer;
  test.beforeAll(async () => {
    host = await deployServer('dist', deployPort);
  });
  test.afterAll(() => host.close());
  test.use({ baseURL: `http://127.0.0.1:${deployPort}` });

  test('online, the next load takes the new deck, and what is kept offline is the new deck whole', async ({ page, context }) => {
    const [first, next] = [versionOf('dist'), versionOf(nextDeployDir)];
    expect(next).not.toBe(first);
    await visitOnce(page, '/deck/', ja.pages.offlineReady);
    expect((await cacheNames(page)).every((name) => name.includes(first))).toBe(true);

    host.deploy(nextDeployDir);
    await page.reload();
    await expect(presentSlide(page)).toContainText(nextEventLine);
    await expect(page.locator('html')).toHaveAttribute('data-deploy', nextDeployMark);
    // Ready again only once the new deploy's worker keeps this page: by then nothing of the old one is left.
    await expect(page.getByRole('status').filter({ hasText: ja.pages.offlineReady })).toBeVisible({ timeout: 30_000 });
    const kept = await cacheNames(page);
    expect(kept.filter((name) => !name.includes(next)), 'caches left by the old deploy').toEqual([]);
    expect(kept.length).toBeGreaterThan(1);

    // Offline, the new page with its own scripts and charts: not the old deck, not a mix.
    const missing: string[] = [];
    page.on('requestfailed', (request) => missing.push(request.url()));
    await context.setOffline(true);
    await page.reload();
    await expect(presentSlide(page)).toContainText(nextEventLine);
    await expect(page.locator('html')).toHaveAttribute('data-deploy', nextDeployMark);
    for (const slide of [13, 29]) {
      await goToSlide(page, slide);
      await chartsReady(page, '.reveal .slides > section.present');
    }
    // The whole deck (figures, notes) kept with it is the new deploy's too.
    await expect(page.locator('.reveal .slides > section[data-slide="1"] aside.notes')).toContainText(nextNotesLine);
    expect(missing).toEqual([]);
    await context.setOffline(false);
  });
});

test('an embed on a blog’s page registers no service worker', async ({ page }) => {
  await page.goto('/embed/eni-model/');
  await chartsReady(page);
  await page.goto('/import/');
  await page.goto('/embed/import/');
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
});

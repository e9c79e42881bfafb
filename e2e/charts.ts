import { existsSync, readdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** The embed of a reader's own run: no chart of the registry, it draws what its link holds (import.spec.ts). */
export const importEmbed = 'import';

/** Every chart with a page of its own under /embed/, as the build made them (dist/embed/<id>/). */
export const chartIds = readdirSync('dist/embed', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== importEmbed && existsSync(`dist/embed/${entry.name}/index.html`))
  .map((entry) => entry.name)
  .sort();

/** Waits until every chart on the page that runs code in the browser has run it. */
export async function chartsReady(page: Page, scope = 'main') {
  await expect(page.locator(`${scope} [data-chart-state]:not([data-chart-state="ready"])`)).toHaveCount(0);
}

/**
 * Brings every chart of a page into view in turn, as a reader scrolling through does, and waits
 * for each to be ready: the page's own, and those that arrive as the reader nears them and take
 * their still's place (runtime/later.ts), found again by their place among the page's charts.
 */
export async function everyChartReady(page: Page, scope = 'main') {
  const selector = `${scope} [data-chart-state]`;
  const count = await page.locator(selector).count();
  for (let i = 0; i < count; i++) {
    await page.evaluate(([selector, i]) => document.querySelectorAll(selector)[i]?.scrollIntoView({ block: 'center' }), [selector, i] as const);
    await expect.poll(() => page.evaluate(([selector, i]) => document.querySelectorAll(selector)[i]?.getAttribute('data-chart-state'), [selector, i] as const)).toBe('ready');
  }
  await chartsReady(page, scope);
}

/**
 * Presses Tab until `target` has the focus, as a keyboard reader would reach it: one who waits for
 * a chart on its way to arrive, rather than tabbing on past its still before it has (a slow fetch
 * on a busy machine let Tab leave the chart behind, never to come back).
 */
export async function tabTo(page: Page, target: Locator, most = 80) {
  const onItsWay = page.locator('[data-chart-state="loading"], [data-chart-state="arrived"]');
  for (let i = 0; i < most; i += 1) {
    // (A chart that comes as the reader nears it is not there until Tab has brought its still into view.)
    if ((await target.count()) && (await target.evaluate((element) => element === document.activeElement))) return;
    await expect(onItsWay).toHaveCount(0);
    await page.keyboard.press('Tab');
  }
  throw new Error(`${target} not reached in ${most} presses of Tab`);
}


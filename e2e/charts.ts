import { existsSync, readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
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

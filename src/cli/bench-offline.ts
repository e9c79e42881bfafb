/**
 * What the deck's service worker adds (issue 15): the files it precaches once the deck is up,
 * gzipped as a server would send them, and how long after the first slide the deck says it is
 * ready offline. The first slide does not wait for it: registration starts on reveal's `ready`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { chromium } from '@playwright/test';
import { getManifest } from 'workbox-build';
import { manifestOptions } from '../offline/integration.ts';

type Browser = Awaited<ReturnType<typeof chromium.launch>>;

export async function measureOffline(browser: Browser, origin: string, dist: string) {
  // The manifest the build injected into sw.js, asked of Workbox the way the build asked it.
  const { manifestEntries } = await getManifest(manifestOptions(dist, '/'));
  const urls = manifestEntries.map((entry) => entry.url.slice(1));
  const precachedGzip = urls.reduce((sum, url) => sum + gzipSync(readFileSync(join(dist, url)), { level: 9 }).length, 0);
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'allow' });
  const page = await context.newPage();
  await page.goto(`${origin}/deck/`);
  await page.waitForSelector('.reveal.ready');
  const firstSlide = await page.evaluate(() => performance.now());
  await page.waitForFunction(() => (document.querySelector('.deck-offline')?.textContent ?? '') !== '', null, { timeout: 60_000 });
  const offlineReady = await page.evaluate(() => performance.now());
  await context.close();
  return { files: urls.length, precachedGzip, firstSlideMs: firstSlide, offlineReadyMs: offlineReady };
}

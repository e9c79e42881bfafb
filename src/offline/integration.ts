/**
 * The deck offline after one visit (issue 15): once the site is built, Workbox's generateSW
 * writes a service worker at the base that precaches every hashed script and stylesheet and the
 * data the charts load, so a venue without a network still presents every slide, chart and model
 * and opens the speaker view. Pages themselves go network first: online, a reload always takes
 * the deck just deployed; offline, the copy kept at the last visit. Both caches are named by the
 * build, so a new deploy replaces them whole (never a new page over old scripts).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';
import { cachePrefix, offlineWorker, pagesCache, workerPartName } from './worker.ts';
import { baseFolder, wholeDeckPath } from '../lib/paths.ts';

/** What the deck needs from the network, besides its pages: every chart's code and styles, and their data. */
export const precachedPatterns = ['_astro/**/*.{js,css}', 'data/*.{json,csv,txt}', 'favicon.svg', 'deck-noscript.css'];

/** One name per build: a digest of every file the worker keeps or serves. */
function buildVersion(dir: string): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    if (/\.(html|js|css|json)$/.test(name)) hash.update(name).update(readFileSync(join(dir, name)));
  }
  return hash.digest('hex').slice(0, 12);
}

export function offlineDeck(): AstroIntegration {
  let base = '/';
  return {
    name: 'offline-deck',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = baseFolder(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const version = buildVersion(out);
        const workerPart = workerPartName(version);
        writeFileSync(join(out, workerPart), offlineWorker(version));
        const pageCaching = {
          cacheName: pagesCache(version),
          // The speaker view loads the deck with ?receiver…: the same page.
          matchOptions: { ignoreSearch: true },
          // A venue's Wi-Fi that answers nothing: the kept copy after 5 s.
          networkTimeoutSeconds: 5,
        };
        const { count, size, warnings } = await generateSW({
          swDest: join(out, 'sw.js'),
          globDirectory: out,
          globPatterns: precachedPatterns,
          // Hashed file names change with their content: no revision needed.
          dontCacheBustURLsMatching: /^_astro\//,
          modifyURLPrefix: { '': base },
          // Every cache carries the build's version: the next deploy's worker drops all that do not.
          cacheId: `${cachePrefix}${version}`,
          importScripts: [`${base}${workerPart}`],
          runtimeCaching: [
            // Pages, network first…
            { urlPattern: ({ request }) => request.mode === 'navigate', handler: 'NetworkFirst', options: pageCaching },
            // …and the whole deck, which the deck fetches for its figures and notes (src/deck/whole.ts).
            // (Workbox writes these patterns into sw.js as source: a RegExp, not a closure over wholeDeckPath.)
            { urlPattern: new RegExp(`${wholeDeckPath.replace(/[/.]/g, '\\$&')}(\\?.*)?$`), handler: 'NetworkFirst', options: pageCaching },
          ],
          skipWaiting: true,
          clientsClaim: true,
          cleanupOutdatedCaches: true,
          inlineWorkboxRuntime: true,
          mode: 'production',
          sourcemap: false,
        });
        for (const warning of warnings) logger.warn(warning);
        logger.info(`sw.js: ${count} files precached (${Math.round(size / 1024)} KB), pages in ${pagesCache(version)}`);
      },
    },
  };
}

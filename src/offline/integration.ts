/**
 * The deck offline after one visit (issue 15): once the site is built, the service worker
 * (sw.ts, a TypeScript module importing Workbox's modules) is bundled into one classic script,
 * and Workbox's injectManifest writes it to sw.js at the base with the list of files to precache.
 * The worker names its caches by the build (worker.ts), so a new deploy replaces them whole.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'rolldown';
import { injectManifest, type GetManifestOptions } from 'workbox-build';
import { cacheNames, hashedAssets, precachedPatterns, type OfflineCaches } from './worker.ts';
import { baseFolder } from '../lib/paths.ts';

/** The worker's file at the base: the one address register.ts registers. */
export const workerFile = 'sw.js';

/**
 * One name per build: a digest of every file the worker keeps or serves. The worker itself is left
 * out, since it is written after and carries the name; so the name can be found again from a build.
 */
export function buildVersion(dir: string): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    if (/\.(html|js|css|json)$/.test(name) && name !== workerFile) hash.update(name).update(readFileSync(join(dir, name)));
  }
  return hash.digest('hex').slice(0, 12);
}

/** What is precached from a build, and how its URLs are written: the build and the tests of dist/ ask the same. */
export function manifestOptions(dir: string, base: string): GetManifestOptions {
  return {
    globDirectory: dir,
    globPatterns: precachedPatterns,
    modifyURLPrefix: { '': base },
    // Workbox tests this after modifyURLPrefix: against URLs with the base in front.
    dontCacheBustURLsMatching: hashedAssets(base),
  };
}

/** Bundles sw.ts and what it imports into one script (a classic worker: no import statements). */
async function bundleWorker(caches: OfflineCaches, file: string): Promise<void> {
  await build({
    input: fileURLToPath(new URL('./sw.ts', import.meta.url)),
    platform: 'browser',
    transform: {
      define: {
        __OFFLINE_CACHES__: JSON.stringify(caches),
        // Workbox's modules leave out their development logging and checks for production.
        'process.env.NODE_ENV': JSON.stringify('production'),
      },
    },
    output: { file, format: 'iife', minify: true },
  });
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
        const caches = cacheNames(buildVersion(out));
        const bundled = mkdtempSync(join(tmpdir(), 'vpc-lambda-sw-'));
        try {
          const swSrc = join(bundled, workerFile);
          await bundleWorker(caches, swSrc);
          const { count, size, warnings } = await injectManifest({ ...manifestOptions(out, base), swSrc, swDest: join(out, workerFile) });
          for (const warning of warnings) logger.warn(warning);
          logger.info(`${workerFile}: ${count} files precached (${Math.round(size / 1024)} KB), pages in ${caches.pages}`);
        } finally {
          rmSync(bundled, { recursive: true, force: true });
        }
      },
    },
  };
}

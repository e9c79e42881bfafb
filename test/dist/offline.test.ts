/**
 * The service worker the build writes (src/offline/): what it keeps for presenting offline, in
 * both builds, and that pages stay network first so a deploy is never hidden behind a copy.
 */
import { describe, expect, it } from 'vitest';
import { builtSite } from './site.ts';

for (const [dir, base] of [['dist', '/'], ['dist-subpath', '/vpc-lambda/']] as const) {
  describe(`${dir}/sw.js`, () => {
    const site = builtSite(dir, base);
    const worker = site.file('sw.js').toString('utf8');
    const precached = [...worker.matchAll(/\{url:"([^"]+)"/g)].map((match) => match[1]!);
    const scripts = site.files.filter((file) => /^_astro\/.+\.(js|css)$/.test(file)).map((file) => `${base}${file}`);

    it('precaches every script and stylesheet the build wrote, and the charts’ data, inside the base', () => {
      expect(precached).toEqual(expect.arrayContaining(scripts));
      expect(precached).toEqual(expect.arrayContaining([`${base}data/v2-2019-10-20.json`, `${base}favicon.svg`]));
      for (const url of precached) expect(url.startsWith(base)).toBe(true);
    });

    it('keeps no page in the precache: pages go network first, kept per build', () => {
      expect(precached.filter((url) => url.endsWith('.html') || url.endsWith('/'))).toEqual([]);
      // Workbox's NetworkFirst, minified: the navigation route races the network against its timeout,
      // and so does the route of the whole deck (fetched, not navigated to), into the same cache.
      const strategy = /=>"navigate"===\w+\.mode,new (\w+)\(\{cacheName:"vpc-lambda-pages-/.exec(worker)?.[1];
      expect(strategy, 'the navigation route').toBeDefined();
      expect(worker).toContain(`(/\\/deck\\/full\\/(\\?.*)?$/,new ${strategy}({cacheName:"vpc-lambda-pages-`);
      expect(worker).toMatch(/networkTimeoutSeconds:5/);
      // The part sw.js imports is named by the build, as is every cache, so no deploy runs another's.
      const version = new RegExp(`importScripts\\("${base}offline-([0-9a-f]{12})\\.js"\\)`).exec(worker)?.[1];
      expect(version, `sw.js imports ${base}offline-<version>.js`).toBeDefined();
      expect(site.file(`offline-${version}.js`).toString('utf8')).toContain(`const pages = "vpc-lambda-pages-${version}";`);
      expect(worker).toContain(`cacheName:"vpc-lambda-pages-${version}"`);
    });
  });
}

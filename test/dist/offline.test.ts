/**
 * The service worker the build writes (src/offline/), in both builds: sw.ts bundled, with the
 * precache manifest Workbox computes for the build in place, run as a browser runs it
 * (worker-scope.ts): what it keeps for presenting offline, under its own cache names, and that
 * pages stay network first so a deploy is never hidden behind a copy.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { getManifest, type ManifestEntry } from 'workbox-build';
import { buildVersion, manifestOptions } from '../../src/offline/integration.ts';
import { cacheNames } from '../../src/offline/worker.ts';
import { builtSite } from './site.ts';
import { runWorker } from './worker-scope.ts';

const origin = 'https://talk.example';

for (const [dir, base] of [['dist', '/'], ['dist-subpath', '/vpc-lambda/']] as const) {
  describe(`${dir}/sw.js`, () => {
    const site = builtSite(dir, base);
    const worker = site.file('sw.js').toString('utf8');
    const own = cacheNames(buildVersion(dir));
    const scripts = site.files.filter((file) => /^_astro\/.+\.(js|css)$/.test(file)).map((file) => `${base}${file}`);
    let manifest: ManifestEntry[] = [];
    beforeAll(async () => {
      manifest = (await getManifest(manifestOptions(dir, base))).manifestEntries;
    });
    const precached = () => manifest.map((entry) => entry.url);

    it('is sw.ts bundled into one script, with the build’s manifest where self.__WB_MANIFEST stood', () => {
      // Workbox writes the manifest with its keys sorted.
      expect(worker).toContain(JSON.stringify(manifest.map(({ revision, url }) => ({ revision, url }))));
      expect(worker).not.toContain('__WB_MANIFEST');
      // Workbox's modules as the worker uses them, with no development logging: about 21 KB.
      expect(worker.length).toBeGreaterThan(10_000);
      expect(worker.length).toBeLessThan(32_000);
      // The whole worker is this one file: nothing imported beside it, of this deploy or another.
      expect(site.files.filter((file) => /^offline-/.test(file))).toEqual([]);
      // e2e/offline.spec.ts reads the build's version from the pages cache's name in sw.js.
      expect(worker).toContain(own.pages);
    });

    it('precaches every script and stylesheet the build wrote, and the charts’ data, inside the base', () => {
      expect(precached()).toEqual(expect.arrayContaining(scripts));
      expect(precached()).toEqual(expect.arrayContaining([`${base}data/v2-2019-10-20.json`, `${base}favicon.svg`]));
      for (const url of precached()) expect(url.startsWith(base)).toBe(true);
      // Hashed files are kept by their URL alone; the rest carry a revision of their content.
      for (const { url, revision } of manifest) expect(revision === null, url).toBe(url.startsWith(`${base}_astro/`));
    });

    it('keeps no page in the precache: pages go network first, kept per build', () => {
      expect(precached().filter((url) => url.endsWith('.html') || url.endsWith('/'))).toEqual([]);
    });

    it('installs into its own precache, named by the build, and on activating drops what an earlier deploy kept', async () => {
      const scope = runWorker(site, origin);
      await scope.caches.open('vpc-lambda-pages-000000000000');
      await scope.caches.open(`vpc-lambda-000000000000-precache-v2-${origin}${base}`);
      await scope.dispatch('install');
      expect((await scope.caches.open(own.precache)).entries.size).toBe(manifest.length);
      await scope.dispatch('activate');
      expect(await scope.caches.keys()).toEqual([own.precache]);
    });

    it('serves pages and the whole deck network first, into its pages cache, and the kept copies offline', async () => {
      const scope = runWorker(site, origin);
      await scope.dispatch('install');
      const online = await (await scope.request(`${base}deck/`, 'navigate'))!.text();
      expect(online).toBe(site.file('deck/index.html').toString('utf8'));
      expect((await scope.request(`${base}deck/full/`))?.status).toBe(200);
      expect([...(await scope.caches.open(own.pages)).entries.keys()]).toEqual([`${origin}${base}deck/`, `${origin}${base}deck/full/`]);
      scope.online = false;
      // The speaker view loads the deck with ?receiver: the same kept page.
      expect(await (await scope.request(`${base}deck/?receiver`, 'navigate'))!.text()).toBe(online);
      expect((await scope.request(`${base}deck/full/`))?.status).toBe(200);
      expect((await scope.request(scripts[0]!))?.status).toBe(200);
    });

    it('keeps a deck and its whole deck when the page asks, and declines a page of another deploy', async () => {
      const scope = runWorker(site, origin);
      await scope.dispatch('install');
      const script = new URL(scripts.find((url) => url.endsWith('.js'))!, origin).href;
      const ask = { type: 'keep-page', url: `${base}en/deck/`, script, also: [`${base}en/deck/full/`] };
      expect(await scope.message(ask)).toEqual([{ type: 'page-kept', url: `${base}en/deck/` }]);
      expect([...(await scope.caches.open(own.pages)).entries.keys()]).toEqual([`${origin}${base}en/deck/`, `${origin}${base}en/deck/full/`]);
      const newer = { ...ask, script: new URL(`${base}_astro/present.NewDeploy.js`, origin).href };
      expect(await scope.message(newer)).toEqual([{ type: 'page-of-another-deploy', url: `${base}en/deck/` }]);
    });
  });
}

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getManifest } from 'workbox-build';
import { buildVersion, manifestOptions } from './integration';
import { cacheNames, hashedAssets, isPageRequest, keepPageRequest, keepPages, outdatedCaches, type KeepPageWorker, type PageCache } from './worker';

const origin = 'https://talk.example';

describe('the caches a build keeps', () => {
  it('are two, named by the build', () => {
    expect(cacheNames('0123456789ab')).toEqual({ precache: 'vpc-lambda-precache-0123456789ab', pages: 'vpc-lambda-pages-0123456789ab' });
  });

  it('replace every cache an earlier deploy left, Workbox’s names for it included, and no one else’s', () => {
    const own = cacheNames('new000000000');
    const keys = [
      own.precache,
      own.pages,
      'vpc-lambda-precache-old000000000',
      'vpc-lambda-pages-old000000000',
      `vpc-lambda-old000000000-precache-v2-${origin}/`,
      'another-app-runtime',
    ];
    expect(outdatedCaches(keys, own)).toEqual(['vpc-lambda-precache-old000000000', 'vpc-lambda-pages-old000000000', `vpc-lambda-old000000000-precache-v2-${origin}/`]);
  });
});

describe('what is precached without a revision', () => {
  it('is every file under _astro/, whose name carries its content, with the base in front', () => {
    for (const base of ['/', '/vpc-lambda/']) {
      expect(hashedAssets(base).test(`${base}_astro/present.B9wGA2J3.js`)).toBe(true);
      expect(hashedAssets(base).test(`${base}data/v2-2019-10-20.json`)).toBe(false);
      expect(hashedAssets(base).test('_astro/present.B9wGA2J3.js')).toBe(false);
    }
    expect(hashedAssets('/').test('/vpc-lambda/_astro/present.B9wGA2J3.js')).toBe(false);
  });

  describe('as Workbox writes the manifest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vpc-lambda-manifest-'));
    mkdirSync(join(dir, '_astro'));
    mkdirSync(join(dir, 'data'));
    writeFileSync(join(dir, '_astro/present.B9wGA2J3.js'), 'export {}');
    writeFileSync(join(dir, 'data/run.json'), '{}');
    writeFileSync(join(dir, 'index.html'), '<!doctype html>');
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    for (const base of ['/', '/vpc-lambda/']) {
      it(`keeps hashed files by their URL alone and revises the rest, under ${base}`, async () => {
        const { manifestEntries } = await getManifest(manifestOptions(dir, base));
        expect(manifestEntries).toEqual([
          { url: `${base}_astro/present.B9wGA2J3.js`, revision: null },
          { url: `${base}data/run.json`, revision: expect.stringMatching(/^[0-9a-f]{32}$/) },
        ]);
      });
    }
  });
});

describe('the build’s version', () => {
  it('changes with a page, and not with the worker written after it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vpc-lambda-version-'));
    try {
      writeFileSync(join(dir, 'index.html'), '<p>2019年10月26日</p>');
      const first = buildVersion(dir);
      expect(first).toMatch(/^[0-9a-f]{12}$/);
      writeFileSync(join(dir, 'sw.js'), `/* ${cacheNames(first).pages} */`);
      expect(buildVersion(dir)).toBe(first);
      writeFileSync(join(dir, 'index.html'), '<p>2019年10月26日(次のデプロイ)</p>');
      expect(buildVersion(dir)).not.toBe(first);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the requests served network first from the pages cache', () => {
  const request = (url: string, mode = 'cors') => ({ url, mode });

  it('are every page opened, and the whole deck of either edition, under any base', () => {
    expect(isPageRequest(request(`${origin}/read/`, 'navigate'), origin)).toBe(true);
    expect(isPageRequest(request(`${origin}/deck/full/`), origin)).toBe(true);
    expect(isPageRequest(request(`${origin}/en/deck/full/?v=2`), origin)).toBe(true);
    expect(isPageRequest(request(`${origin}/vpc-lambda/deck/full/`), origin)).toBe(true);
  });

  it('are not scripts, data, nor the whole deck of another origin', () => {
    expect(isPageRequest(request(`${origin}/_astro/present.B9wGA2J3.js`), origin)).toBe(false);
    expect(isPageRequest(request(`${origin}/data/v2-2019-10-20.json`), origin)).toBe(false);
    expect(isPageRequest(request('https://elsewhere.example/deck/full/'), origin)).toBe(false);
  });
});

describe('a request to keep a page', () => {
  const scope = `${origin}/vpc-lambda/`;
  const script = `${origin}/vpc-lambda/_astro/present.B9wGA2J3.js`;

  it('names the page and the pages it fetches later, within the worker’s scope', () => {
    const request = keepPageRequest({ type: 'keep-page', url: '/vpc-lambda/deck/', script, also: ['/vpc-lambda/deck/full/', 7] }, scope, origin);
    expect(request?.page.href).toBe(`${scope}deck/`);
    expect(request?.also.map((page) => page.href)).toEqual([`${scope}deck/full/`]);
    expect(request?.script).toBe(script);
  });

  it('is nothing when malformed, or when it names a page of another origin', () => {
    expect(keepPageRequest(null, scope, origin)).toBeUndefined();
    expect(keepPageRequest({ type: 'page-kept', url: '/deck/', script }, scope, origin)).toBeUndefined();
    expect(keepPageRequest({ type: 'keep-page', url: '/deck/' }, scope, origin)).toBeUndefined();
    expect(keepPageRequest({ type: 'keep-page', url: 'https://elsewhere.example/deck/', script, also: [] }, scope, origin)).toBeUndefined();
    expect(keepPageRequest({ type: 'keep-page', url: '/deck/', script, also: ['https://elsewhere.example/'] }, scope, origin)).toBeUndefined();
  });
});

describe('keeping a page', () => {
  const request = keepPageRequest({ type: 'keep-page', url: '/deck/', script: `${origin}/_astro/present.js`, also: ['/deck/full/'] }, `${origin}/`, origin)!;

  /** A worker whose pages cache already holds `kept`, recording what it is asked to do. */
  function fakeWorker({ holds = true, kept = [] as string[], failing = false } = {}) {
    const log: string[] = [];
    const cache: PageCache = {
      match: async (url) => (kept.includes(url) ? {} : undefined),
      add: async (request) => {
        if (failing) throw new TypeError('Failed to fetch');
        log.push(`add ${request.url} (${request.cache})`);
      },
    };
    const worker: KeepPageWorker = {
      holdsScript: async (url) => (log.push(`script ${url}`), holds),
      openPages: async () => (log.push('open pages'), cache),
      dropOutdated: async () => void log.push('drop outdated'),
    };
    return { worker, log };
  }

  it('fetches what the pages cache lacks, bypassing the HTTP cache, then drops earlier deploys’ caches before saying so', async () => {
    const { worker, log } = fakeWorker({ kept: [`${origin}/deck/`] });
    expect(await keepPages(request, worker)).toBe('page-kept');
    expect(log).toEqual([`script ${origin}/_astro/present.js`, 'open pages', `add ${origin}/deck/full/ (reload)`, 'drop outdated']);
  });

  it('declines a page of another deploy, whose script this worker did not precache, and touches no cache', async () => {
    const { worker, log } = fakeWorker({ holds: false });
    expect(await keepPages(request, worker)).toBe('page-of-another-deploy');
    expect(log).toEqual([`script ${origin}/_astro/present.js`]);
  });

  it('says a page could not be kept when a fetch fails, never that it was', async () => {
    const { worker, log } = fakeWorker({ failing: true });
    expect(await keepPages(request, worker)).toBe('page-not-kept');
    expect(log).not.toContain('drop outdated');
  });
});

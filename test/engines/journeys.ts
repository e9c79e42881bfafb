/**
 * The site's main journeys, as a reader takes them, in one engine: firefox.test.ts and
 * webkit.test.ts run them, each in its own process, side by side.
 * Elements are found by role, label or the page's own words (src/i18n); nothing sleeps: each step
 * waits on what a reader would see, or on a chart's data-chart-state. Every journey ends with no
 * uncaught exception in any of its pages. Screenshots go to test-results/engines/.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { after, before, describe, it, type TestContext } from 'node:test';
import { offSlide } from '../../e2e/off-slide.ts';
import { ja } from '../../src/i18n/ja.ts';
import { talk } from '../../src/lib/talk.ts';
import { engines, missing, poll, waiting, type Engine, type Tab } from './engines.ts';
import { backgroundLightness, cutOrSpilling, deckMoving } from './measure.ts';
import { hostPage } from './servers.ts';

const present = '.reveal .slides > section.present';
/** A slide's title as its file gives it (src/content/slides/ja/NN-*.mdx). */
const slideTitle = (n: number) => {
  const file = readdirSync('src/content/slides/ja').find((name) => name.startsWith(`${String(n).padStart(2, '0')}-`))!;
  return /^title:\s*'(.*)'$/m.exec(readFileSync(`src/content/slides/ja/${file}`, 'utf8'))![1]!.replace(/''/g, "'");
};
const run = (id: string) => JSON.parse(readFileSync(`data/runs/${id}.json`, 'utf8')).report as { histogram: { count: number }[] };
const may = 'v1-2019-05-29';
const mayCounts = run(may).histogram.map((bucket) => bucket.count);
const mayRequests = mayCounts.reduce((a, b) => a + b, 0);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The slide on screen, once reveal has put it there. */
async function onSlide(tab: Tab, n: number) {
  await tab.waitFor(`slide ${n} on screen`, (n) => document.querySelector('.reveal .slides > section.present')?.getAttribute('data-slide') === String(n), n);
}

/** The deck answers keys once its slide number shows (reveal has started). */
async function deckReady(tab: Tab, n: number) {
  await tab.waitFor(`the slide number ${n} / ${talk.slideCount}`, (n, total) => new RegExp(`^\\s*${n}\\s*/\\s*${total}\\s*$`).test(document.querySelector('.reveal .slide-number')?.textContent ?? ''), n, talk.slideCount);
}

/** Every chart in `scope` that runs code in the browser has run it. */
async function chartsReady(tab: Tab, scope: string) {
  await tab.waitFor(`the charts in ${scope} ready`, (scope) => {
    const charts = [...document.querySelectorAll(`${scope} [data-chart-state]`)];
    return charts.every((chart) => chart.getAttribute('data-chart-state') === 'ready') && charts.length;
  }, scope);
}

/** Whether the element is on screen in full: a box, not hidden, and no ancestor faded (a fragment's step). */
function shown(tab: Tab, selector: string) {
  return tab.evaluate((selector) => {
    const element = document.querySelector(selector);
    if (!element) return false;
    const box = element.getBoundingClientRect();
    let opacity = 1;
    for (let e: Element | null = element; e; e = e.parentElement) opacity *= Number(getComputedStyle(e).opacity);
    return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility === 'visible' && opacity === 1;
  }, selector);
}

/**
 * What `measure` finds once the layout has settled: the same two frames apart (a resize reaches a
 * chart's canvas a frame or two later). `frames` waits for them in the page measured.
 */
async function settled(measure: () => Promise<string[]>, frames: () => Promise<unknown>): Promise<string[]> {
  let last = JSON.stringify(await measure());
  await poll('the layout to settle', async () => {
    await frames();
    const now = JSON.stringify(await measure());
    const same = now === last;
    last = now;
    return same;
  });
  return JSON.parse(last) as string[];
}
const twoFrames = () =>
  new Promise((done, fail) => {
    requestAnimationFrame(() => requestAnimationFrame(done));
    setTimeout(() => fail(new Error('no animation frame for 5 s')), 5_000);
  });

/** Asserts that `findings` (of `where`) are none, in a subtest of its own so that each place is named. */
async function expectNone(t: TestContext, where: string, findings: string[]) {
  await t.test(`${where}: nothing past its box or cut`, () => {
    assert.deepEqual(findings, []);
  });
}

/** Clean-up after a failure, which a stuck browser must not hold up: 10 s at most, its errors dropped. */
function bounded(step: Promise<unknown>) {
  return Promise.race([step.catch(() => undefined), new Promise((done) => setTimeout(done, 10_000).unref())]);
}

async function noProblems(tab: Tab) {
  assert.deepEqual(await tab.problems(), [], `uncaught exceptions in ${tab.engine}`);
}

export function journeys(key: keyof typeof engines) {
  const engine: Engine = engines[key]();
  describe(`in ${engine.name}`, () => {
    before(async () => {
      const why = missing(engine.name);
      if (why) throw new Error(why);
      await engine.start();
    });
    after(() => engine.stop());

    /**
     * Each journey in a fresh profile, in 60 s at most (then it fails naming what it was waiting
     * for); whatever it opened is closed even when it fails.
     */
    const journey = (name: string, body: (tab: Tab, t: TestContext) => Promise<void>) =>
      it(name, async (t) => {
        let tab: Tab | undefined;
        let timer: NodeJS.Timeout | undefined;
        const run = async () => {
          waiting.for = `a fresh ${engine.name} page`;
          tab = await engine.newTab();
          await tab.setViewport(1280, 720);
          await body(tab, t);
          await noProblems(tab);
        };
        try {
          await Promise.race([run(), new Promise((_, fail) => (timer = setTimeout(() => fail(new Error(`over 60 s; it was waiting for ${waiting.for}${engine.state ? ` (${engine.state()})` : ''}`)), 60_000)))]);
        } catch (error) {
          if (tab) await bounded(tab.screenshot(`failed-${name.slice(0, 40).replace(/[^\w]+/g, '-')}`));
          throw error;
        } finally {
          clearTimeout(timer);
          if (tab) await bounded(tab.close());
        }
      });

    journey('the deck opens on its title, steps with the arrow keys, opens a deep link to slide 25, steps slide 26 to its comparison and flips its theme with T', async (tab) => {
      await tab.goto('/deck/');
      await tab.see({ role: 'heading', level: 1, name: talk.title });
      await deckReady(tab, 1);
      await tab.press('ArrowRight');
      await onSlide(tab, 2);
      await tab.see({ within: present, role: 'heading', level: 2, name: slideTitle(2) });
      assert.match(await tab.evaluate(() => location.hash), /^#\/2$/);

      await tab.goto('/deck/#/25');
      await onSlide(tab, 25);
      await tab.see({ within: present, role: 'heading', name: slideTitle(25) });
      assert.match(await tab.text({ within: present, css: '.hey-output' }), /Slowest:\t13\.0460 secs/);
      await deckReady(tab, 25);

      await tab.press('ArrowRight');
      await onSlide(tab, 26);
      await chartsReady(tab, present);
      const row = (model: 'before' | 'after') => `${present} .histogram-compare .compare-row[data-model="${model}"]`;
      assert.equal(await shown(tab, row('before')), false, 'the comparison waits for its step');
      await tab.press('ArrowRight');
      await poll('May on the comparison’s time axis', () => shown(tab, row('before')));
      assert.equal(await shown(tab, row('after')), false, 'October comes at the next step');
      await tab.press('ArrowRight');
      await poll('October below May', () => shown(tab, row('after')));
      await onSlide(tab, 26);

      // T, the projector key: the engine's page is light by default; T makes the deck dark, and light again.
      const theme = async () => ({ theme: await tab.evaluate(() => document.documentElement.dataset.theme), lightness: await tab.evaluate(backgroundLightness) });
      const start = await theme();
      assert.ok(start.lightness > 600, `a light deck to start with (${JSON.stringify(start)})`);
      await tab.press('t');
      await poll('the deck turned dark', async () => {
        const now = await theme();
        return now.theme === 'dark' && now.lightness < 150;
      });
      await tab.press('t');
      await poll('the deck light again', async () => {
        const now = await theme();
        return now.theme === 'light' && now.lightness > 600;
      });
      await onSlide(tab, 26);
    });

    journey('at 1280×720, nothing on slides 12, 13, 25 and 29 runs past the slide or is cut, every step shown and every drawing come', async (tab, t) => {
      await tab.goto('/deck/#/12');
      await onSlide(tab, 12);
      // A link to a slide with a drawing waits for the whole deck (/deck/full/): its notes come with it.
      await tab.waitFor('the whole deck, with all 47 slides’ notes', (n) => document.querySelectorAll('.reveal aside.notes').length === n, talk.slideCount);
      for (const n of [12, 13, 25, 29]) {
        const fragments = await tab.evaluate((n) => document.querySelectorAll(`.reveal .slides > section[data-slide="${n}"] .fragment`).length, n);
        await tab.evaluate((hash) => void (location.hash = hash), fragments ? `#/${n}/1/${fragments - 1}` : `#/${n}`);
        await onSlide(tab, n);
        await tab.waitFor(`every step of slide ${n} shown`, () => document.querySelectorAll('.reveal .slides > section.present .fragment:not(.visible)').length === 0);
        await chartsReady(tab, present);
        await poll(`slide ${n} at rest`, async () => (await tab.evaluate(deckMoving)) === 0);
        const off = await settled(async () => [...(await tab.evaluate(offSlide)), ...(await tab.evaluate(cutOrSpilling, present, false))], () => tab.evaluate(twoFrames));
        await tab.screenshot(`deck-slide-${n}`);
        await expectNone(t, `slide ${n} at 1280×720`, off);
      }
    });

    journey('/read/: every chart is ready once scrolled to, a replay plays to its end at 20×, and at 390 px nothing in slides 25 and 29 runs past its box', async (tab, t) => {
      await tab.goto('/read/');
      await tab.see({ role: 'heading', level: 1, name: talk.title });
      const count = await tab.evaluate(() => document.querySelectorAll('main [data-chart-state]').length);
      assert.ok(count >= 5, `charts that run code on the page (${count})`);
      for (let i = 0; i < count; i++) {
        await tab.evaluate((i) => document.querySelectorAll('main [data-chart-state]')[i]!.scrollIntoView({ block: 'center' }), i);
        await tab.waitFor(`chart ${i + 1} of ${count} ready`, (i) => document.querySelectorAll('main [data-chart-state]')[i]!.getAttribute('data-chart-state') === 'ready', i);
      }

      const replay = '#slide-25 .replay-controls';
      await tab.evaluate(() => document.querySelector('#slide-25 .replay-controls')!.scrollIntoView({ block: 'center' }));
      // The label holds the select, whose options are part of its text.
      await tab.select({ within: replay, label: new RegExp(`^${escape(ja.replay.speed)}`) }, '20');
      await tab.click({ within: replay, role: 'button', name: new RegExp(`${escape(ja.replay.play)}$`) });
      await tab.waitFor('the replay playing', () => document.querySelector('#slide-25 [data-action="play"]')?.getAttribute('data-playing') === 'true');
      await tab.waitFor(`all ${mayRequests} requests done`, (n) => document.querySelector('#slide-25 output[name="done"]')?.textContent?.replace(/,/g, '') === String(n) && document.querySelector('#slide-25 [data-action="play"]')?.getAttribute('data-playing') === 'false', mayRequests);
      const labels = await tab.evaluate(() => [...document.querySelectorAll('#slide-25 text.bar-label')].map((label) => label.textContent));
      assert.deepEqual(labels, mayCounts.map((count) => count.toLocaleString('en-US')));

      // At 390 px: the window itself where the engine can make it that narrow, else the page in a
      // 390×844 iframe of a page of our own (its media queries and layout are the iframe's).
      let inPage: <A extends unknown[], R>(fn: (...args: A) => R, ...args: A) => Promise<Awaited<R>> = (fn, ...args) => tab.evaluate(fn, ...args);
      let phone: Awaited<ReturnType<typeof hostPage>> | undefined;
      if (!(await tab.setViewport(390, 844))) {
        t.diagnostic(`${tab.engine}’s window cannot be 390 px wide: /read/ is measured in a 390×844 iframe`);
        phone = await hostPage(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A phone</title></head><body style="margin:0"><iframe id="phone" title="/read/ at 390 px" src="${tab.site}/read/" style="border:0;width:390px;height:844px"></iframe></body></html>`);
        await tab.setViewport(1280, 900);
        await tab.goto(`${phone.origin}/`);
        inPage = (fn, ...args) => tab.inFrame('#phone', fn, ...args);
      }
      try {
        for (const slide of ['#slide-25', '#slide-29']) {
          await poll(`${slide} on screen`, () => inPage((slide) => {
            document.querySelector(slide)?.scrollIntoView();
            return document.querySelector(slide) !== null;
          }, slide));
          // Scrolled to in turn, as a reader does: a chart in a commentary comes only as the reader nears it.
          await poll(`the charts in ${slide} ready`, () => inPage((slide) => {
            const charts = [...document.querySelectorAll(`${slide} [data-chart-state]`)];
            charts.find((chart) => chart.getAttribute('data-chart-state') !== 'ready')?.scrollIntoView({ block: 'center' });
            return charts.length > 0 && charts.every((chart) => chart.getAttribute('data-chart-state') === 'ready');
          }, slide));
          // The worker readout too, as a reader opens it by tapping the lanes.
          if (phone) await tab.clickIn('#phone', `${slide} .replay-probe`);
          else await tab.click({ within: slide, role: 'slider', name: ja.replay.worker.label });
          await poll(`the worker readout in ${slide}`, () => inPage((slide) => document.querySelector<HTMLElement>(`${slide} .replay-worker`)?.hidden === false, slide));
          const off = await settled(() => inPage(cutOrSpilling, slide, true), () => inPage(twoFrames));
          await tab.screenshot(`read-390-${slide.slice(1)}`);
          await expectNone(t, `${slide} at 390 px`, off);
        }
      } finally {
        await phone?.close();
      }
    });

    journey('a chart embedded in a blog’s page on another origin sizes its iframe to the chart', async (tab) => {
      const site = tab.site;
      const host = await hostPage(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A blog</title></head><body style="margin:0">
        <main style="width:900px"><h1>A post</h1>
          <iframe id="replay" title="replay" src="${site}/embed/replay-${may}/" style="border:0;width:100%" height="150"></iframe>
        </main><script src="${site}/embed.js"></script></body></html>`);
      try {
        await tab.goto(`${host.origin}/`);
        await tab.see({ role: 'heading', name: 'A post' });
        const chartHeight = () => tab.inFrame('#replay', () => {
          const main = document.querySelector('main');
          if (document.querySelector('[data-chart-state]')?.getAttribute('data-chart-state') !== 'ready' || !main) return 0;
          return Math.ceil(main.getBoundingClientRect().height + parseFloat(getComputedStyle(document.body).marginTop) * 2);
        });
        const frameHeight = () => tab.evaluate(() => document.querySelector('#replay')!.getBoundingClientRect().height);
        // embed.js sets the iframe's height from the chart's message; it started at 150 px.
        await poll('the iframe as tall as its chart', async () => {
          const [frame, chart] = [await frameHeight(), await chartHeight()];
          return chart > 300 && Math.abs(frame - chart) <= 1;
        });
      } finally {
        await host.close();
      }
    });

    journey('/import/: a pasted hey report draws the recorded histogram, and its share link opened in a new page shows the same figures', async (tab) => {
      const t = ja.importer;
      await tab.goto('/import/');
      await tab.paste({ label: t.pasteLabel }, readFileSync(`data/runs/${may}.txt`, 'utf8'));
      await tab.see({ role: 'heading', name: t.runHeading });
      const drawn = (on: Tab) => () => on.evaluate(() => {
        const figure = document.querySelector('[data-result] figure[data-chart="histogram-your-run"]');
        const svg = figure?.querySelector('svg[role="img"]')?.getBoundingClientRect();
        if (!svg?.width) return null;
        return {
          bars: [...figure!.querySelectorAll('rect.bar')].map((bar) => Number(bar.getAttribute('data-count'))),
          figures: document.querySelector('.importer-figures')?.textContent?.replace(/\s+/g, ' ').trim(),
        };
      });
      const mine = await poll('the histogram of the pasted run', drawn(tab));
      assert.deepEqual(mine.bars, mayCounts);
      assert.match(mine.figures ?? '', new RegExp(`${escape(t.figures.requests)}\\s*${mayRequests}`));
      await tab.evaluate(() => document.querySelector('[data-result] figure[data-chart="histogram-your-run"]')!.scrollIntoView({ block: 'center' }));
      await tab.screenshot('import-run');
      const link = await tab.waitFor('the share link', () => (document.querySelector('[data-share-link]') as HTMLInputElement | null)?.value.match(/#run=/) && (document.querySelector('[data-share-link]') as HTMLInputElement).value);
      await tab.inNewPage(link, async (opened) => {
        await opened.see({ text: t.shared });
        const theirs = await poll('the histogram from the link', drawn(opened));
        assert.deepEqual(theirs, mine);
      });
    });

    journey('the ENI model is ready and plays, and a new preset changes its figures', async (tab) => {
      const m = ja.eniModel;
      await tab.goto('/embed/eni-model/');
      await chartsReady(tab, 'main');
      const figure = (panel: string, name: string) => tab.evaluate((panel, name) => Number(document.querySelector(`.eni-model-panel[data-model="${panel}"] output[name="${name}"]`)?.textContent?.replace(/,/g, '')), panel, name);
      // Motion is on in these engines: it plays from the start by itself.
      await tab.waitFor('the model playing', () => document.querySelector('.eni-model [data-action="play"]')?.getAttribute('data-playing') === 'true');
      await tab.see({ role: 'button', name: m.pause });
      await tab.waitFor('environments starting', () => Number(document.querySelector('.eni-model-panel[data-model="before"] output[name="environments"]')?.textContent) > 0);
      const atEnd = async () => {
        await tab.focus({ role: 'slider', name: m.time });
        await tab.press('End');
        await tab.waitFor('the run’s end', () => document.querySelector('.eni-model [data-action="play"]')?.getAttribute('data-playing') === 'false');
        return { environments: await figure('before', 'environments'), enis: await figure('before', 'enis'), afterEnis: await figure('after', 'enis') };
      };
      const first = await atEnd();
      assert.deepEqual(first, { environments: 50, enis: 3, afterEnis: 1 });
      // The load follows the model, folded under its summary until asked for.
      await tab.click({ text: m.loadHeading });
      await tab.select({ label: new RegExp(`^${escape(m.load)}`) }, 'ramp');
      await tab.waitFor('the ramp in the address', () => /[?&]preset=ramp\b/.test(location.search));
      const ramp = await atEnd();
      assert.notDeepEqual(ramp, first, 'the figures of another scenario');
      assert.equal(ramp.afterEnis, 1);
    });

    journey('after one visit the deck reloads without a network, its service worker serving slides 13, 25 and 29 with their charts', async (tab, t) => {
      await tab.goto('/deck/#/1');
      await deckReady(tab, 1);
      // The deck registers its worker once reveal is ready. An engine that refuses service workers is
      // skipped, saying why (the deck goes on without one); one that accepts them must get the deck's.
      const worker = await tab.evaluate(async () => {
        if (!('serviceWorker' in navigator)) return 'refused: navigator.serviceWorker is missing';
        const active = await Promise.race([navigator.serviceWorker.ready.then(() => 'active'), new Promise<string>((resolve) => setTimeout(() => resolve('none after 15 s'), 15_000))]);
        if (active === 'active') return active;
        return navigator.serviceWorker.register('/sw.js', { scope: '/' }).then(() => `the engine takes /sw.js, but the deck registered none (${active})`, (error) => `refused: ${error}`);
      });
      if (worker.startsWith('refused')) return void t.skip(`${tab.engine} cannot run the deck’s service worker (${worker})`);
      assert.equal(worker, 'active');
      await tab.see({ text: ja.pages.offlineReady });
      await tab.setOffline(true);
      try {
        await tab.reload();
        await onSlide(tab, 1);
        assert.ok(await tab.evaluate(() => Boolean(navigator.serviceWorker.controller)), 'the page came from the service worker');
        for (const n of [13, 25, 29]) {
          await tab.evaluate((n) => void (location.hash = `#/${n}`), n);
          await onSlide(tab, n);
          await chartsReady(tab, present);
        }
      } finally {
        await tab.setOffline(false);
      }
    });
  });
}

/**
 * Issue 29's second wall at work: every page's Content-Security-Policy (src/security/csp.ts) lets
 * the site do all it does (the deck and its plugins, the speaker view's pop-up, print, the reading
 * page's charts, an embed on another site, /import/ and its share link, the gallery's previews)
 * without one violation, and refuses a script that a forgotten escape lets into a page.
 * Violations are collected from every page and frame of the context three ways: the
 * `securitypolicyviolation` events (every frame, an embed's on another origin too), Chromium's
 * console lines, and Chromium's issues, which alone see the speaker view's pop-up: reveal writes it
 * with document.write, which drops the listeners a page had, before any console listener is there.
 */
import { readFileSync } from 'node:fs';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { ja } from '../src/i18n/ja.ts';
import { blogPage } from './blog';
import { everyChartReady } from './charts';
import { goToSlide, openDeck, presentSlide } from './deck';

interface Watch {
  /** Violations and errors seen so far, as `where: what`. */
  problems: string[];
}

async function watchContext(context: BrowserContext): Promise<Watch> {
  const watch: Watch = { problems: [] };
  await context.exposeBinding('reportViolation', ({ frame }, line: string) => watch.problems.push(`${frame.url()}: ${line}`));
  await context.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (event) => (window as unknown as { reportViolation(line: string): void }).reportViolation(`violation of ${event.effectiveDirective}: ${event.blockedURI || 'inline'} ${event.sample}`),
      true,
    );
  });
  const watchPage = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() === 'error' || /Content.Security.Policy/i.test(message.text())) watch.problems.push(`${page.url()}: console ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => watch.problems.push(`${page.url()}: uncaught ${error.message}`));
    // Chromium's own record of policy issues, which it keeps from a page's first moment: the
    // speaker view's pop-up is written (and its violations happen) before any listener is there.
    context
      .newCDPSession(page)
      .then(async (cdp) => {
        cdp.on('Audits.issueAdded', ({ issue }) => {
          const csp = issue.details.contentSecurityPolicyIssueDetails;
          if (issue.code === 'ContentSecurityPolicyIssue' && csp) watch.problems.push(`${page.url()}: issue ${csp.violatedDirective} ${csp.contentSecurityPolicyViolationType} ${csp.blockedURL ?? ''}`);
        });
        await cdp.send('Audits.enable');
      })
      // A page closed before its session opened has nothing more to say.
      .catch(() => undefined);
  };
  context.pages().forEach(watchPage);
  context.on('page', watchPage);
  return watch;
}

/** Every test here ends with nothing refused, no console error and no uncaught exception, in any page or frame. */
const test = base.extend<{ watch: Watch }>({
  watch: [
    async ({ context }, use) => {
      const watch = await watchContext(context);
      await use(watch);
      expect(watch.problems, 'CSP violations, console errors or uncaught exceptions').toEqual([]);
    },
    { auto: true },
  ],
});

/** Plays the replay on the slide on screen at 20× to its end. */
async function playReplay(page: Page) {
  const slide = presentSlide(page);
  await slide.locator('.replay-speed select').selectOption('20');
  await slide.locator('[data-action="play"]').click();
  await expect(slide.locator('[data-action="play"]')).toHaveAttribute('data-playing', 'false', { timeout: 30_000 });
}

test.describe('under the Content-Security-Policy, nothing the site does is refused', () => {
  test('the deck: keys, replays, T, the speaker view with its notes, search and zoom', async ({ page, context }) => {
    await openDeck(page, 1);
    for (const slide of [2, 3]) {
      await page.keyboard.press('ArrowRight');
      await expect(presentSlide(page)).toHaveAttribute('data-slide', String(slide));
    }
    // reveal.js's stylesheet went in as a <style> its code inserted, allowed by its hash: every
    // style element has its sheet (a refused one has none).
    expect(await page.evaluate(() => [...document.querySelectorAll('style')].map((style) => style.sheet !== null))).not.toContain(false);
    for (const slide of [25, 29]) {
      await goToSlide(page, slide);
      await playReplay(page);
    }
    // (The replay's buttons keep their keys: T goes to the deck.)
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('t');
    await expect(page.locator('html')).toHaveAttribute('data-theme', /light|dark/);
    // The speaker view: an about:blank pop-up written by reveal with its own inline style and
    // script, under this page's policy; it shows the notes and the slides in iframes.
    await goToSlide(page, 12);
    const popup = context.waitForEvent('page');
    await page.keyboard.press('s');
    const speakerView = await popup;
    await expect(speakerView.locator('.speaker-controls-notes')).toContainText('ENI', { timeout: 15_000 });
    await expect(speakerView.frameLocator('#current-slide iframe').locator('.reveal .slides > section.present')).toHaveAttribute('data-slide', '12', { timeout: 15_000 });
    // The talk clock the deck writes into it, with its styles (allowed by their hash) applied.
    await expect(speakerView.getByRole('timer', { name: ja.talkClock.timer })).toBeVisible({ timeout: 15_000 });
    await expect(speakerView.getByRole('button', { name: new RegExp(ja.talkClock.pause) })).toHaveCSS('min-height', '48px');
    await speakerView.close();
    // Zoom first: holding Control for search would load it unseen.
    const key = await page.evaluate(() => (/Linux/.test(navigator.platform) ? 'Control' : 'Alt'));
    const zoom = page.waitForResponse((response) => /zoom/.test(response.url()));
    await page.keyboard.down(key);
    await zoom;
    await page.mouse.click(640, 400);
    await expect.poll(() => page.evaluate(() => document.body.style.transform)).toMatch(/scale\(2\)/);
    await page.keyboard.up(key);
    await page.keyboard.press('Control+Shift+F');
    const search = page.getByRole('searchbox');
    await search.pressSequentially('Hyperplane');
    await search.press('Enter');
    await expect(presentSlide(page)).toContainText('Hyperplane');
    await search.press('Escape');
  });

  test('the deck printed (?print-pdf), in English too', async ({ page }) => {
    for (const deck of ['/deck/', '/en/deck/']) {
      await page.goto(`${deck}?print-pdf`);
      await expect(page.locator('.reveal .slides .pdf-page')).toHaveCount(47, { timeout: 20_000 });
      // The print view's page size came in a style reveal inserted, allowed by its hash.
      expect(await page.evaluate(() => [...document.styleSheets].some((sheet) => [...sheet.cssRules].some((rule) => rule instanceof CSSPageRule)))).toBe(true);
    }
  });

  test('/read/ with every chart drawn and ready', async ({ page }) => {
    await page.goto('/read/');
    await everyChartReady(page);
  });

  test('an embed on another site’s page sizes itself, and the gallery’s live preview runs', async ({ page, baseURL }) => {
    // A blog on an origin of its own (another port), serving one post with the embed code.
    const blog = await blogPage(`<!doctype html><html lang="en"><head><title>Blog</title></head><body style="margin:0"><main style="width:700px">
      <iframe id="replay" title="replay" src="${baseURL}/embed/replay-v1-2019-05-29/" style="border:0;width:100%" height="150"></iframe>
      </main><script src="${baseURL}/embed.js"></script></body></html>`);
    await page.goto(blog.url);
    const frame = page.frameLocator('#replay');
    await expect(frame.locator('[data-chart-state="ready"]')).toBeAttached();
    const content = () => frame.locator('main').evaluate((main) => Math.ceil(main.getBoundingClientRect().height + parseFloat(getComputedStyle(document.body).marginTop) * 2));
    await expect.poll(async () => Math.abs((await page.locator('#replay').evaluate((iframe) => iframe.getBoundingClientRect().height)) - (await content()))).toBeLessThanOrEqual(1);
    expect(await content()).toBeGreaterThan(300);
    // The worker slider lies over the lanes, placed through the CSSOM (no style attribute).
    const slider = frame.getByRole('slider', { name: ja.replay.worker.label });
    expect((await slider.boundingBox())!.width).toBeGreaterThan(300);
    blog.server.close();

    await page.goto('/embed/');
    const first = page.getByRole('listitem').filter({ has: page.getByRole('button', { name: ja.pages.gallery.copy }) }).first();
    await first.getByRole('button', { name: ja.pages.gallery.live }).click();
    await expect(first.frameLocator('iframe').locator('[data-chart]').first()).toBeVisible();
  });

  test('/import/: a pasted report, its replay, its downloads, and its share link in a new page', async ({ page, context }) => {
    await page.goto('/import/');
    await page.getByLabel(ja.importer.pasteLabel).fill(readFileSync('data/runs/v1-2019-05-29.txt', 'utf8'));
    await expect(page.getByRole('heading', { name: ja.importer.runHeading })).toBeVisible();
    await expect(page.locator('[data-result] figure[data-chart="histogram-your-run"] svg[role="img"]').first()).toBeVisible();
    // Its replay, drawn at run time from the reader's run, played to its end.
    const replay = page.locator('[data-result] [data-replay][data-chart-state="ready"]');
    await replay.locator('.replay-speed select').selectOption('20');
    await replay.locator('[data-action="play"]').click();
    await expect(replay.locator('[data-action="play"]')).toHaveAttribute('data-playing', 'false', { timeout: 30_000 });
    // A download is a blob: URL the reader's click navigates to (no fetch: connect-src has no blob:).
    const download = page.waitForEvent('download');
    await page.locator('[data-download="json"]').click();
    expect(JSON.parse(readFileSync((await (await download).path())!, 'utf8')).report.summary).toBeDefined();
    const link = await page.locator('[data-share-link]').inputValue();
    const opened = await context.newPage();
    await opened.goto(link);
    await expect(opened.getByText(ja.importer.shared)).toBeVisible();
    await expect(opened.locator('[data-result] figure[data-chart="histogram-your-run"] svg[role="img"]').first()).toBeVisible();
  });
});

/** Markup a stranger's run could carry into a page through one forgotten escape: a script three ways, and a style attribute. */
const strangerMarkup = [
  '<img src="data:," onerror="window.strangerRan = (window.strangerRan || []).concat(\'handler\')">',
  '<a href="javascript:window.strangerRan = (window.strangerRan || []).concat(\'link\')">x</a>',
  '<p class="stranger" style="position: fixed; inset: 0">a stranger’s overlay</p>',
].join('');
const strangerScript = "window.strangerRan = (window.strangerRan || []).concat('script')";

/** Puts the stranger's markup and a script into the page as a forgotten escape would, and follows its link. */
async function inject(page: Page) {
  await page.evaluate(
    ({ markup, script }) => {
      const result = document.querySelector('[data-result]') ?? document.body;
      result.insertAdjacentHTML('beforeend', markup);
      // innerHTML never runs a <script>; a fragment parsed in context does, unless the policy refuses it.
      result.append(document.createRange().createContextualFragment(`<script>${script}</script>`));
    },
    { markup: strangerMarkup, script: strangerScript },
  );
  // (Clicked from the page: where the policy lets the overlay stand, it covers the link.)
  await page.locator('a[href^="javascript:"]').evaluate((link: HTMLAnchorElement) => link.click());
}

const ran = (page: Page) => page.evaluate(() => ((window as unknown as { strangerRan?: string[] }).strangerRan ?? []).sort());
const overlaid = (page: Page) => page.locator('p.stranger').evaluate((p) => getComputedStyle(p).position);

base.describe('the wall: a stranger’s script that reaches a page is refused', () => {
  base('in /import/, injected after the page loaded: no handler, link or script runs, and each is reported', async ({ page, context }) => {
    const watch = await watchContext(context);
    await page.goto('/import/');
    await page.getByLabel(ja.importer.pasteLabel).fill(readFileSync('data/runs/v1-2019-10-20.txt', 'utf8'));
    await expect(page.getByRole('heading', { name: ja.importer.runHeading })).toBeVisible();
    await inject(page);
    await expect.poll(() => watch.problems.filter((line) => /violation of script-src-elem/.test(line)).length).toBeGreaterThanOrEqual(2);
    await expect.poll(() => watch.problems.some((line) => /violation of script-src-attr/.test(line))).toBe(true);
    expect(await ran(page)).toEqual([]);
    // Its style attribute is refused too: no overlay over the page.
    expect(await overlaid(page)).toBe('static');
    // The page itself goes on working: the reader's run is drawn.
    await expect(page.locator('[data-result] figure[data-chart="histogram-your-run"] svg[role="img"]').first()).toBeVisible();
  });

  base('in /import/ as served, had the page itself carried it: it does not run', async ({ page, context }) => {
    const watch = await watchContext(context);
    await context.route(/\/import\/$/, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace('</body>', `<script>${strangerScript}</script></body>`);
      await route.fulfill({ response, body: html });
    });
    await page.goto('/import/');
    await expect.poll(() => watch.problems.some((line) => /violation of script-src-elem/.test(line))).toBe(true);
    expect(await ran(page)).toEqual([]);
    // The site's own code runs: a paste is read and drawn.
    await page.getByLabel(ja.importer.pasteLabel).fill(readFileSync('data/runs/v1-2019-10-20.txt', 'utf8'));
    await expect(page.getByRole('heading', { name: ja.importer.runHeading })).toBeVisible();
  });

  base('the same markup on a page without the policy runs all three ways (what the checks above would see)', async ({ page }) => {
    const blog = await blogPage('<!doctype html><html lang="en"><head><title>No policy</title></head><body><main data-result></main></body></html>');
    await page.goto(blog.url);
    await inject(page);
    await expect.poll(() => ran(page)).toEqual(['handler', 'link', 'script']);
    expect(await overlaid(page)).toBe('fixed');
    blog.server.close();
  });
});

import { ja } from '../src/i18n/ja.ts';
import { en } from '../src/i18n/en.ts';
import { japaneseIn } from '../test/english.ts';
import { chartIds, chartsReady } from './charts';
import { expect, expectNoAxeViolations, test } from './fixtures';

const lightness = (rgb: string) => rgb.match(/\d+/g)!.slice(0, 3).map(Number).reduce((a, b) => a + b, 0);

test.describe('embedding a chart in a blog post', () => {
  // One load per chart and edition: the chart alone, drawn, credited, axe-clean in the reader's
  // light and dark schemes; in English, no Japanese even in what its code writes.
  for (const edition of ['', '/en'] as const) {
    for (const id of chartIds) {
      test(`${edition}/embed/${id}/ renders alone with a credit, axe-clean light and dark`, async ({ page }) => {
        await page.goto(`${edition}/embed/${id}/`);
        await expect(page.locator('main.embed figure').first()).toBeVisible();
        await chartsReady(page);
        const credit = page.locator('.embed-credit a').first();
        await expect(credit).toHaveAttribute('href', new RegExp(`^${edition}/read/(#slide-\\d+)?$`));
        // The statement opens in the blog's whole window, as the credit does.
        await expect(page.locator('.embed-credit').getByRole('link', { name: (edition ? en : ja).accessibility.link })).toHaveAttribute('target', '_top');
        await expectNoAxeViolations(page, { what: 'light' });
        await page.emulateMedia({ colorScheme: 'dark' });
        await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor).then(lightness)).toBeLessThan(150);
        await expectNoAxeViolations(page, { rules: ['color-contrast'], what: 'dark' });
        if (edition === '/en') {
          const words = await page.locator('body').evaluate((body) => {
            const out: string[] = [];
            const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
            while (walker.nextNode()) if (!walker.currentNode.parentElement?.closest('script, style')) out.push(walker.currentNode.textContent ?? '');
            for (const element of body.querySelectorAll('[aria-label], [title], [aria-valuetext]')) {
              for (const name of ['aria-label', 'title', 'aria-valuetext']) out.push(element.getAttribute(name) ?? '');
            }
            return out;
          });
          expect(japaneseIn(words)).toEqual([]);
        }
      });
    }
  }

  test('?theme= fixes the colours whatever the reader prefers', async ({ page }) => {
    for (const [scheme, theme] of [['dark', 'light'], ['light', 'dark']] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`/embed/vpc-after/?theme=${theme}`);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const background = lightness(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
      if (theme === 'light') expect(background).toBeGreaterThan(600);
      else expect(background).toBeLessThan(150);
      await expectNoAxeViolations(page, { rules: ['color-contrast'], what: theme });
    }
  });

  for (const viewport of [{ width: 390, height: 844 }, { width: 412, height: 823 }])
  test(`on a phone (${viewport.width} px), no chart page moves as its code takes over`, async ({ browser }) => {
    // As Lighthouse's mobile run emulates a phone, with motion (a replay starts again from zero).
    const context = await browser.newContext({ viewport, isMobile: true, hasTouch: true, deviceScaleFactor: 1.75, reducedMotion: 'no-preference' });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const shifts: string[] = [];
      Object.assign(window, { shifts });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] })[]) {
          // Each moved node named with where it was and went, and a text by its words, for a failure to say what moved.
          const named = (node?: Node) => (node?.nodeType === Node.TEXT_NODE ? `"${node.textContent?.trim().slice(0, 40)}" in ${node.parentElement?.className || node.parentElement?.tagName}` : (node as Element | undefined)?.className || node?.nodeName);
          shifts.push(`${entry.value.toFixed(4)} ${entry.sources.map(({ node, previousRect: was, currentRect: now }) => `${named(node)} x ${was.x}→${now.x}, y ${was.y}→${now.y}, w ${was.width}→${now.width}, h ${was.height}→${now.height}`).join('; ')}`);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    for (const id of chartIds) {
      await page.goto(`/embed/${id}/`);
      await chartsReady(page);
      expect(await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts), id).toEqual([]);
    }
    await context.close();
  });

  test('a host page with the listener sizes the iframes to their charts, as their heights change', async ({ page, baseURL }) => {
    // A blog's page, answered here: the site's own pages carry a policy that refuses its style attributes.
    await page.route('**/a-blog-post/', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><head><title>Host</title></head><body style="margin:0">
      <main id="column" style="width:900px">
        <iframe id="replay" title="replay" src="${baseURL}/embed/replay-v1-2019-05-29/" style="border:0;width:100%" height="150"></iframe>
        <iframe id="model" title="model" src="${baseURL}/embed/eni-model/" style="border:0;width:100%" height="150"></iframe>
      </main>
      <script src="${baseURL}/embed.js"></script></body></html>`,
      }),
    );
    await page.goto('/a-blog-post/');
    const contentHeight = (id: string) =>
      page.frameLocator(`#${id}`).locator('main').evaluate((main) => Math.ceil(main.getBoundingClientRect().height + parseFloat(getComputedStyle(document.body).marginTop) * 2));
    const frameHeight = (id: string) => page.locator(`#${id}`).evaluate((frame) => frame.getBoundingClientRect().height);
    // Once their code has run, each iframe is exactly as tall as its chart (it started at 150 px).
    for (const id of ['replay', 'model']) {
      await expect.poll(async () => Math.abs((await frameHeight(id)) - (await contentHeight(id)))).toBeLessThanOrEqual(1);
      expect(await frameHeight(id)).toBeGreaterThan(300);
    }
    const wide = { replay: await frameHeight('replay'), model: await frameHeight('model') };
    // A narrow column reflows both charts; the iframes follow their new heights.
    await page.locator('#column').evaluate((column) => (column.style.width = '360px'));
    for (const id of ['replay', 'model'] as const) {
      await expect.poll(() => frameHeight(id)).not.toBe(wide[id]);
      await expect.poll(async () => Math.abs((await frameHeight(id)) - (await contentHeight(id)))).toBeLessThanOrEqual(1);
    }
  });

  test('the gallery shows every chart as its image, live on request, with the code to copy and the data', async ({ page, context }) => {
    const t = ja.pages.gallery;
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/embed/');
    const items = page.getByRole('listitem').filter({ has: page.getByRole('button', { name: t.copy }) });
    await expect(items).toHaveCount(chartIds.length);
    for (const id of chartIds) {
      const item = page.locator(`.gallery-item#${id}`);
      // A static image stands in for the live chart until the reader asks for it.
      await expect(item.locator('iframe')).toHaveCount(0);
      await expect(item.getByRole('img', { name: new RegExp(`${t.imageAlt.replace('{title}', '.+').replace(/[()]/g, '\\$&')}`) })).toHaveAttribute('src', new RegExp(`/embed/${id}\\.svg$`));
      await expect(item.getByRole('link', { name: t.staticImage })).toHaveAttribute('href', new RegExp(`/embed/${id}\\.svg$`));
      const code = await item.locator('pre code').textContent();
      expect(code).toMatch(new RegExp(`^<iframe src="https?://[^"]+/embed/${id}/" title="[^"]+" loading="lazy" width="100%"`));
    }
    const first = items.first();
    await first.getByRole('button', { name: t.live }).click();
    const live = first.frameLocator('iframe');
    await expect(live.locator('[data-chart]').first()).toBeVisible();
    await expect(first.getByRole('button', { name: t.live })).toHaveCount(0);
    await first.getByRole('button', { name: t.copy }).click();
    await expect(first.getByRole('status')).toHaveText(t.copied);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await first.locator('pre code').textContent());
  });
});

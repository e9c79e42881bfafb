import { chartIds } from './charts';
import { expect, expectNoAxeViolations, test } from './fixtures';

test.describe('embedding a chart in a blog post', () => {
  for (const id of chartIds) {
    test(`/embed/${id}/ renders alone in both themes, with a credit, axe-clean, without reveal.js`, async ({ page }) => {
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      const backgrounds: string[] = [];
      for (const theme of ['light', 'dark'] as const) {
        await page.goto(`/embed/${id}/?theme=${theme}`);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await expect(page.locator('main.embed figure').first()).toBeVisible();
        await expect(page.locator('.embed-credit a:not([data-lang-switch])')).toHaveAttribute('href', /\/read\/(#slide-\d+)?$/);
        backgrounds.push(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
        await expectNoAxeViolations(page);
      }
      // The theme really changes the colours (the light background is light, the dark one dark).
      const lightness = (rgb: string) => rgb.match(/\d+/g)!.slice(0, 3).map(Number).reduce((a, b) => a + b, 0);
      expect(lightness(backgrounds[0])).toBeGreaterThan(600);
      expect(lightness(backgrounds[1])).toBeLessThan(150);
      expect(requests.filter((url) => /reveal/i.test(url))).toEqual([]);
    });
  }

  test('every static SVG exists, is well-formed and names its chart', async ({ page, request }) => {
    await page.goto('/embed/');
    for (const id of chartIds) {
      const response = await request.get(`/embed/${id}.svg`);
      expect(response.ok(), `${id}.svg`).toBe(true);
      expect(response.headers()['content-type']).toMatch(/svg/);
      const text = await response.text();
      const problem = await page.evaluate((source) => {
        const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
        const error = doc.querySelector('parsererror');
        if (error) return error.textContent;
        if (doc.documentElement.localName !== 'svg') return `root is <${doc.documentElement.localName}>`;
        if (!doc.querySelector('title')?.textContent) return 'no title';
        return doc.querySelectorAll('rect, path, line').length > 3 ? null : 'nothing drawn';
      }, text);
      expect(problem, `${id}.svg`).toBeNull();
    }
  });

  test('a host page with the listener sizes the iframes to their charts, as their heights change', async ({ page, baseURL }) => {
    await page.goto('/embed/');
    await page.setContent(`<!doctype html><html lang="en"><head><title>Host</title></head><body style="margin:0">
      <main id="column" style="width:900px">
        <iframe id="replay" title="replay" src="${baseURL}/embed/replay-v1-2019-05-29/" style="border:0;width:100%" height="150"></iframe>
        <iframe id="model" title="model" src="${baseURL}/embed/eni-model/" style="border:0;width:100%" height="150"></iframe>
      </main>
      <script src="${baseURL}/embed.js"></script></body></html>`);
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

  test('the listener script is our own and under 1 KB', async ({ request }) => {
    const script = await request.get('/embed.js');
    expect(script.ok()).toBe(true);
    expect((await script.body()).length).toBeLessThanOrEqual(1024);
  });

  test('the gallery shows every chart with a preview, the code to copy, the image and the data', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/embed/');
    await expect(page.locator('.gallery-item')).toHaveCount(chartIds.length);
    for (const id of chartIds) {
      const item = page.locator(`.gallery-item#${id}`);
      await expect(item.locator('iframe')).toHaveAttribute('loading', 'lazy');
      await expect(item.getByRole('link', { name: '静的な画像 (SVG)' })).toHaveAttribute('href', new RegExp(`/embed/${id}\\.svg$`));
      const code = await item.locator('pre code').textContent();
      expect(code).toMatch(new RegExp(`^<iframe src="https?://[^"]+/embed/${id}/" title="[^"]+" loading="lazy" width="100%"`));
    }
    const first = page.locator('.gallery-item').first();
    await first.getByRole('button', { name: 'コードをコピー' }).click();
    await expect(first.getByRole('status')).toHaveText('コピーしました');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^<iframe src="http/);
    // Each embedded page is checked on its own above.
    await expectNoAxeViolations(page, undefined, 'iframe');
  });

  test('each run’s data downloads as JSON and as a CSV of its histogram', async ({ page, request }) => {
    await page.goto('/embed/');
    const item = page.locator('.gallery-item#histogram-v1-2019-05-29');
    const json = await request.get(await item.getByRole('link', { name: 'v1-2019-05-29.json' }).getAttribute('href') ?? '');
    expect((await json.json()).report.summary.slowestSeconds).toBe(13.046);
    const csv = await (await request.get(await item.getByRole('link', { name: 'v1-2019-05-29.csv' }).getAttribute('href') ?? '')).text();
    const rows = csv.trim().split('\n');
    expect(rows[0]).toBe('bucket,from_seconds,to_seconds,count');
    expect(rows).toHaveLength(12);
    expect(rows.slice(1).reduce((sum, row) => sum + Number(row.split(',')[3]), 0)).toBe(500);
  });
});

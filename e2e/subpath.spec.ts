import { test, expect } from './fixtures';
import { chartIds } from './charts';
import { subPath, subPathPort } from './servers';

const origin = `http://127.0.0.1:${subPathPort}`;
test.use({ baseURL: origin });

test('under a sub-path every page, link and asset resolves inside it', async ({ page, request }) => {
  // Both editions, every chart page and its image: a long crawl.
  test.setTimeout(300_000);
  const broken: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) broken.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (failed) => broken.push(`failed ${failed.url()}`));

  // The landing page and everything linked from it, and every chart page with its lazily loaded code.
  const toVisit = [`${origin}${subPath}`, ...chartIds.map((id) => `${origin}${subPath}embed/${id}/`)];
  const visited = new Set<string>();
  const checked = new Set<string>();
  while (toVisit.length) {
    const url = toVisit.shift()!;
    if (visited.has(url)) continue;
    visited.add(url);
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    await page.mouse.wheel(0, 2000);
    await page.waitForLoadState('networkidle');
    const references = await page.$$eval('a[href], link[href], script[src], img[src], iframe[src]', (elements) =>
      elements.map((e) => (e as HTMLAnchorElement).href || (e as HTMLScriptElement).src),
    );
    for (const reference of references) {
      const target = new URL(reference);
      if (target.origin !== origin) continue;
      expect(target.pathname, `a link on ${url} escapes the sub-path`).toMatch(new RegExp(`^${subPath}`));
      target.hash = '';
      const bare = target.toString();
      if (!checked.has(bare)) {
        checked.add(bare);
        const response = await request.get(bare);
        if (!response.ok()) broken.push(`${response.status()} ${bare} (linked from ${url})`);
      }
      if (target.pathname.endsWith('/') && !target.search) toVisit.push(target.toString());
    }
  }
  expect(broken).toEqual([]);
  expect(visited.size).toBeGreaterThanOrEqual(2 + chartIds.length); // the landing page, the deck and the charts
  await page.goto(`${origin}${subPath}deck/#/25`);
  await expect(page.locator('.reveal .slides > section.present')).toHaveAttribute('data-slide', '25');
});

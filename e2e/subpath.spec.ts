import { chartsReady } from './charts';
import { presentSlide } from './deck';
import { readQr } from './qr';
import { expect, test } from './fixtures';
import { subPath, subPathPort } from './servers';

// Every link and asset of the sub-path build is checked over its files (test/dist/links.test.ts);
// here, what only a browser shows: the code the pages load as they run stays inside the base.
test.use({ baseURL: `http://127.0.0.1:${subPathPort}` });

test('under a sub-path the deck and a chart load their code and data from inside it', async ({ page }) => {
  const outside: string[] = [];
  page.on('request', (request) => {
    if (!new URL(request.url()).pathname.startsWith(subPath)) outside.push(request.url());
  });
  page.on('response', (response) => {
    if (response.status() >= 400) outside.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(`${subPath}deck/#/25`);
  await expect(presentSlide(page)).toHaveAttribute('data-slide', '25');
  await chartsReady(page, '.reveal .slides > section.present');
  await expect(presentSlide(page).locator('[data-chart-state="ready"]')).toHaveCount(1);
  await page.goto(`${subPath}en/embed/eni-model/`);
  await chartsReady(page);
  await expect(page.locator('[data-chart-state="ready"]')).toHaveCount(1);
  expect(outside).toEqual([]);
});

test('under a sub-path the follow-along QR code reads the reading page inside it', async ({ page, baseURL }) => {
  await page.goto(`${subPath}deck/?qr#/12`);
  const codes = page.locator('.follow-along').getByRole('img');
  expect(await readQr(codes.first())).toBe(`${baseURL}${subPath}read/#slide-12`);
  expect(await readQr(codes.last())).toBe(`${baseURL}${subPath}en/read/#slide-12`);
});

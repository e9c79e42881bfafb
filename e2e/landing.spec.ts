import { test, expect, expectNoAxeViolations } from './fixtures';

test('the landing page names the talk, speaker, event and date, and leads to its three uses', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/劇的改善\?\? VPC Lambda Before&After/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('劇的改善?? VPC Lambda Before&After');
  await expect(page.getByText('岩田 智哉', { exact: false }).first()).toBeVisible();
  await expect(page.getByText('Developers.IO 2019 Fukuoka').first()).toBeVisible();
  await expect(page.locator('time[datetime="2019-10-26"]')).toHaveText('2019年10月26日');
  await expect(page.getByRole('link', { name: '読む' })).toHaveAttribute('href', /\/read\/$/);
  await expect(page.getByRole('link', { name: '埋め込む' })).toHaveAttribute('href', /\/embed\/$/);
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: '発表する' }).click();
  await expect(page).toHaveURL(/\/deck\/$/);
  await expect(page.locator('.reveal .slides > section.present')).toHaveAttribute('data-slide', '1');
});

test('every kind of page carries a social preview: title, description and a 1200×630 image', async ({ page, request }) => {
  for (const path of ['/', '/deck/', '/read/', '/embed/', '/embed/vpc-after/']) {
    await page.goto(path);
    const meta = (property: string) => page.locator(`meta[property="${property}"]`);
    await expect(meta('og:title')).toHaveAttribute('content', /VPC Lambda|Hyperplane/);
    await expect(meta('og:description')).toHaveAttribute('content', /.{20,}/);
    const image = await meta('og:image').getAttribute('content');
    expect(image).toMatch(/^https?:\/\/.+\/social(-en)?\.png$/);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  }
  const png = await request.get('/social.png');
  expect(png.ok()).toBe(true);
  const bytes = await png.body();
  // PNG signature, then the IHDR chunk's width and height.
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
});

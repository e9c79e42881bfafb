import { test, expect } from './fixtures';

test('the landing page names the talk, speaker, event and date, and opens the deck', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/劇的改善\?\? VPC Lambda Before&After/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('劇的改善?? VPC Lambda Before&After');
  await expect(page.getByText('岩田 智哉', { exact: false }).first()).toBeVisible();
  await expect(page.getByText('Developers.IO 2019 Fukuoka').first()).toBeVisible();
  await expect(page.locator('time[datetime="2019-10-26"]')).toHaveText('2019年10月26日');
  await page.getByRole('link', { name: 'スライドを開く' }).click();
  await expect(page).toHaveURL(/\/deck\/$/);
  await expect(page.locator('.reveal .slides > section.present')).toHaveAttribute('data-slide', '1');
});

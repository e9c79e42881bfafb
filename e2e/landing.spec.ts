import { ja } from '../src/i18n/ja.ts';
import { formatDate } from '../src/i18n/strings.ts';
import { talk } from '../src/lib/talk.ts';
import { presentSlide } from './deck';
import { expect, test } from './fixtures';

test('the landing page names the talk, speaker, event and date, and leads to its three uses', async ({ page }) => {
  const t = ja.pages.landing;
  await page.goto('/');
  await expect(page).toHaveTitle(new RegExp(talk.title.replace(/[?]/g, '\\?')));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(talk.title);
  await expect(page.getByText(talk.speaker, { exact: false }).first()).toBeVisible();
  await expect(page.getByText(talk.event).first()).toBeVisible();
  await expect(page.locator(`time[datetime="${talk.date}"]`)).toHaveText(formatDate(talk.date, 'ja'));
  await expect(page.getByRole('link', { name: t.read, exact: true })).toHaveAttribute('href', /\/read\/$/);
  await expect(page.getByRole('link', { name: t.embed, exact: true })).toHaveAttribute('href', /\/embed\/$/);
  await page.getByRole('link', { name: t.present, exact: true }).click();
  await expect(page).toHaveURL(/\/deck\/$/);
  await expect(presentSlide(page)).toHaveAttribute('data-slide', '1');
});

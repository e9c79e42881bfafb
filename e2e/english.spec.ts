import { en } from '../src/i18n/en.ts';
import { ja } from '../src/i18n/ja.ts';
import { openDeck, presentSlide } from './deck';
import { expect, test } from './fixtures';

// What the English pages say is checked over the build (test/dist); here, what moves.
test.describe('the English edition', () => {
  test('the switch keeps the slide: /deck/#/25 ↔ /en/deck/#/25', async ({ page }) => {
    await openDeck(page, 25);
    await page.getByRole('link', { name: ja.switcher.label }).click();
    await expect(page).toHaveURL(/\/en\/deck\/#\/25$/);
    await expect(presentSlide(page)).toHaveAttribute('data-slide', '25');
    await expect(presentSlide(page).getByRole('heading', { level: 2 })).toHaveText('Results as of 2019/5/29');
    await page.keyboard.press('ArrowRight');
    await expect(presentSlide(page)).toHaveAttribute('data-slide', '26');
    // Right after the step: the switch names the slide on screen, not the one before.
    await page.getByRole('link', { name: en.switcher.label }).click();
    await expect(page).toHaveURL(/\/deck\/#\/26$/);
    await expect(page).not.toHaveURL(/\/en\//);
    await expect(presentSlide(page)).toHaveAttribute('data-slide', '26');
  });

  test('the switch keeps the section: /read/#slide-25 ↔ /en/read/#slide-25', async ({ page }) => {
    await page.goto('/read/#slide-25');
    await expect(page.locator('#slide-25')).toBeInViewport();
    await page.getByRole('link', { name: ja.switcher.label }).click();
    await expect(page).toHaveURL(/\/en\/read\/#slide-25$/);
    await expect(page.locator('#slide-25')).toBeInViewport();
    await page.evaluate(() => document.getElementById('slide-30')!.scrollIntoView({ block: 'start' }));
    await page.getByRole('link', { name: en.switcher.label }).click();
    await expect(page).toHaveURL(/\/read\/#slide-30$/);
  });
});

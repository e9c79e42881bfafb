import type { Page } from '@playwright/test';
import { chartIds } from './charts';
import { expect, expectNoAxeViolations, test } from './fixtures';

const presentSlide = '.reveal .slides > section.present';
const japanese = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/;
/** Japanese the English edition may show: the speaker's name, the original title, the link back to Japanese. */
const allowed = ['岩田 智哉', '劇的改善?? VPC Lambda Before&After', '「', '」', '日本語で読む', '日本語'];

/** Text a reader meets on the page: its words, and the names and labels assistive technology reads. */
async function japaneseOn(page: Page, scope = 'body'): Promise<string[]> {
  const texts = await page.locator(scope).evaluate((root) => {
    const out: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      if (node.parentElement?.closest('script, style')) continue;
      out.push(node.textContent ?? '');
    }
    for (const element of root.querySelectorAll('[aria-label], [title], [alt], [aria-valuetext]')) {
      for (const name of ['aria-label', 'title', 'alt', 'aria-valuetext']) {
        const value = element.getAttribute(name);
        if (value) out.push(value);
      }
    }
    return out;
  });
  return texts
    .map((text) => allowed.reduce((rest, word) => rest.split(word).join(''), text))
    .filter((text) => japanese.test(text))
    .map((text) => text.trim().slice(0, 80));
}

test.describe('the English edition', () => {
  test('/en/deck/ has the 47 slides with notes, in English', async ({ page }) => {
    await page.goto('/en/deck/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const slides = page.locator('.reveal .slides > section');
    await expect(slides).toHaveCount(47);
    const notes = await slides.evaluateAll((sections) => sections.map((s) => s.querySelector('aside.notes')?.textContent?.trim().length ?? 0));
    notes.forEach((length, i) => expect(length, `notes of slide ${i + 1}`).toBeGreaterThan(40));
    expect(await japaneseOn(page, '.reveal')).toEqual([]);
    await expect(page.locator(presentSlide).getByRole('heading', { level: 1 })).toContainText('A Dramatic Improvement??');
  });

  test('/en/read/ is the talk in English, with its notes, saying it is a translation of the original', async ({ page }) => {
    await page.goto('/en/read/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('section.read-slide')).toHaveCount(47);
    await expect(page.locator('#slide-12 .notes')).toContainText('334');
    await expect(page.getByText('This is an English translation').first()).toBeVisible();
    await expect(page.getByRole('link', { name: 'Speaker Deck' }).first()).toHaveAttribute('href', /speakerdeck\.com/);
    expect(await japaneseOn(page)).toEqual([]);
    await expectNoAxeViolations(page);
  });

  test('the English landing page and gallery are in English', async ({ page }) => {
    for (const path of ['/en/', '/en/embed/']) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      expect(await japaneseOn(page, 'main'), path).toEqual([]);
    }
    await page.goto('/en/');
    await expect(page.getByText('This is an English translation')).toBeVisible();
  });

  for (const id of chartIds) {
    test(`/en/embed/${id}/ is in English`, async ({ page }) => {
      await page.goto(`/en/embed/${id}/`);
      await expect(page.locator('main.embed figure').first()).toBeVisible();
      // Interactive charts have drawn (their words come from the page) before the check.
      await page.waitForTimeout(800);
      expect(await japaneseOn(page)).toEqual([]);
    });
  }

  test('every English static image is in English', async ({ page, request }) => {
    await page.goto('/en/');
    for (const id of chartIds) {
      const text = await (await request.get(`/en/embed/${id}.svg`)).text();
      const words = text.replace(/<style>[\s\S]*?<\/style>/, '');
      const found = allowed.reduce((rest, word) => rest.split(word).join(''), words).match(japanese);
      expect(found, `${id}.svg`).toBeNull();
    }
  });

  test('the switch keeps the slide: /deck/#/25 ↔ /en/deck/#/25', async ({ page }) => {
    await page.goto('/deck/#/25');
    await expect(page.locator(presentSlide)).toHaveAttribute('data-slide', '25');
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en\/deck\/#\/25$/);
    await expect(page.locator(presentSlide)).toHaveAttribute('data-slide', '25');
    await expect(page.locator(presentSlide).getByRole('heading', { level: 2 })).toHaveText('Results as of 2019/5/29');
    await page.keyboard.press('ArrowRight');
    await expect(page.locator(presentSlide)).toHaveAttribute('data-slide', '26');
    await page.getByRole('link', { name: '日本語' }).click();
    await expect(page).toHaveURL(/\/deck\/#\/26$/);
    await expect(page).not.toHaveURL(/\/en\//);
    await expect(page.locator(presentSlide)).toHaveAttribute('data-slide', '26');
  });

  test('the switch keeps the section: /read/#slide-25 ↔ /en/read/#slide-25', async ({ page }) => {
    await page.goto('/read/#slide-25');
    await expect(page.locator('#slide-25')).toBeInViewport();
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en\/read\/#slide-25$/);
    await expect(page.locator('#slide-25')).toBeInViewport();
    await page.locator('#slide-30').scrollIntoViewIfNeeded();
    await page.evaluate(() => document.getElementById('slide-30')!.scrollIntoView({ block: 'start' }));
    await page.getByRole('link', { name: '日本語' }).click();
    await expect(page).toHaveURL(/\/read\/#slide-30$/);
  });

  test('lang and hreflang name both editions on every kind of page', async ({ page, baseURL }) => {
    for (const [path, lang] of [['/deck/', 'ja'], ['/en/deck/', 'en'], ['/read/', 'ja'], ['/en/read/', 'en'], ['/en/embed/vpc-after/', 'en'], ['/en/', 'en']] as const) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      const ja = path.replace(/^\/en\//, '/');
      const en = ja === '/' ? '/en/' : `/en${ja}`;
      const href = (hreflang: string) => page.locator(`link[rel="alternate"][hreflang="${hreflang}"]`).getAttribute('href');
      expect(new URL((await href('ja'))!).pathname, path).toBe(ja);
      expect(new URL((await href('en'))!).pathname, path).toBe(en);
      expect(new URL((await href('x-default'))!).pathname, path).toBe(ja);
      await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', lang === 'ja' ? 'ja_JP' : 'en_US');
    }
    await page.goto('/en/deck/');
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /A Dramatic Improvement/);
    expect(baseURL).toBeTruthy();
  });
});

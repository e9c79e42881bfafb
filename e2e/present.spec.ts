import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures';

const slideCount = 47;
const presentSlide = '.reveal .slides > section.present';

/**
 * Opens the deck at a slide as a fresh load. A second hash-only navigation right after the
 * first can race reveal's own pending update of the hash, which would move it back.
 */
async function openSlide(page: Page, slide: number) {
  await page.goto('about:blank');
  await page.goto(`/deck/#/${slide}`);
  await expect(page.locator(presentSlide)).toHaveAttribute('data-slide', String(slide));
}

test.describe('presenting the deck', () => {
  test('the deck has the talk’s 47 slides in order, each with speaker notes', async ({ page }) => {
    await page.goto('/deck/');
    const slides = page.locator('.reveal .slides > section');
    await expect(slides).toHaveCount(slideCount);
    const numbers = await slides.evaluateAll((sections) => sections.map((s) => Number(s.getAttribute('data-slide'))));
    expect(numbers).toEqual(Array.from({ length: slideCount }, (_, i) => i + 1));
    // No vertical stacks: a nested <section> would make reveal split a slide in two.
    await expect(page.locator('.reveal .slides > section section')).toHaveCount(0);
    const notes = await slides.evaluateAll((sections) =>
      sections.map((s) => s.querySelector('aside.notes')?.textContent?.trim().length ?? 0),
    );
    notes.forEach((length, i) => expect(length, `notes of slide ${i + 1}`).toBeGreaterThan(20));
  });

  test('opens on the title slide and the arrow keys move between slides', async ({ page }) => {
    await page.goto('/deck/');
    await expect(page.locator(presentSlide)).toHaveAttribute('data-slide', '1');
    await expect(page.getByRole('heading', { level: 1, name: '劇的改善?? VPC Lambda Before&After' })).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator(presentSlide)).toHaveAttribute('data-slide', '2');
    await expect(page).toHaveURL(/#\/2$/);
    await expect(page.locator(`${presentSlide} h2`)).toHaveText('Attention');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(page.locator(presentSlide)).toHaveAttribute('data-slide', '4');
    await page.keyboard.press('ArrowLeft');
    await expect(page.locator(presentSlide)).toHaveAttribute('data-slide', '3');
    await expect(page.locator('.reveal .slide-number')).toHaveText(/^\s*3\s*\/\s*47\s*$/);
    await expect(page.locator('.reveal .progress')).toBeVisible();
  });

  test('a deep link #/25 opens the talk’s slide 25 with its recorded hey output', async ({ page }) => {
    await page.goto('/deck/#/25');
    const slide = page.locator(presentSlide);
    await expect(slide).toHaveAttribute('data-slide', '25');
    await expect(slide.getByRole('heading', { name: '2019/5/29時点の実行結果' })).toBeVisible();
    await expect(slide.locator('.hey-output')).toContainText('Slowest:\t13.0460 secs');
    await expect(page.locator('.reveal .slide-number')).toHaveText(/^\s*25\s*\/\s*47\s*$/);
  });

  test('the last slide is reachable by its number and End', async ({ page }) => {
    await page.goto('/deck/#/46');
    await page.keyboard.press('End');
    await expect(page.locator(presentSlide)).toHaveAttribute('data-slide', '47');
    await expect(page.getByRole('heading', { name: 'ご清聴ありがとうございました' })).toBeVisible();
  });

  test('the agenda lists the six sections with their minutes and highlights the next one', async ({ page }) => {
    await openSlide(page, 6);
    const items = page.locator(`${presentSlide} .agenda li`);
    await expect(items).toHaveCount(6);
    await expect(items.nth(0)).toContainText('AWS Lambdaのアーキテクチャおさらい');
    await expect(items.nth(0)).toContainText('5分');
    await expect(page.locator(presentSlide)).toContainText('合計 28分');
    for (const [slide, next] of [[7, 1], [11, 2], [18, 3], [23, 4], [38, 5], [44, 6]] as const) {
      await openSlide(page, slide);
      const current = page.locator(`${presentSlide} .agenda li[aria-current="step"]`);
      await expect(current, `slide ${slide}`).toHaveCount(1);
      await expect(page.locator(`${presentSlide} .agenda li`).nth(next - 1)).toHaveAttribute('aria-current', 'step');
    }
  });

  test('every content slide names its section', async ({ page }) => {
    await openSlide(page, 14);
    await expect(page.locator(`${presentSlide} .slide-section`)).toHaveText('2. VPC Lambdaのアーキテクチャ(旧)');
    await openSlide(page, 26);
    await expect(page.locator(`${presentSlide} .slide-section`)).toHaveText('4. 改善効果について');
  });

  test('slides 39 and 42 strike through what the new architecture solved', async ({ page }) => {
    // The slide's own list, not the "since 2019" notes beside it.
    await openSlide(page, 39);
    await expect(page.locator(`${presentSlide} .slide-inner > ul del`)).toHaveCount(4);
    await expect(page.locator(`${presentSlide} .slide-inner > ul > li`).last()).toHaveText('インターネットアクセスにNAT Gatewayが必要');
    await openSlide(page, 42);
    await expect(page.locator(`${presentSlide} .slide-inner > ul del`)).toHaveText('10秒~20秒');
  });

  test('O shows the overview of all slides and Escape returns', async ({ page }) => {
    await page.goto('/deck/#/10');
    await page.keyboard.press('o');
    await expect(page.locator('.reveal')).toHaveClass(/\boverview\b/);
    await page.keyboard.press('Escape');
    await expect(page.locator('.reveal')).not.toHaveClass(/\boverview\b/);
    await expect(page.locator(presentSlide)).toHaveAttribute('data-slide', '10');
  });

  test('S opens the speaker view with the current slide’s notes', async ({ page, context }) => {
    await page.goto('/deck/#/12');
    const popupPromise = context.waitForEvent('page');
    await page.keyboard.press('s');
    const speakerView = await popupPromise;
    await expect(speakerView.locator('.speaker-controls-notes')).toContainText('約334個のENI', { timeout: 15_000 });
    // The speaker view shows the deck itself in iframes loaded with ?receiver.
    const current = speakerView.frameLocator('#current-slide iframe');
    await expect(current.locator('.reveal .slides > section.present')).toHaveAttribute('data-slide', '12', {
      timeout: 15_000,
    });
    // Slide 12's calculator is a fragment: the upcoming view shows it on slide 12 before slide 13.
    const upcoming = speakerView.frameLocator('#upcoming-slide iframe');
    await expect(upcoming.locator('.reveal .slides > section.present')).toHaveAttribute('data-slide', '12');
    await expect(upcoming.locator('.reveal .slides > section.present')).toHaveAttribute('data-fragment', '0');
    // Opening the speaker view must not move the deck itself.
    await expect(page.locator(presentSlide)).toHaveAttribute('data-slide', '12');
    await expect(page).toHaveURL(/#\/12$/);
    // Navigating in the deck updates the notes (slide 12 first shows its calculator, a fragment).
    await page.keyboard.press('ArrowRight');
    await expect(page.locator(presentSlide)).toHaveAttribute('data-slide', '12');
    await page.keyboard.press('ArrowRight');
    await expect(speakerView.locator('.speaker-controls-notes')).toContainText('このサイトのモデルで動かしたもの');
    // The speaker view reconnects when the deck reloads (its plugin then loads on the speaker view's call).
    await page.reload();
    await expect(page.locator(presentSlide)).toHaveAttribute('data-slide', '13');
    await page.waitForTimeout(2500);
    await page.keyboard.press('ArrowRight');
    await expect(speakerView.locator('.speaker-controls-notes')).toContainText('5つの課題', { timeout: 10_000 });
  });

  test('the deck renders under ?receiver, as the speaker view loads it', async ({ page }) => {
    // The speaker view's iframes use reveal's zero-based `#/h/v`: `#/19/0` is slide 20.
    await page.goto('/deck/?receiver&progress=false&transition=none#/19/0');
    await expect(page.locator(presentSlide)).toHaveAttribute('data-slide', '20');
    await expect(page.locator(presentSlide).getByRole('heading', { name: 'VPC Lambdaのアーキテクチャ(新)' })).toBeVisible();
  });

  test('?print-pdf gives one page per slide, 47 in all, fragments in their final state', async ({ page }) => {
    await page.goto('/deck/?print-pdf');
    await expect(page.locator('.reveal .slides .pdf-page')).toHaveCount(slideCount);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
    expect(pages).toHaveLength(slideCount);
    const order = await page
      .locator('.reveal .slides .pdf-page > section')
      .evaluateAll((sections) => sections.map((s) => Number(s.getAttribute('data-slide'))));
    expect(order).toEqual(Array.from({ length: slideCount }, (_, i) => i + 1));
    // Each page keeps the slide's layout: a statement sits in the middle of its page.
    const statement = page.locator('.pdf-page > section[data-slide="17"]');
    const pageBox = (await statement.locator('xpath=..').boundingBox())!;
    const textBox = (await statement.locator('.slide-inner > p:not([class])').first().boundingBox())!;
    const middle = textBox.y + textBox.height / 2 - pageBox.y;
    expect(Math.abs(middle - pageBox.height / 2)).toBeLessThan(pageBox.height * 0.1);
  });
});

test.describe('accessibility', () => {
  test('the landing page has no axe violations', async ({ page }) => {
    await page.goto('/');
    await expectNoAxeViolations(page);
  });

  for (const [slide, what] of [
    [1, 'title'],
    [6, 'agenda'],
    [11, 'agenda with a highlight'],
    [12, 'calculator'],
    [13, 'old ENI model'],
    [14, 'content'],
    [20, 'new ENI model'],
    [25, 'hey output'],
    [29, '10,000-request replay'],
    [30, 'model figure'],
    [35, 'verification-3 model'],
  ] as const) {
    test(`the deck’s ${what} slide (${slide}) has no axe violations`, async ({ page }) => {
      await page.goto(`/deck/#/${slide}`);
      await expect(page.locator(presentSlide)).toHaveAttribute('data-slide', String(slide));
      await page.waitForTimeout(900); // let the slide transition settle before axe reads colours
      await expectNoAxeViolations(page);
    });
  }
});

test('Ctrl+Shift+F searches the slides (the search loads on first use)', async ({ page }) => {
  await page.goto('/deck/#/2');
  await expect(page.locator('.reveal .slides > section.present')).toHaveAttribute('data-slide', '2');
  await page.keyboard.press('Control+Shift+F');
  const input = page.locator('input#reveal-search-input, .reveal-search input, input[type="search"]').first();
  await expect(input).toBeVisible();
  await input.pressSequentially('Hyperplane');
  await input.press('Enter');
  await expect(page.locator('.reveal .slides > section.present')).not.toHaveAttribute('data-slide', '2');
});

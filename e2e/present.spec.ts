import type { Locator, Page } from '@playwright/test';
import { en } from '../src/i18n/en.ts';
import { ja } from '../src/i18n/ja.ts';
import { readQr } from './qr';
import { agenda, sectionLabel, totalMinutes } from '../src/lib/agenda.ts';
import { fill } from '../src/i18n/strings.ts';
import { talk } from '../src/lib/talk.ts';
import { chartsReady } from './charts';
import { drawnControls, goToSlide, openDeck, presentSlide } from './deck';
import { expect, test } from './fixtures';

/** The first words of a slide's speaker notes, as the deck carries them. */
async function notesOf(page: Page, slide: number) {
  const notes = await page.locator(`.reveal .slides > section[data-slide="${slide}"] aside.notes`).textContent();
  return notes!.trim().split(/\s+/)[0]!.slice(0, 20);
}

/**
 * Steps forward, waits until the audience sees the step (the slide, or what its fragment shows),
 * reloads the deck at once, and expects the same step on screen again.
 */
async function stepThenReload(page: Page, slide: number, shown?: Locator) {
  await page.keyboard.press('ArrowRight');
  await expect(presentSlide(page)).toHaveAttribute('data-slide', String(slide));
  if (shown) await expect(shown).toBeVisible();
  await page.reload();
  await expect(presentSlide(page)).toHaveAttribute('data-slide', String(slide));
  if (shown) await expect(shown).toBeVisible();
}

test.describe('presenting the deck', () => {
  test('without JavaScript the deck reads as one page of slides, one below the other, every step and drawing shown', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/deck/');
    // The deck loads its drawings with JavaScript; without it, the reader goes to the whole deck.
    await expect(page).toHaveURL(/\/deck\/full\/$/);
    await expect(page.locator('.reveal .slides > section')).toHaveCount(47);
    const boxes = await page.locator('.reveal .slides > section').evaluateAll((sections) => sections.map((section) => section.getBoundingClientRect().toJSON() as DOMRect));
    expect(boxes).toHaveLength(47);
    boxes.slice(1).forEach((box, i) => {
      expect(box.height, `slide ${i + 2}`).toBeGreaterThan(300);
      expect(box.top, `slide ${i + 2} starts below slide ${i + 1}`).toBeGreaterThanOrEqual(boxes[i]!.bottom - 0.5);
    });
    // Slide 12's calculator, a later step on stage, follows its diagram instead of covering it.
    await expect(page.locator('section[data-slide="12"] .capacity-svg')).toBeVisible();
    await context.close();
  });

  test('opens on the title slide and the arrow keys move between slides', async ({ page }) => {
    await page.goto('/deck/');
    await expect(presentSlide(page)).toHaveAttribute('data-slide', '1');
    await expect(page.getByRole('heading', { level: 1, name: talk.title })).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(presentSlide(page)).toHaveAttribute('data-slide', '2');
    await expect(page).toHaveURL(/#\/2$/);
    await expect(presentSlide(page).getByRole('heading', { level: 2 })).toHaveText('Attention');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(presentSlide(page)).toHaveAttribute('data-slide', '4');
    await expect(page).toHaveURL(/#\/4$/);
    await page.keyboard.press('ArrowLeft');
    await expect(presentSlide(page)).toHaveAttribute('data-slide', '3');
    await expect(page.locator('.reveal .slide-number')).toHaveText(new RegExp(`^\\s*3\\s*/\\s*${talk.slideCount}\\s*$`));
    await expect(page.locator('.reveal .progress')).toBeVisible();
  });

  test('Tab stays on the slide shown, and a screen reader hears each change once, as the slide’s name', async ({ page }) => {
    for (const slide of [1, 24]) {
      await openDeck(page, slide);
      // Where Tab goes, thirty times round: never into another slide than the one shown (slide 25 has links and a focusable report).
      const strayed: string[] = [];
      for (let i = 0; i < 30; i++) {
        await page.keyboard.press('Tab');
        const stray = await page.evaluate(() => {
          const section = document.activeElement?.closest('.slides > section');
          return section && !section.classList.contains('present') ? `slide ${section.getAttribute('data-slide')}: ${document.activeElement!.outerHTML.slice(0, 60)}` : '';
        });
        if (stray) strayed.push(stray);
      }
      expect(strayed, `Tab from slide ${slide}`).toEqual([]);
    }
    // From slide 24 to 25: the live region says the slide's name, and only that.
    // (Focus leaves the deck's links, as a presenter's click on the slide would; Escape would open the overview.)
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('ArrowRight');
    await expect(presentSlide(page)).toHaveAttribute('data-slide', '25');
    const name = await presentSlide(page).getAttribute('aria-label');
    expect(name).toMatch(new RegExp(`^${fill(ja.pages.slideLabel, { n: 25, title: '' })}`));
    await expect(page.locator('.reveal .aria-status')).toHaveText(name!);
    // The overview lets any slide be chosen.
    await page.keyboard.press('o');
    await expect(page.locator('.reveal.overview')).toBeVisible();
    expect(await page.locator('.slides > section[inert]').count()).toBe(0);
  });

  test('Q shows a QR code of this slide on the reading page, in the deck’s language and the other, following the slide; Q again hides it', async ({ page, baseURL }) => {
    await openDeck(page, 25);
    const codes = page.getByRole('complementary', { name: ja.pages.followHeading }).getByRole('img');
    await expect(codes).toHaveCount(0);
    await page.keyboard.press('q');
    await expect(codes).toHaveCount(2);
    expect(await readQr(codes.first())).toBe(`${baseURL}/read/#slide-25`);
    expect(await readQr(codes.last())).toBe(`${baseURL}/en/read/#slide-25`);
    await page.keyboard.press('ArrowRight');
    await expect(presentSlide(page)).toHaveAttribute('data-slide', '26');
    await expect(codes.first()).toHaveAccessibleName(`${baseURL}/read/#slide-26`);
    expect(await readQr(codes.first())).toBe(`${baseURL}/read/#slide-26`);
    await page.keyboard.press('q');
    await expect(codes).toHaveCount(0);
    // ?qr shows it from the start: the English deck's code reads the English page.
    await page.goto('/en/deck/?qr#/12');
    const english = page.getByRole('complementary', { name: en.pages.followHeading }).getByRole('img');
    expect(await readQr(english.first())).toBe(`${baseURL}/en/read/#slide-12`);
    expect(await readQr(english.last())).toBe(`${baseURL}/read/#slide-12`);
  });

  test('a deep link #/25 opens the talk’s slide 25 with its recorded hey output', async ({ page }) => {
    await openDeck(page, 25);
    await expect(presentSlide(page).getByRole('heading', { name: '2019/5/29時点の実行結果' })).toBeVisible();
    await expect(presentSlide(page).locator('.hey-output')).toContainText('Slowest:\t13.0460 secs');
    await expect(page.locator('.reveal .slide-number')).toHaveText(/^\s*25\s*\/\s*47\s*$/);
  });

  test('the last slide is reachable by End', async ({ page }) => {
    await openDeck(page, 46);
    await page.keyboard.press('End');
    await expect(presentSlide(page)).toHaveAttribute('data-slide', String(talk.slideCount));
    await expect(page.getByRole('heading', { name: 'ご清聴ありがとうございました' })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`#/${talk.slideCount}$`));
  });

  test('the agenda lists the six sections with their minutes and highlights the next one', async ({ page }) => {
    await openDeck(page, 6);
    const items = presentSlide(page).getByRole('listitem');
    await expect(items).toHaveCount(agenda.length);
    for (const [i, section] of agenda.entries()) {
      await expect(items.nth(i)).toContainText(ja.agenda.sections[i]!);
      await expect(items.nth(i)).toContainText(fill(ja.agenda.minutes, { n: section.minutes }));
    }
    await expect(presentSlide(page)).toContainText(fill(ja.agenda.total, { n: totalMinutes }));
    for (const [slide, next] of [[7, 1], [11, 2], [18, 3], [23, 4], [38, 5], [44, 6]] as const) {
      await goToSlide(page, slide);
      const current = presentSlide(page).locator('li[aria-current="step"]');
      await expect(current, `slide ${slide}`).toHaveCount(1);
      await expect(current).toContainText(ja.agenda.sections[next - 1]!);
    }
  });

  test('every content slide names its section', async ({ page }) => {
    await openDeck(page, 14);
    await expect(presentSlide(page).locator('.slide-section')).toHaveText(sectionLabel(2, ja.agenda));
    await goToSlide(page, 26);
    await expect(presentSlide(page).locator('.slide-section')).toHaveText(sectionLabel(4, ja.agenda));
  });

  test('slides 39 and 42 strike through what the new architecture solved', async ({ page }) => {
    // The slide's own list, not the "since 2019" notes beside it.
    await openDeck(page, 39);
    await expect(presentSlide(page).locator('.slide-inner > ul del')).toHaveCount(4);
    await expect(presentSlide(page).locator('.slide-inner > ul > li').last()).toHaveText('インターネットアクセスにNAT Gatewayが必要');
    await goToSlide(page, 42);
    await expect(presentSlide(page).locator('.slide-inner > ul del')).toHaveText('10秒~20秒');
  });

  test('O shows the overview of all slides and Escape returns', async ({ page }) => {
    await openDeck(page, 10);
    await page.keyboard.press('o');
    await expect(page.locator('.reveal')).toHaveClass(/\boverview\b/);
    await page.keyboard.press('Escape');
    await expect(page.locator('.reveal')).not.toHaveClass(/\boverview\b/);
    await expect(presentSlide(page)).toHaveAttribute('data-slide', '10');
  });

  test('the address names every step at once: a reload right after a key keeps the slide and its fragment', async ({ page }) => {
    await openDeck(page, 11);
    // A step to a slide, then at once a step that shows slide 12's calculator (a fragment).
    await page.keyboard.press('ArrowRight');
    await expect(presentSlide(page)).toHaveAttribute('data-slide', '12');
    await stepThenReload(page, 12, presentSlide(page).getByLabel(ja.capacity.concurrency));
    // And a plain slide, right after the step to it.
    await stepThenReload(page, 13);
  });

  test('S opens the speaker view with the current slide’s notes and pacing; reloading the deck keeps its slide', async ({ page, context }) => {
    await openDeck(page, 12);
    const popupPromise = context.waitForEvent('page');
    await page.keyboard.press('s');
    const speakerView = await popupPromise;
    const notes = speakerView.locator('.speaker-controls-notes');
    await expect(notes).toContainText(await notesOf(page, 12), { timeout: 15_000 });
    // The speaker view shows the deck itself in iframes loaded with ?receiver.
    const current = speakerView.frameLocator('#current-slide iframe').locator('.reveal .slides > section.present');
    await expect(current).toHaveAttribute('data-slide', '12', { timeout: 15_000 });
    // Slide 12's calculator is a fragment: the upcoming view shows it on slide 12 before slide 13.
    const upcoming = speakerView.frameLocator('#upcoming-slide iframe').locator('.reveal .slides > section.present');
    await expect(upcoming).toHaveAttribute('data-slide', '12');
    await expect(upcoming).toHaveAttribute('data-fragment', '0');
    // The talk clock paces against the agenda: on slide 12, most of section 2's minutes are still ahead.
    await expect(speakerView.getByRole('timer', { name: ja.talkClock.timer })).toBeVisible();
    await expect(speakerView.getByText(new RegExp(fill(ja.talkClock.ahead, { by: '\\d+:\\d\\d' })))).toBeVisible();
    // Opening the speaker view does not move the deck itself.
    await expect(presentSlide(page)).toHaveAttribute('data-slide', '12');
    await expect(page).toHaveURL(/#\/12$/);

    // On slide 12's fragment, the presenter reloads the deck as soon as the calculator shows.
    await stepThenReload(page, 12, presentSlide(page).getByLabel(ja.capacity.concurrency));
    // On a plain slide, the same; the speaker view reconnects (its plugin loads on the speaker
    // view's call) and follows the deck, and neither window pulls the other back.
    await stepThenReload(page, 13);
    await expect(notes).toContainText(await notesOf(page, 13), { timeout: 15_000 });
    await expect(current).toHaveAttribute('data-slide', '13');
    await page.keyboard.press('ArrowRight');
    await expect(presentSlide(page)).toHaveAttribute('data-slide', '14');
    await expect(notes).toContainText(await notesOf(page, 14), { timeout: 15_000 });
    await expect(current).toHaveAttribute('data-slide', '14');
    await expect(presentSlide(page)).toHaveAttribute('data-slide', '14');
  });

  test('the speaker view’s upcoming preview shows the next step even when it finishes loading last', async ({ page, context }) => {
    // reveal's speaker view tells its previews the state once the current one is ready; hold the
    // upcoming one's page back until then, as a busy machine or network may.
    let releaseUpcoming = () => {};
    const upcomingHeld = new Promise<void>((resolve) => (releaseUpcoming = resolve));
    await context.route(/\/deck\/\?receiver.*controls=false/, async (route) => {
      await upcomingHeld;
      await route.continue();
    });
    await openDeck(page, 12);
    const popupPromise = context.waitForEvent('page');
    await page.keyboard.press('s');
    const speakerView = await popupPromise;
    await expect(speakerView.frameLocator('#current-slide iframe').locator('.reveal .slides > section.present')).toHaveAttribute('data-slide', '12', { timeout: 15_000 });
    await expect(speakerView.locator('.speaker-controls-notes')).toContainText(await notesOf(page, 12), { timeout: 15_000 });
    releaseUpcoming();
    const upcoming = speakerView.frameLocator('#upcoming-slide iframe').locator('.reveal .slides > section.present');
    await expect(upcoming).toHaveAttribute('data-slide', '12', { timeout: 15_000 });
    await expect(upcoming).toHaveAttribute('data-fragment', '0');
  });

  test('T flips the deck between light and dark without a reload, listed in the help overlay, remembered nowhere', async ({ page }) => {
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor.match(/\d+/g)!.slice(0, 3).map(Number).reduce((a, b) => a + b, 0));
    await page.emulateMedia({ colorScheme: 'dark' });
    await openDeck(page, 25);
    await chartsReady(page, '.reveal .slides > section.present');
    expect(await background()).toBeLessThan(150);
    await page.keyboard.press('t');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect.poll(background).toBeGreaterThan(600);
    await expect(presentSlide(page)).toHaveAttribute('data-slide', '25');
    await page.keyboard.press('t');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.keyboard.press('Shift+Slash');
    await expect(page.locator('.r-overlay-help')).toContainText(ja.pages.projectorKey);
    await page.reload();
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  });

  test('Alt+click (Ctrl+click on Linux) zooms into the slide, its plugin loaded when the key is held', async ({ page }) => {
    await openDeck(page, 8);
    const key = await page.evaluate(() => (/Linux/.test(navigator.platform) ? 'Control' : 'Alt'));
    const plugin = page.waitForResponse((response) => /zoom/.test(response.url()));
    await page.keyboard.down(key);
    await plugin;
    await page.mouse.click(640, 400);
    await expect.poll(() => page.evaluate(() => document.body.style.transform)).toMatch(/scale\(2\)/);
    await page.keyboard.up(key);
  });

  test('a zoom click made before its plugin has arrived still zooms, once it has (a busy machine lost it)', async ({ page }) => {
    await openDeck(page, 8);
    const key = await page.evaluate(() => (/Linux/.test(navigator.platform) ? 'Control' : 'Alt'));
    // The plugin is held back until the click has been made.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/zoom/, async (route) => {
      await held;
      await route.continue();
    });
    await page.keyboard.down(key);
    await page.mouse.click(640, 400);
    release();
    await expect.poll(() => page.evaluate(() => document.body.style.transform)).toMatch(/scale\(2\)/);
    await page.keyboard.up(key);
  });

  test('the deck renders under ?receiver, as the speaker view loads it', async ({ page }) => {
    // The speaker view's iframes use reveal's zero-based `#/h/v`: `#/19/0` is slide 20.
    await page.goto('/deck/?receiver&progress=false&transition=none#/19/0');
    await expect(presentSlide(page)).toHaveAttribute('data-slide', '20');
    await expect(presentSlide(page).getByRole('heading', { name: 'VPC Lambdaのアーキテクチャ(新)' })).toBeVisible();
  });

  test('?print-pdf gives one page per slide, 47 in all, fragments in their final state', async ({ page }) => {
    await page.goto('/deck/?print-pdf');
    await expect(page.locator('.reveal .slides .pdf-page')).toHaveCount(talk.slideCount);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
    expect(pages).toHaveLength(talk.slideCount);
    const order = await page
      .locator('.reveal .slides .pdf-page > section')
      .evaluateAll((sections) => sections.map((s) => Number(s.getAttribute('data-slide'))));
    expect(order).toEqual(Array.from({ length: talk.slideCount }, (_, i) => i + 1));
    // Fragments in their final state: slide 12's calculator is on its page.
    await expect(page.locator('.pdf-page > section[data-slide="12"]').getByLabel(ja.capacity.concurrency)).toBeVisible();
    // Paper has no player: no play button, timeline or speed menu on slides 13, 20, 25, 26, 29 or 30,
    // no button anywhere, and slide 12's calculator as its values. Slide 29's worker label keeps clear of the question above it.
    await expect(page.locator('.pdf-page > section[data-slide="25"] .replay')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    expect(await drawnControls(page)).toEqual([]);
    const label = (await page.locator('.pdf-page > section[data-slide="29"] .lanes-workers').boundingBox())!;
    const question = (await page.locator('.pdf-page > section[data-slide="29"] .replay-question').boundingBox())!;
    expect(label.y, 'slide 29: the worker label under the question').toBeGreaterThanOrEqual(question.y + question.height);
    // Each page keeps the slide's layout: a statement sits in the middle of its page.
    const statement = page.locator('.pdf-page > section[data-slide="17"]');
    const pageBox = (await statement.locator('xpath=..').boundingBox())!;
    const textBox = (await statement.locator('.slide-inner > p:not([class])').first().boundingBox())!;
    const middle = textBox.y + textBox.height / 2 - pageBox.y;
    expect(Math.abs(middle - pageBox.height / 2)).toBeLessThan(pageBox.height * 0.1);
  });

  test('Ctrl+Shift+F searches the slides (the search loads on first use)', async ({ page }) => {
    await openDeck(page, 2);
    await page.keyboard.press('Control+Shift+F');
    const input = page.getByRole('searchbox');
    await expect(input).toBeVisible();
    await input.pressSequentially('Hyperplane');
    await input.press('Enter');
    await expect(presentSlide(page)).not.toHaveAttribute('data-slide', '2');
    await expect(presentSlide(page)).toContainText('Hyperplane');
  });
});

/**
 * The speaker view's talk clock (issue 31, item 2; src/deck/speaker-clock.ts) and the speaker view on
 * a tablet (item 6). The deck's clock is set by the test (Playwright's fixed time: Date.now is
 * the test's, the timers run), so every figure is exact.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { ja } from '../src/i18n/ja.ts';
import { en } from '../src/i18n/en.ts';
import { agenda, sectionLabel, type SectionNumber } from '../src/lib/agenda.ts';
import { fill } from '../src/i18n/format.ts';
import { openDeck, presentSlide } from './deck';
import { expect, expectNoAxeViolations, test } from './fixtures';

const start = new Date('2026-12-07T19:00:00Z').getTime();
const at = (seconds: number) => new Date(start + seconds * 1000);
/** A section's row in the clock's table, by its heading (the section's name as the slides print it). */
const sectionRow = (view: Page, section: SectionNumber) => view.getByRole('row').filter({ has: view.getByRole('rowheader', { name: sectionLabel(section, ja.agenda), exact: true }) });

/** Opens the speaker view with S on `slide`, the deck's clock fixed at the start; its pop-up fails the test on any console error. */
async function speakerView(page: Page, context: BrowserContext, slide: number, deck = '/deck/') {
  await page.clock.setFixedTime(at(0));
  await openDeck(page, slide, deck);
  const popup = context.waitForEvent('page');
  await page.keyboard.press('s');
  const view = await popup;
  const problems: string[] = [];
  view.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  return { view, problems };
}

test.describe('the speaker view’s talk clock', () => {
  test('W pauses it for questions and resumes it; each section’s minutes are booked, and its end is said once', async ({ page, context }) => {
    const words = ja.talkClock;
    const { view, problems } = await speakerView(page, context, 10);
    const timer = view.getByRole('timer', { name: words.timer });
    await expect(timer).toHaveText('0:00', { timeout: 15_000 });
    // reveal's own timer, which cannot pause, is not shown beside it.
    await expect(view.getByText('Click to Reset')).toBeHidden();

    await page.clock.setFixedTime(at(90));
    await expect(timer).toHaveText('1:30');
    await view.keyboard.press('w');
    await expect(view.getByRole('button', { name: `${words.resume} (${words.key})` })).toBeVisible();
    await expect(view.getByText(words.paused, { exact: false })).toBeVisible();
    // Ten minutes of questions: not spoken time. Resuming shows the clock where it stopped.
    await page.clock.setFixedTime(at(690));
    await view.keyboard.press('w');
    await expect(view.getByRole('button', { name: `${words.pause} (${words.key})` })).toBeVisible();
    await expect(timer).toHaveText('1:30');
    await page.clock.setFixedTime(at(720));
    await expect(timer).toHaveText('2:00');

    // Slide 11 opens section 2: section 1 ends with 2:00 of its 5 minutes used, and that is said.
    await expect(sectionRow(view, 1).getByRole('cell').nth(1)).toHaveText('2:00');
    await page.keyboard.press('ArrowRight');
    await expect(presentSlide(page)).toHaveAttribute('data-slide', '11');
    const said = view.getByRole('status').filter({ hasText: sectionLabel(1, ja.agenda) });
    await expect(said).toHaveText(fill(words.ended, { section: sectionLabel(1, ja.agenda), planned: fill(words.minutes, { n: agenda[0]!.minutes }), used: '2:00' }));
    await expect(sectionRow(view, 2)).toHaveAttribute('aria-current', 'step');
    await page.clock.setFixedTime(at(750));
    await expect(sectionRow(view, 2).getByRole('cell').nth(1)).toHaveText('0:30');
    // Back a slide (a question about section 1): its time is booked again, and nothing more is said.
    await page.keyboard.press('ArrowLeft');
    await expect(presentSlide(page)).toHaveAttribute('data-slide', '10');
    await page.clock.setFixedTime(at(780));
    await expect(sectionRow(view, 1).getByRole('cell').nth(1)).toHaveText('2:30');
    // And forward again: section 1 ended once, so what was said stays as it was.
    await page.keyboard.press('ArrowRight');
    await expect(presentSlide(page)).toHaveAttribute('data-slide', '11');
    await page.clock.setFixedTime(at(790));
    await expect(sectionRow(view, 2).getByRole('cell').nth(1)).toHaveText('0:40');
    await expect(view.getByRole('status')).toHaveText(fill(words.ended, { section: sectionLabel(1, ja.agenda), planned: fill(words.minutes, { n: agenda[0]!.minutes }), used: '2:00' }));
    // A button worked with Space stays with the clock: the key never reaches the speaker view's
    // document, where reveal hands every key to the deck (Space: the next slide). A listener of the
    // test's own stands where reveal's is.
    await view.evaluate(() => {
      const keys: string[] = [];
      (window as unknown as { keysSeen: string[] }).keysSeen = keys;
      document.addEventListener('keydown', (event) => keys.push(event.key));
    });
    await view.getByRole('button', { name: `${words.pause} (${words.key})` }).focus();
    await view.keyboard.press('Space');
    await expect(view.getByRole('button', { name: `${words.resume} (${words.key})` })).toBeFocused();
    expect(await view.evaluate(() => (window as unknown as { keysSeen: string[] }).keysSeen)).toEqual([]);
    await expect(presentSlide(page)).toHaveAttribute('data-slide', '11');
    await expectNoAxeViolations(view, { include: '.talk-clock', what: 'the talk clock' });
    await expectNoAxeViolations(view, { include: '.talk-clock-sections', what: 'the sections’ table' });
    expect(problems).toEqual([]);
  });

  test('its buttons move the deck; a reloaded deck finds the clock where it was', async ({ page, context }) => {
    const words = en.talkClock;
    const { view, problems } = await speakerView(page, context, 12, '/en/deck/');
    const timer = view.getByRole('timer', { name: words.timer });
    await expect(timer).toHaveText('0:00', { timeout: 15_000 });
    await view.getByRole('button', { name: new RegExp(words.next) }).click();
    // Slide 12's calculator is a fragment: next shows it, then slide 13.
    await view.getByRole('button', { name: new RegExp(words.next) }).click();
    await expect(presentSlide(page)).toHaveAttribute('data-slide', '13');
    await view.getByRole('button', { name: new RegExp(words.previous) }).click();
    await expect(presentSlide(page)).toHaveAttribute('data-slide', '12');
    await page.clock.setFixedTime(at(65));
    await expect(timer).toHaveText('1:05');
    await view.getByRole('button', { name: `${words.pause} (${words.key})` }).click();
    await page.clock.setFixedTime(at(95));
    await view.getByRole('button', { name: `${words.resume} (${words.key})` }).click();
    await expect(view.getByRole('button', { name: `${words.pause} (${words.key})` })).toBeVisible();
    await page.reload();
    await expect(presentSlide(page)).toHaveAttribute('data-slide', '12');
    // The reloaded deck's clock is the test's too; the speaker view calls it back within a second and
    // the clock runs on from 1:05 at 95 s: 1:05 + 3:25 at 300 s (a clock left as it was would say 1:05).
    await page.clock.setFixedTime(at(300));
    await expect(view.getByRole('timer', { name: words.timer })).toHaveText('4:30', { timeout: 15_000 });
    await view.getByRole('button', { name: words.reset }).click();
    await expect(view.getByRole('timer', { name: words.timer })).toHaveText('0:00');
    expect(problems).toEqual([]);
  });

  test('on a tablet held upright (768×1024): both previews above, buttons a finger’s size, notes at 18 px or more', async ({ page, context }) => {
    const { view } = await speakerView(page, context, 14);
    await view.setViewportSize({ width: 768, height: 1024 });
    await expect(view.getByRole('timer', { name: ja.talkClock.timer })).toBeVisible({ timeout: 15_000 });
    for (const name of [ja.talkClock.previous, ja.talkClock.pause, ja.talkClock.next]) {
      const box = (await view.getByRole('button', { name: new RegExp(name) }).boundingBox())!;
      expect(Math.min(box.width, box.height), name).toBeGreaterThanOrEqual(44);
    }
    const notes = view.locator('.speaker-controls-notes .value');
    await expect(notes).not.toBeEmpty({ timeout: 15_000 });
    expect(parseFloat(await notes.evaluate((element) => getComputedStyle(element).fontSize))).toBeGreaterThanOrEqual(18);
    const current = (await view.locator('#current-slide').boundingBox())!;
    const upcoming = (await view.locator('#upcoming-slide').boundingBox())!;
    const controls = (await view.locator('#speaker-controls').boundingBox())!;
    expect(upcoming.x).toBeGreaterThanOrEqual(current.x + current.width - 1);
    expect(controls.y).toBeGreaterThanOrEqual(current.y + current.height - 1);
    expect(controls.width).toBeGreaterThan(700);
  });
});

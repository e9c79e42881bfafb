/**
 * "Predict, then see" on the reading page, by keyboard: the guess moved on its slider, the answer
 * shown with the guess marked (or skipped to), nothing stored or sent; without JavaScript, the answer.
 */
import type { Page } from '@playwright/test';
import { en } from '../src/i18n/en.ts';
import { dateIn, fill } from '../src/i18n/format.ts';
import { ja } from '../src/i18n/ja.ts';
import { tabTo } from './charts';
import { expect, expectNoAxeViolations, test } from './fixtures';

/** Watches what the page stores and sends: every request that is not a GET of the site's own code or data. */
function watchRequests(page: Page) {
  const sent: string[] = [];
  page.on('request', (request) => {
    if (request.method() !== 'GET' || ['fetch', 'xhr', 'websocket', 'eventsource', 'ping'].includes(request.resourceType())) sent.push(`${request.method()} ${request.url()}`);
  });
  return sent;
}
const stored = (page: Page) => page.evaluate(() => localStorage.length + sessionStorage.length);

/** A question's figure, named by its question (its caption). */
const questionFigure = (page: Page, question: string) => page.getByRole('figure', { name: question });
const slowestQuestion = (words: typeof ja) => fill(words.predict.slowest.question, { date: dateIn('2019-05-29', words.date), requests: 500 });
const enisQuestion = (words: typeof ja) => fill(words.predict.enis.question, { peak: '1,000' });

test.describe('predict, then see (/read/)', () => {
  test('before slide 25: the guess moves on its slider, Enter shows the slowest request against it', async ({ page }) => {
    const t = ja.predict;
    const seconds = (value: string) => fill(ja.seconds, { value });
    const sent = watchRequests(page);
    await page.goto('/read/#slide-24');
    const slider = page.getByRole('slider', { name: t.slowest.handle });
    const figure = questionFigure(page, slowestQuestion(ja));
    const answer = figure.getByRole('paragraph').filter({ hasText: fill(t.slowest.answer, { slowest: '13.046', slow: 50, requests: 500, from: '9.138' }) });
    await tabTo(page, slider);
    await expect(figure).toHaveAttribute('data-chart-state', 'ready');
    // The chart came from its own page as the reader neared it (runtime/later.ts); from here on, nothing may leave.
    sent.length = 0;
    // The question comes first: the answer is held back until the reader guesses.
    await expect(answer).toBeHidden();
    await expect(slider).toHaveAttribute('aria-valuetext', seconds('7.0'));
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(slider).toHaveAttribute('aria-valuetext', seconds('8.0'));
    await page.keyboard.press('End');
    await expect(slider).toHaveAttribute('aria-valuetext', seconds('14.0'));
    await page.keyboard.press('Home');
    await expect(slider).toHaveAttribute('aria-valuetext', seconds('0.0'));
    for (let i = 0; i < 6; i += 1) await page.keyboard.press('PageUp');
    await page.keyboard.press('ArrowUp');
    await expect(slider).toHaveAttribute('aria-valuetext', seconds('12.5'));
    await page.keyboard.press('Enter');
    // The answer, the guess marked against it, the difference in words, told politely.
    await expect(answer).toBeVisible();
    await expect(figure.getByText(fill(t.slowest.answerLabel, { value: seconds('13.046') }))).toBeVisible();
    await expect(figure.getByText(fill(t.guessLabel, { value: seconds('12.5') }))).toBeVisible();
    await expect(figure.locator('[data-verdict]')).toHaveText(fill(t.slowest.short, { guess: seconds('12.5'), diff: '0.55' }));
    await expect(figure.getByRole('status')).toContainText(fill(t.slowest.short, { guess: seconds('12.5'), diff: '0.55' }));
    await expect(slider).toBeHidden();
    await expect(figure.getByRole('button', { name: t.again })).toBeFocused();
    // Again: the question returns, the guess where the reader left it.
    await page.keyboard.press('Enter');
    await expect(answer).toBeHidden();
    await expect(figure.getByRole('status')).toHaveText('');
    await expect(slider).toHaveAttribute('aria-valuetext', seconds('12.5'));
    expect(await stored(page)).toBe(0);
    expect(sent).toEqual([]);
  });

  test('before slide 30: a count on a log scale, or skip straight to the model’s answer', async ({ page }) => {
    const t = en.predict;
    const sent = watchRequests(page);
    await page.goto('/en/read/#slide-29');
    const slider = page.getByRole('slider', { name: fill(t.enis.handle, { peak: '1,000' }) });
    const figure = questionFigure(page, enisQuestion(en));
    const answer = figure.getByRole('paragraph').filter({ hasText: fill(t.enis.answer, { enis: '1 ENI', peak: '1,000', memory: 128, oldEnis: '42 ENIs' }) });
    await tabTo(page, slider);
    await expect(figure).toHaveAttribute('data-chart-state', 'ready');
    // The chart came from its own page as the reader neared it (runtime/later.ts); from here on, nothing may leave.
    sent.length = 0;
    await expect(answer).toBeHidden();
    await expect(slider).toHaveAttribute('aria-valuetext', fill(t.enis.many, { n: '50' }));
    await page.keyboard.press('ArrowLeft');
    await expect(slider).toHaveAttribute('aria-valuetext', fill(t.enis.many, { n: '40' }));
    await page.keyboard.press('PageUp');
    await expect(slider).toHaveAttribute('aria-valuetext', fill(t.enis.many, { n: '400' }));
    await page.keyboard.press('End');
    await expect(slider).toHaveAttribute('aria-valuetext', fill(t.enis.many, { n: '3,000' }));
    await page.keyboard.press('Home');
    await expect(slider).toHaveAttribute('aria-valuetext', fill(t.enis.one, { n: '1' }));
    // Skip: the answer without a guess marked.
    await tabTo(page, figure.getByRole('button', { name: t.skip }));
    await page.keyboard.press('Enter');
    await expect(answer).toBeVisible();
    await expect(figure.getByText(fill(t.enis.answerLabel, { value: '1 ENI' }))).toBeVisible();
    await expect(figure.getByText(fill(t.enis.oldLabel, { value: '42 ENIs' }))).toBeVisible();
    await expect(figure.locator('.predict-guess')).toBeHidden();
    await expect(figure.locator('[data-verdict]')).toHaveText('');
    await expect(figure.getByRole('status')).toHaveText(fill(t.enis.answer, { enis: '1 ENI', peak: '1,000', memory: 128, oldEnis: '42 ENIs' }));
    await expect(figure.getByRole('button', { name: t.again })).toBeFocused();
    await expect(figure.getByRole('button', { name: t.skip })).toBeHidden();
    expect(await stored(page)).toBe(0);
    expect(sent).toEqual([]);
  });

  test('the embed: Enter on the handle judges the guess against the model, axe-clean light and dark', async ({ page }) => {
    const t = en.predict.enis;
    await page.goto('/en/embed/predict-enis/');
    const slider = page.getByRole('slider', { name: fill(t.handle, { peak: '1,000' }) });
    const figure = questionFigure(page, enisQuestion(en));
    await tabTo(page, slider);
    await expect(figure).toHaveAttribute('data-chart-state', 'ready');
    await expectNoAxeViolations(page, { what: 'the question' });
    await page.keyboard.press('PageUp');
    await page.keyboard.press('Enter');
    await expect(figure.locator('[data-verdict]')).toHaveText(fill(t.over, { guess: fill(t.many, { n: '500' }), times: '500' }));
    await expect(figure.getByText(fill(en.predict.guessLabel, { value: fill(t.many, { n: '500' }) }))).toBeVisible();
    await expectNoAxeViolations(page, { what: 'the answer, light' });
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page, { rules: ['color-contrast'], what: 'the answer, dark' });
  });

  test('a pointer places the guess where it is pressed, and drags it', async ({ page }) => {
    await page.goto('/embed/predict-slowest/');
    const slider = page.getByRole('slider', { name: ja.predict.slowest.handle });
    const figure = questionFigure(page, slowestQuestion(ja));
    await expect(figure).toHaveAttribute('data-chart-state', 'ready');
    const box = (await figure.locator('svg').boundingBox())!;
    // The axis runs from 0 s at 52 of the drawing's 544 units to 14 s at 532.
    const at = (seconds: number) => box.x + ((52 + (seconds / 14) * 480) / 544) * box.width;
    await page.mouse.move(at(3), box.y + box.height / 2);
    await page.mouse.down();
    await expect(slider).toHaveAttribute('aria-valuenow', '3');
    await page.mouse.move(at(11), box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await expect(slider).toHaveAttribute('aria-valuenow', '11');
    await expect(slider).toBeFocused();
  });

  test('without JavaScript, the answers are simply shown (on their pages, which the reading page’s stills link to)', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const [edition, words] of [['', ja], ['/en', en]] as const) {
      await page.goto(`${edition}/embed/predict-slowest/`);
      await expect(page.getByText(fill(words.predict.slowest.answer, { slowest: '13.046', slow: 50, requests: 500, from: '9.138' }))).toBeVisible();
      await expect(questionFigure(page, slowestQuestion(words)).getByRole('slider')).toHaveCount(0);
      await page.goto(`${edition}/embed/predict-enis/`);
      const answer = page.getByText(fill(words.predict.enis.answer, { enis: fill(words.predict.enis.one, { n: '1' }), peak: '1,000', memory: 128, oldEnis: fill(words.predict.enis.many, { n: '42' }) }));
      await answer.scrollIntoViewIfNeeded();
      await expect(answer).toBeVisible();
      // Nothing to move or press: the question's controls need the code that is not running.
      for (const figure of [questionFigure(page, enisQuestion(words))]) {
        await expect(figure.getByRole('slider')).toHaveCount(0);
        await expect(figure.getByRole('button')).toHaveCount(0);
      }
      await expect(page.getByText(words.predict.enis.hint)).toBeHidden();
    }
    await context.close();
  });
});

/**
 * One request followed through both architectures (slide 13's commentary on /read/, and its own
 * page): stepped and scrubbed by keyboard alone, each step said once, and every stage readable
 * without JavaScript with the seconds the records hold.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { en } from '../src/i18n/en.ts';
import { fill } from '../src/i18n/format.ts';
import { ja } from '../src/i18n/ja.ts';
import { expect, expectNoAxeViolations, test } from './fixtures';

type Words = typeof ja;
const stageNames = (words: Words) => Object.values(words.requestPath.stages);

/** A run's slow responses as its histogram holds them: from the mark before the buckets after its last empty one, to the slowest. */
function slowResponses(id: string): string[] {
  const run = JSON.parse(readFileSync(`data/runs/${id}.json`, 'utf8')) as { report: { histogram: { mark: number; count: number }[]; summary: { slowestSeconds: number } } };
  const { histogram, summary } = run.report;
  return [histogram[histogram.map((bucket) => bucket.count).lastIndexOf(0)]!.mark.toFixed(3), summary.slowestSeconds.toFixed(3)];
}
const [may, october] = [slowResponses('v1-2019-05-29'), slowResponses('v1-2019-10-20')];

/** The chart, found by its drawing's name, and what a keyboard reader uses of it. */
function requestPath(page: Page, words: Words) {
  const t = words.requestPath;
  const chart = page.getByRole('figure').filter({ has: page.getByRole('img', { name: t.title }) });
  return {
    chart,
    slider: chart.getByRole('slider', { name: t.stage }),
    next: chart.getByRole('button', { name: t.next }),
    previous: chart.getByRole('button', { name: t.previous }),
    status: chart.getByRole('status'),
    stepName: (n: number) => fill(t.stepOf, { n, total: 5, name: stageNames(words)[n - 1]! }),
  };
}

/** Everything the live region says from now on, one entry each time it changes. */
async function listen(status: Locator) {
  await status.evaluate((element) => {
    const said: string[] = ((window as unknown as { said: string[] }).said = []);
    new MutationObserver(() => said.push(element.textContent ?? '')).observe(element, { childList: true, characterData: true, subtree: true });
  });
  return () => status.page().evaluate(() => (window as unknown as { said: string[] }).said);
}

/** The stage shown: the slider's words, the list's current item and the drawing's marks of that stage. */
async function expectStage(path: ReturnType<typeof requestPath>, n: number) {
  await expect(path.slider).toHaveAttribute('aria-valuetext', path.stepName(n));
  await expect(path.chart.locator('.rp-stages > li[aria-current="step"]')).toHaveAttribute('data-stage', String(n));
  await expect(path.chart.getByRole('img').locator('g.rp-now')).toHaveCount(2);
  for (const mark of await path.chart.getByRole('img').locator('g.rp-now').all()) await expect(mark).toHaveAttribute('data-stage', String(n));
}

for (const [edition, words] of [['', ja], ['/en', en]] as const) {
  const t = words.requestPath;

  test.describe(`${edition}/read/: one request through both architectures`, () => {
    test('steps and scrubs by keyboard alone, saying each stage once', async ({ page }) => {
      await page.goto(`${edition}/read/#request-path`);
      const path = requestPath(page, words);
      await expect(path.chart).toHaveAttribute('data-chart-state', 'ready');
      // A reader who asked for less motion (as these tests do) starts with the whole path shown.
      await expectStage(path, 5);
      const said = await listen(path.status);

      await path.slider.focus();
      await page.keyboard.press('Home');
      await expectStage(path, 1);
      await expect(path.status).toContainText(path.stepName(1));
      await page.keyboard.press('ArrowRight');
      await expectStage(path, 2);
      await page.keyboard.press('End');
      await expectStage(path, 5);
      // At the end, End again changes nothing, and says nothing.
      await page.keyboard.press('End');

      // Tab to the next button; at the last stage it stays there. Then back a stage with the arrow key.
      await page.keyboard.press('Tab');
      await expect(path.next).toBeFocused();
      expect(await path.next.evaluate((button) => getComputedStyle(button).outlineStyle)).toBe('solid');
      await page.keyboard.press('Enter');
      await page.keyboard.press('ArrowLeft');
      await expectStage(path, 4);
      // Stage 4 is the ENI: slide 25's slow responses in the old request's path, recorded.
      await expect(path.status).toContainText(path.stepName(4));
      await expect(path.status).toContainText(may.join(words === ja ? '〜' : '–'));
      await expect(path.status).toContainText(t.natures.recorded);

      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Shift+Tab');
      await expect(path.previous).toBeFocused();
      await page.keyboard.press('Space');
      await expectStage(path, 3);
      await expect(path.status).toContainText(october.join(words === ja ? '〜' : '–'));
      expect((await said()).map((text) => text.split(' — ')[0])).toEqual([1, 2, 5, 4, 3].map(path.stepName));
    });

    test('starts at its first stage for a reader who did not ask for less motion', async ({ browser }) => {
      const context = await browser.newContext({ reducedMotion: 'no-preference' });
      const page = await context.newPage();
      await page.goto(`${edition}/read/#request-path`);
      const path = requestPath(page, words);
      await expect(path.chart).toHaveAttribute('data-chart-state', 'ready');
      await expectStage(path, 1);
      // Nothing is said until the reader steps.
      await expect(path.status).toHaveText('');
      await path.next.focus();
      await page.keyboard.press('Enter');
      await expectStage(path, 2);
      await expect(path.status).toContainText(path.stepName(2));
      await context.close();
    });
  });

  test(`${edition}/embed/request-path/ (the reading page's still links there) without JavaScript lists every stage with its seconds and their nature, and the drawing names its numbers`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${edition}/embed/request-path/`);
    const path = requestPath(page, words);
    const stages = path.chart.locator('.rp-stages > li');
    await expect(stages).toHaveCount(5);
    for (const [i, name] of stageNames(words).entries()) {
      const stage = stages.nth(i);
      await expect(stage).toContainText(name);
      await expect(stage.locator('li')).toHaveCount(2);
      for (const row of await stage.locator('li').all()) {
        await expect(row.locator('.rp-nature')).toHaveText(new RegExp(`^(${Object.values(t.natures).join('|')})$`));
      }
    }
    const drawing = path.chart.getByRole('img', { name: t.title });
    const range = (span: string[]) => span.join(words === ja ? '〜' : '–');
    for (const span of [may, october]) await expect(drawing.locator('desc')).toContainText(range(span));
    await expect(drawing).toContainText(fill(t.bars.answered, { range: fill(t.range, { low: may[0]!, high: may[1]! }) }));
    await context.close();
  });

  test(`${edition}/embed/request-path/ steps by keyboard, axe-clean light and dark`, async ({ page }) => {
    await page.goto(`${edition}/embed/request-path/`);
    const path = requestPath(page, words);
    await expect(path.chart).toHaveAttribute('data-chart-state', 'ready');
    await expectNoAxeViolations(page, { what: 'light' });
    await path.previous.focus();
    await page.keyboard.press('Enter');
    await expectStage(path, 4);
    // The stage it is on stands on the surface colour: its recorded seconds still read.
    await expectNoAxeViolations(page, { rules: ['color-contrast'], what: 'light, stage 4' });
    await page.keyboard.press('Home');
    await expectStage(path, 1);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page, { rules: ['color-contrast'], what: 'dark' });
  });
}

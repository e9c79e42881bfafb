import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { ja } from '../src/i18n/ja.ts';
import { fill } from '../src/i18n/strings.ts';
import { presentSlide } from './deck';
import { test, expect, expectNoAxeViolations } from './fixtures';

const runIds = ['v1-2019-05-29', 'v1-2019-10-20', 'v2-2019-10-20'] as const;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const recorded = (id: string) => JSON.parse(readFileSync(`data/runs/${id}.json`, 'utf8')).report;

async function countsOf(page: Page, scope = 'body') {
  return page.locator(`${scope} rect.bar`).evaluateAll((bars) => bars.map((bar) => Number(bar.getAttribute('data-count'))));
}

async function labelsOf(page: Page, scope = 'body') {
  return page.locator(`${scope} text.bar-label`).allTextContents();
}

async function output(page: Page, name: string) {
  return (await page.locator(`output[name="${name}"]`).textContent())!.replace(/,/g, '');
}

test.describe('recorded histograms', () => {
  for (const id of runIds) {
    test(`histogram-${id} draws exactly the recorded counts, with axes and a table`, async ({ page }) => {
      const { histogram } = recorded(id);
      await page.goto(`/embed/histogram-${id}/`);
      const counts = histogram.map((b: { count: number }) => b.count);
      expect(await countsOf(page)).toEqual(counts);
      expect(await labelsOf(page)).toEqual(counts.map((c: number) => c.toLocaleString('en-US')));
      await expect(page.getByRole('img', { name: new RegExp(fill(ja.charts.histogramTitle, { tool: 'hey', date: '' }).split('(')[0]!) })).toBeVisible();
      await expect(page.locator('svg .axis-title').first()).toHaveText(ja.charts.responseTime);
      // A bar of 1 next to the tallest is still drawn.
      const heights = await page.locator('rect.bar').evaluateAll((bars) => bars.map((bar) => bar.getBoundingClientRect().height));
      counts.forEach((count: number, i: number) => {
        if (count > 0) expect(heights[i], `bucket ${i}`).toBeGreaterThanOrEqual(1.5);
        else expect(heights[i]).toBe(0);
      });
      await page.getByText(ja.charts.dataTable).click();
      const cells = await page.locator('.chart-data td').allTextContents();
      expect(cells).toEqual(counts.map((c: number) => c.toLocaleString('en-US')));
    });
  }

  test('histograms are readable without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/embed/histogram-v1-2019-05-29/');
    expect(await countsOf(page)).toEqual([1, 448, 1, 0, 0, 0, 0, 0, 4, 9, 37]);
    const tallest = await page.locator('rect.bar').nth(1).boundingBox();
    expect(tallest!.height).toBeGreaterThan(100);
    await context.close();
  });

  test('the comparison puts May and October on one time axis, October all under 0.55 s', async ({ page }) => {
    await page.goto('/embed/histogram-v1-compare/');
    const rows = page.locator('.compare-row');
    await expect(rows).toHaveCount(2);
    expect(await countsOf(page, '.compare-row[data-model="before"]')).toEqual([1, 448, 1, 0, 0, 0, 0, 0, 4, 9, 37]);
    expect(await countsOf(page, '.compare-row[data-model="after"]')).toEqual([1, 411, 25, 1, 0, 0, 0, 9, 7, 33, 13]);
    const ticks = (row: string) => page.locator(`.compare-row[data-model="${row}"] .axis-x text:not(.axis-title)`).allTextContents();
    expect(await ticks('after')).toEqual(await ticks('before'));
    // October's bars are too narrow to label each on this axis: its row names every count in words.
    await expect(page.locator('.compare-row[data-model="after"] .compare-label')).toContainText(fill(ja.charts.compareBucket, { from: '0.023', mark: '0.075', count: '411' }));
    await expect(page.locator('.compare-row[data-model="after"] .compare-label')).toContainText(fill(ja.charts.compareBucket, { from: '0.495', mark: '0.547', count: '13' }));
    await expect(page.locator('.compare-row[data-model="after"] text.bar-label').first()).toHaveText('411');
    // On the shared axis, October's slowest bar ends where May's first buckets are.
    const octoberSlowest = await page.locator('.compare-row[data-model="after"] rect.bar').nth(10).boundingBox();
    const mayThirdBucket = await page.locator('.compare-row[data-model="before"] rect.bar').nth(2).boundingBox();
    expect(octoberSlowest!.x + octoberSlowest!.width).toBeLessThan(mayThirdBucket!.x);
  });
});

test.describe('replays (reconstructions)', () => {
  for (const id of runIds) {
    test(`replay-${id} says it is a reconstruction and, played to the end, shows the recorded histogram and summary`, async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'no-preference' }); // about the animation
      const { histogram, summary } = recorded(id);
      const requests = histogram.reduce((sum: number, b: { count: number }) => sum + b.count, 0);
      await page.goto(`/embed/replay-${id}/`);
      await expect(page.locator('.chart-badge')).toHaveText(ja.charts.reconstruction);
      const law = fill(ja.replay.law.split(' = ')[0]!, { requests: requests.toLocaleString('en-US'), average: summary.averageSeconds.toFixed(4), total: summary.totalSeconds.toFixed(4) });
      await expect(page.locator('.replay-law')).toContainText(law);
      // The question a reader asks first, answered at the top: how many ran at once.
      // hey's rule: 50 workers of 10 for slides 25 and 26 (the default -c, which the record allows);
      // the record rules out slide 29's stated -c 500 and needs 1,000.
      const [template, workers] = id === 'v2-2019-10-20' ? [ja.replay.question.ruledOut, '1,000'] : [ja.replay.question.allowed, '50'];
      await expect(page.locator('.replay-header + .replay-question')).toContainText(template.split('{')[0]!);
      await expect(page.locator('.replay-question strong').last()).toHaveText(workers);
      await expect(page.locator('[data-chart-state="ready"]')).toBeVisible();
      // Ready to play: nothing done yet, the histogram empty.
      expect(await output(page, 'done')).toBe('0');
      expect((await countsOf(page)).length).toBe(11);
      await page.locator('.replay-speed select').selectOption('20');
      await page.getByRole('button', { name: ja.replay.play, exact: false }).click();
      await expect(page.locator('[data-action="play"]')).toHaveAttribute('data-playing', 'false', { timeout: 20_000 });
      expect(Number(await output(page, 'done'))).toBe(requests);
      expect(await labelsOf(page)).toEqual(histogram.map((b: { count: number }) => b.count.toLocaleString('en-US')));
      const average = Number(await output(page, 'average'));
      expect(Math.abs(average / summary.averageSeconds - 1)).toBeLessThanOrEqual(0.005);
      const rps = Number(await output(page, 'rps'));
      expect(Math.abs(rps / summary.requestsPerSecond - 1)).toBeLessThanOrEqual(0.05);
      const elapsed = Number(await output(page, 'elapsed'));
      expect(Math.abs(elapsed / summary.totalSeconds - 1)).toBeLessThanOrEqual(0.05);
      // The final state too: bar labels and outputs all changed since the page was checked.
      await expectNoAxeViolations(page);
    });
  }

  test('a reader reads any worker’s requests, by keyboard or by pointing at its lane', async ({ page }) => {
    const { summary } = recorded('v2-2019-10-20');
    await page.goto('/embed/replay-v2-2019-10-20/');
    await expect(page.locator('[data-chart-state="ready"]')).toBeVisible();
    const worker = page.getByRole('slider', { name: ja.replay.worker.label });
    const readout = page.locator('.replay-worker');
    const elapsed = await output(page, 'elapsed');
    // The first thing a keyboard reader reaches in the chart.
    await page.keyboard.press('Tab');
    await expect(worker).toBeFocused();
    const opening = (n: string, until: '{count}' | '{list}') => fill(ja.replay.worker.value.split(until)[0]!, { n, workers: '1,000', count: '10' });
    // The first worker sent the slowest request, first, and is busy until the recorded total.
    await expect(worker).toHaveAttribute('aria-valuetext', new RegExp(`^${escape(opening('1', '{list}'))}${summary.slowestSeconds.toFixed(3)}${escape(ja.replay.worker.slow)}, `));
    await expect(worker).toHaveAttribute('aria-valuetext', new RegExp(`${summary.totalSeconds.toFixed(2)}\\d ${ja.secondsUnit}`));
    await expect(readout).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expect(worker).toHaveAttribute('aria-valuenow', '2');
    await page.keyboard.press('End');
    await expect(worker).toHaveAttribute('aria-valuetext', new RegExp(`^${escape(opening('1,000', '{count}'))}`));
    await page.keyboard.press('ArrowLeft');
    await expect(worker).toHaveAttribute('aria-valuenow', '999');
    // Its arrows are the worker's, not the replay's: the run did not step back.
    expect(await output(page, 'elapsed')).toBe(elapsed);
    await expect(readout).toHaveText((await worker.getAttribute('aria-valuetext'))!);

    // Pointing half-way down the lanes reads the worker there: the 501st of 1,000.
    await page.keyboard.press('Tab');
    await expect(readout).toBeHidden();
    const box = (await worker.boundingBox())!;
    await worker.hover({ position: { x: box.width / 2, y: box.height * 0.5004 } });
    await expect(readout).toContainText(opening('501', '{count}'));
    await page.mouse.move(0, 0);
    await expect(readout).toBeHidden();
  });

  test('the replay is driven by keyboard: play, pause, step, scrub, jump', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' }); // about playing
    await page.goto('/embed/replay-v1-2019-10-20/');
    await expect(page.locator('[data-chart-state="ready"]')).toBeVisible();
    const play = page.locator('[data-action="play"]');
    await play.focus();
    const width = await play.evaluate((button) => button.getBoundingClientRect().width);
    await page.keyboard.press('Enter');
    await expect(play).toHaveAttribute('data-playing', 'true');
    // It says what it does next, and keeps its width (a wider label moved the chart below it).
    await expect(page.getByRole('button', { name: `‖ ${ja.replay.pause}`, exact: true })).toBeFocused();
    expect(await play.evaluate((button) => button.getBoundingClientRect().width)).toBe(width);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: `▶ ${ja.replay.play}`, exact: true })).toBeFocused();
    await expect(play).toHaveAttribute('data-playing', 'false');
    await page.keyboard.press('Home');
    expect(await output(page, 'done')).toBe('0');
    await page.keyboard.press('ArrowRight');
    expect(await output(page, 'done')).toBe('1');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await output(page, 'done')).toBe('3');
    await page.keyboard.press('ArrowLeft');
    expect(await output(page, 'done')).toBe('2');
    await page.keyboard.press('End');
    expect(await output(page, 'done')).toBe('500');
    // The timeline is a slider: Home goes back to the start.
    const timeline = page.getByRole('slider', { name: ja.replay.timeline });
    await timeline.focus();
    await page.keyboard.press('Home');
    expect(await output(page, 'done')).toBe('0');
    for (let i = 0; i < 40; i++) await page.keyboard.press('PageUp');
    expect(Number(await output(page, 'elapsed'))).toBeGreaterThan(0);
    // Tab reaches every control, each with a visible focus ring.
    await play.focus();
    for (const name of [ja.replay.stepBack, ja.replay.stepForward, ja.replay.restart]) {
      await page.keyboard.press('Tab');
      await expect(page.getByRole('button', { name })).toBeFocused();
      const outline = await page.getByRole('button', { name }).evaluate((el) => getComputedStyle(el).outlineStyle);
      expect(outline).not.toBe('none');
    }
    await expectNoAxeViolations(page);
  });

  test('with reduced motion the replay starts at its final state', async ({ page }) => {
    await page.goto('/embed/replay-v1-2019-05-29/');
    await expect(page.locator('[data-chart-state="ready"]')).toBeVisible();
    expect(await output(page, 'done')).toBe('500');
    await expect(page.locator('[data-action="play"]')).toHaveAttribute('data-playing', 'false');
    expect(await labelsOf(page)).toEqual(['1', '448', '1', '0', '0', '0', '0', '0', '4', '9', '37']);
      });
});

test.describe('the recordings in the deck', () => {
  test('slide 25 shows the hey output beside its replay, whose code loads only when the slide is reached', async ({ page }) => {
    // With slide transitions, as a deck is usually shown: without them, reveal lays the next
    // slide out in place (hidden), and its chart's code loads a slide early.
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto('/deck/#/24');
    await expect(presentSlide(page)).toHaveAttribute('data-slide', '24');
    // The deck has seen slide 25's replay hidden, and left its code unloaded.
    await expect(page.locator('.reveal .slides > section[data-slide="25"] [data-chart-state]')).toHaveAttribute('data-chart-state', 'waiting');
    expect(scripts.some((url) => /enhance/.test(url))).toBe(false);
    await page.keyboard.press('ArrowRight');
    const slide = page.locator('.reveal .slides > section.present');
    await expect(slide).toHaveAttribute('data-slide', '25');
    await expect(slide.locator('.hey-output')).toContainText('Requests/sec:\t37.1433');
    await expect(slide.locator('[data-chart-state="ready"]')).toBeVisible();
    expect(scripts.some((url) => /enhance/.test(url))).toBe(true);
    expect(await countsOf(page, '.reveal .slides > section.present')).toEqual([1, 448, 1, 0, 0, 0, 0, 0, 4, 9, 37]);
    // On the slide the replay rests on the recorded histogram, as the talk showed it.
    expect(await labelsOf(page, '.reveal .slides > section.present')).toEqual(['1', '448', '1', '0', '0', '0', '0', '0', '4', '9', '37']);
    await expect(slide.locator('output[name="done"]')).toHaveText('500');
    // Keys inside the replay drive it, not the deck.
    await slide.locator('[data-action="play"]').focus();
    await page.keyboard.press('Home');
    await expect(slide.locator('output[name="done"]')).toHaveText('0');
    await page.keyboard.press('ArrowRight');
    await expect(slide).toHaveAttribute('data-slide', '25');
    await expect(slide.locator('output[name="done"]')).toHaveText('1');
  });

  test('slide 26 steps from its own replay to May and October on one time axis', async ({ page }) => {
    await page.goto('/deck/#/26');
    const slide = page.locator('.reveal .slides > section.present');
    await expect(slide).toHaveAttribute('data-slide', '26');
    const compare = slide.locator('.histogram-compare');
    const after = compare.locator('.compare-row[data-model="after"]');
    await expect(compare).not.toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(compare).toBeVisible();
    await expect(compare.locator('.compare-row[data-model="before"]')).toBeVisible();
    await expect(after).not.toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(after).toBeVisible();
    await expect(slide).toHaveAttribute('data-slide', '26');
  });
});

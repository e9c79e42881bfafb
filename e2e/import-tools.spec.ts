/**
 * Other load testers' reports on /import/: one published report of each tool pasted as it was
 * published is read as that tool and drawn beside the talk's runs; the same report with one line
 * broken is refused in one sentence naming the line; its share link reopens the same view.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { describeHeyProblem, fill } from '../src/i18n/format.ts';
import { ja } from '../src/i18n/ja.ts';
import { percentileCsv } from '../src/lib/hey.ts';
import { HeyParseError } from '../src/lib/hey-messages.ts';
import { readLoadReport } from '../src/lib/load-report/index.ts';
import { expect, expectNoAxeViolations, test } from './fixtures';

const t = ja.importer;
const published = (file: string) => readFileSync(`src/lib/fixtures/published-tools/${file}`, 'utf8');

/** A report of each tool, and the line of it a test breaks (the first line that holds this text). */
const reports = [
  { tool: 'oha', file: 'oha/railsconf2024-post-create-new-secs-500s-deadline.txt', layout: 'newer', breaks: 'Slowest:' },
  { tool: 'k6', file: 'k6/k6docs-next-end-of-test-compact.txt', layout: 'compact', breaks: 'http_reqs....' },
  { tool: 'vegeta', file: 'vegeta/ngf-2.1.0-upgrade-https-tea-errors.txt', layout: 'text', breaks: 'Latencies' },
  { tool: 'ab', file: 'ab/apache-web-perf-prefork-clean.txt', layout: 'text', breaks: 'Total:' },
  { tool: 'wrk', file: 'wrk/palantir-http-non2xx.txt', layout: 'latency', breaks: '99%' },
  { tool: 'wrk2', file: 'wrk2/giltene-readme-latency-R2000.txt', layout: 'spectrum', breaks: '0.500000' },
] as const;

const box = (page: Page) => page.getByLabel(t.pasteLabel);
const percentileTable = (page: Page, tool: string) => page.getByRole('table', { name: fill(t.percentilesCaption, { tool }) });

/** The text with one value of its line turned into letters: what a stray edit does to a paste. */
function broken(text: string, marker: string): { text: string; line: number } {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes(marker));
  lines[line] = lines[line]!.replace(/\d+(\.\d+)?/, 'x.y');
  return { text: lines.join('\n'), line: line + 1 };
}

test.describe('any load tester’s report beside the talk’s runs', () => {
  for (const report of reports) {
    test(`${report.tool}: read as ${report.tool}, its percentiles drawn with the talk’s three runs, a broken line named, the share link the same view`, async ({ page, context }) => {
      const name = t.tools[report.tool];
      const text = published(report.file);
      const reading = readLoadReport(text);
      await page.goto('/import/');
      await box(page).fill(text);
      await expect(page.getByText(fill(t.readAs, { tool: name, layout: t.layouts[report.layout]! }))).toBeVisible();
      await expect(page.getByRole('alert')).toHaveText('');
      const chart = page.getByRole('img', { name: t.percentileChart.title });
      await expect(chart).toBeVisible();
      // Every percentile the tool printed, as printed (a long spectrum a click away); the talk's three runs in the legend.
      const rows = reading.report.latencyDistribution!;
      if (rows.length > 12) await page.getByText(fill(t.percentileRows, { n: rows.length })).click();
      await expect(percentileTable(page, name).locator('tbody tr')).toHaveCount(rows.length);
      await expect(percentileTable(page, name).locator('tbody tr').last()).toContainText(fill(ja.seconds, { value: String(rows.at(-1)!.seconds) }));
      await expect(page.locator('.percentile-legend li')).toHaveCount(4);
      // No replay: a report of another tool does not say when each request went (said where it has a histogram).
      if (reading.report.histogram) await expect(page.getByText(fill(t.noReplay, { reason: fill(t.noReplayReasons.notHey, { tool: name }) }))).toBeVisible();
      else await expect(page.getByRole('heading', { name: t.replayHeading })).toHaveCount(0);
      await expectNoAxeViolations(page, { include: '[data-result]', what: report.tool });

      // The share link, opened in a new page: the same reading and the same percentiles.
      const link = await page.locator('[data-share-link]').inputValue();
      const opened = await context.newPage();
      await opened.goto(link);
      await expect(opened.getByText(fill(t.readAs, { tool: name, layout: t.layouts[report.layout]! }))).toBeVisible();
      if (rows.length > 12) await opened.getByText(fill(t.percentileRows, { n: rows.length })).click();
      await expect(percentileTable(opened, name).locator('tbody tr')).toHaveCount(rows.length);
      await expect(opened.locator('.importer-figures')).toHaveText((await page.locator('.importer-figures').textContent())!);
      // Its embed draws the same percentiles over the talk's.
      const embedSrc = /src="([^"]+)"/.exec(await page.locator('[data-embed-code]').inputValue())![1]!;
      await opened.goto(embedSrc);
      await expect(opened.getByRole('img', { name: t.percentileChart.title })).toBeVisible();
      await expect(opened.locator('.percentile-legend li')).toHaveCount(4);

      // One value broken: one sentence naming its line, the text kept, the last good run still shown.
      const bad = broken(text, report.breaks);
      let sentence = '';
      try {
        readLoadReport(bad.text);
      } catch (error) {
        sentence = describeHeyProblem((error as HeyParseError).problem, t.messages);
      }
      expect(sentence).toContain(fill(t.messages.line, { line: bad.line }));
      await box(page).fill(bad.text);
      await expect(page.getByRole('alert')).toHaveText(`${fill(t.problem, { message: sentence })} ${t.kept}`);
      await expect(box(page)).toHaveValue(bad.text);
      await expect(chart).toBeVisible();
    });
  }

  test('the percentiles download as CSV, as the tool printed them, and the chart as a static SVG', async ({ page }) => {
    const text = published('k6/k6docs-next-end-of-test-compact.txt');
    await page.goto('/import/');
    await box(page).fill(text);
    const fetched = async (name: string) => {
      const download = page.waitForEvent('download');
      await page.getByRole('link', { name }).click();
      return readFileSync((await (await download).path())!, 'utf8');
    };
    expect(await fetched(t.downloadPercentiles)).toBe(percentileCsv(readLoadReport(text).report.latencyDistribution!));
    // The file alone: its title, the chart with its own styles, the legend in words.
    const svg = await fetched(t.downloadPercentileSvg);
    expect(svg).toMatch(/^<\?xml[\s\S]*<style><!\[CDATA\[[\s\S]*\.percentile-line[\s\S]*<svg[^>]*class="percentile-svg"[\s\S]*<\/svg>\n$/);
    expect(svg).toContain(fill(t.percentileChart.yours, { tool: 'k6' }));
  });

  test('where k6 timed the successful requests apart, a switch draws them alone, by keyboard, and the link keeps it', async ({ page, context }) => {
    // Half its requests failed: the successful one's p(95) is 128.58 ms, all requests' 304.63 ms.
    const text = published('k6/k6learn-custom-metrics-legacy-http-req-failed-50pct.txt');
    const successful = readLoadReport(text).report.successful!;
    await page.goto('/import/');
    await box(page).fill(text);
    const toggle = page.getByRole('button', { name: t.successfulOnly });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: t.successfulOnly })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('button', { name: t.successfulOnly })).toBeFocused();
    await expect(page.locator('.percentile-legend')).toContainText(fill(t.yoursSuccessful, { tool: 'k6' }));
    const rows = percentileTable(page, 'k6').locator('tbody tr');
    await expect(rows).toHaveCount(successful.latencyDistribution!.length);
    await expect(rows.last()).toContainText(fill(ja.seconds, { value: '0.12858' }));
    const opened = await context.newPage();
    await opened.goto(await page.locator('[data-share-link]').inputValue());
    await expect(opened.getByRole('button', { name: t.successfulOnly })).toHaveAttribute('aria-pressed', 'true');
    // A tool that does not time them apart has no such switch.
    await box(page).fill(published('wrk/palantir-http-non2xx.txt'));
    await expect(page.getByText(fill(t.readAs, { tool: 'wrk', layout: t.layouts.latency! }))).toBeVisible();
    await expect(page.getByRole('button', { name: t.successfulOnly })).toHaveCount(0);
  });
});

/**
 * Issue 14's timings for the import page, measured in the page itself: a text report of a
 * 1,000,000-request run (a real one, from hey's issue 227) from paste to chart, and a
 * 100,000-row `hey -o csv` file from choosing it to chart, with the longest main-thread task
 * on the way (Long Tasks API). Reported against their budgets; timings never fail the bench.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { chromium } from '@playwright/test';
import { heyCsvHeader } from '../lib/hey-csv.ts';

type Browser = Awaited<ReturnType<typeof chromium.launch>>;

export const importBudgets = { textMs: 100, csvChartMs: 2000, csvLongTaskMs: 200, millionChartMs: 5000 };

/** A long report of each other tool (wrk2's: a 79-row spectrum). */
const toolReports = [
  ['oha', 'railsconf2024-post-create-new-secs-500s-deadline.txt'],
  ['k6', 'k6docs-next-end-of-test-full-truncated.txt'],
  ['vegeta', 'urnauzao-saida-2k-pretty.json'],
  ['ab', 'nginz-1m-c10000-failed-receive-exceptions.txt'],
  ['wrk', 'palantir-nginx-https-socket-timeouts.txt'],
  ['wrk2', 'polis2020-pr102-get-non2xx-1.txt'],
] as const;

/** 100,000 rows as hey writes them: most fast, 1 % slow, 2 % answered 502 (seeded, so every run reads the same file). */
export function syntheticCsv(rows = 100_000): string {
  let seed = 2019;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const lines = [heyCsvHeader];
  for (let i = 0; i < rows; i++) {
    const latency = 0.02 + random() * 0.05 + (random() < 0.01 ? 9 + random() * 4 : 0);
    lines.push([latency.toFixed(4), '0.0000', '0.0000', '0.0000', (latency - 0.0001).toFixed(4), '0.0001', random() < 0.02 ? 502 : 200, (i * 0.002).toFixed(4)].join(','));
  }
  return `${lines.join('\n')}\n`;
}

/** Milliseconds from the text's arrival to the reader's chart in the page (its histogram, or another tool's percentiles), and the longest task meanwhile. */
async function timeToChart(browser: Browser, url: string, give: (page: Awaited<ReturnType<Browser['newPage']>>) => Promise<void>, chart = 'figure[data-chart="histogram-your-run"]') {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.evaluate((chart) => {
    const state = { start: 0, end: 0, longest: 0 };
    Object.assign(globalThis, { importTiming: state });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (state.start && !state.end) state.longest = Math.max(state.longest, entry.duration);
    }).observe({ type: 'longtask', buffered: false });
    new MutationObserver(() => {
      if (!state.end && document.querySelector(`[data-result] ${chart} svg`)) state.end = performance.now();
    }).observe(document.querySelector('[data-result]')!, { childList: true, subtree: true });
  }, chart);
  await give(page);
  await page.waitForFunction(() => (globalThis as unknown as { importTiming: { end: number } }).importTiming.end > 0, null, { timeout: 60_000 });
  const { start, end, longest } = await page.evaluate(() => (globalThis as unknown as { importTiming: { start: number; end: number; longest: number } }).importTiming);
  await page.close();
  return { ms: end - start, longestTaskMs: longest };
}

export async function measureImport(browser: Browser, origin: string) {
  const report = readFileSync('src/lib/fixtures/published/issue227-1M-cap-spaces.txt', 'utf8');
  const paste = (text: string) => async (page: Awaited<ReturnType<Browser['newPage']>>) => {
    await page.evaluate((value) => {
      const box = document.querySelector('textarea')!;
      (globalThis as unknown as { importTiming: { start: number } }).importTiming.start = performance.now();
      box.value = value;
      box.dispatchEvent(new Event('input', { bubbles: true }));
    }, text);
  };
  // The reader's code loads with the first text: time it once cold, then warm (a second paste in the same page is what a reader repeats).
  const textCold = await timeToChart(browser, `${origin}/import/`, paste(report));
  const textWarm = await timeToChart(browser, `${origin}/import/`, async (page) => {
    await paste('Status code distribution:\n  [200]\t1 responses\n')(page);
    await page.waitForSelector('[data-result] section');
    await page.evaluate(() => ((globalThis as unknown as { importTiming: { start: number } }).importTiming.start = 0));
    await paste(report)(page);
  });
  // A file on disk, as a reader chooses one: handed over as a buffer, Playwright would decode it in the page, a long task of its own.
  const fileToChart = async (rows: number) => {
    const csvFile = join(mkdtempSync(join(tmpdir(), 'bench-import-')), `hey-${rows}.csv`);
    writeFileSync(csvFile, syntheticCsv(rows));
    const timing = await timeToChart(browser, `${origin}/import/`, async (page) => {
      await page.evaluate(() => ((globalThis as unknown as { importTiming: { start: number } }).importTiming.start = performance.now()));
      await page.locator('input[type="file"]').setInputFiles(csvFile);
    });
    const bytes = statSync(csvFile).size;
    rmSync(dirname(csvFile), { recursive: true });
    return { ...timing, bytes };
  };
  const csvTiming = await fileToChart(100_000);
  const csvBytes = csvTiming.bytes;
  // Issue 30: a run of 1,000,000 requests as hey -o csv (about 60 MB), dropped as a file.
  const million = await fileToChart(1_000_000);
  // Issue 30: each tool's longest published report, pasted with the reader loaded, to its percentile chart.
  const tools: { tool: string; ms: number }[] = [];
  for (const [tool, file] of toolReports) {
    const text = readFileSync(`src/lib/fixtures/published-tools/${tool}/${file}`, 'utf8');
    const timing = await timeToChart(browser, `${origin}/import/`, async (page) => {
      await paste('Status code distribution:\n  [200]\t1 responses\n')(page);
      await page.waitForSelector('[data-result] section');
      await page.evaluate(() => ((globalThis as unknown as { importTiming: { start: number } }).importTiming.start = 0));
      await paste(text)(page);
    }, 'figure.percentile-chart');
    tools.push({ tool, ms: timing.ms });
  }
  return { textCold, textWarm, csv: csvTiming, csvBytes, million, tools };
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const within = (value: number, budget: number) => (value <= budget ? 'ok' : 'over budget (reported)');

/** What npm run bench prints of the import page's timings. */
export function importLines(times: Awaited<ReturnType<typeof measureImport>>): string[] {
  return [
    `import page, a text report of 1,000,000 requests (hey issue 227), paste to chart: ${ms(times.textWarm.ms)} with the reader loaded` +
      ` (budget ${ms(importBudgets.textMs)}) ${within(times.textWarm.ms, importBudgets.textMs)}; ${ms(times.textCold.ms)} on the first paste, which loads the reader`,
    `import page, a ${(times.csvBytes / 1e6).toFixed(1)} MB hey -o csv of 100,000 rows, file to chart: ${ms(times.csv.ms)} (budget ${ms(importBudgets.csvChartMs)}) ${within(times.csv.ms, importBudgets.csvChartMs)};` +
      ` longest main-thread task meanwhile ${ms(times.csv.longestTaskMs)} (budget ${ms(importBudgets.csvLongTaskMs)}) ${within(times.csv.longestTaskMs, importBudgets.csvLongTaskMs)}`,
    `import page, a ${(times.million.bytes / 1e6).toFixed(1)} MB hey -o csv of 1,000,000 rows, file to chart: ${ms(times.million.ms)} (budget ${ms(importBudgets.millionChartMs)}) ${within(times.million.ms, importBudgets.millionChartMs)};` +
      ` longest main-thread task meanwhile ${ms(times.million.longestTaskMs)} (budget ${ms(importBudgets.csvLongTaskMs)}) ${within(times.million.longestTaskMs, importBudgets.csvLongTaskMs)}`,
    `import page, another tool's report pasted with the reader loaded, paste to percentile chart (budget ${ms(importBudgets.textMs)} each): ` +
      times.tools.map(({ tool, ms: time }) => `${tool} ${ms(time)} ${within(time, importBudgets.textMs)}`).join(', '),
  ];
}

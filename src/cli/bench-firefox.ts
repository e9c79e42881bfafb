/**
 * The two animations' frames in Firefox (issue 29), as far as Firefox lets them be measured here:
 * no trace of its main thread and no CPU slowdown over WebDriver BiDi, so what is reported is the
 * time between animation frames (over 16.7 ms is a frame missed at 60 Hz) and each frame's own
 * drawing (the charts' performance.measure), unthrottled, median of a few runs.
 */
import { existsSync } from 'node:fs';
import puppeteer, { type Browser } from 'puppeteer-core';
import { percentiles, type Percentiles } from './bench-frames.ts';

export interface FirefoxFrames {
  intervals: Percentiles;
  work: Percentiles;
}

const median = (values: number[]) => percentiles(values).p50;
const firefoxPath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

async function playOnce(browser: Browser, url: string, scope: string, measureName: string) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 720 });
  await page.evaluateOnNewDocument(() => Object.assign(globalThis, { measureChartFrames: true }));
  await page.goto(url, { waitUntil: 'load' });
  const play = `${scope} [data-action="play"]`;
  const stopped = (selector: string) => document.querySelector(selector)?.getAttribute('data-playing') === 'false';
  await page.waitForFunction(stopped, { timeout: 120_000 }, play);
  await page.evaluate((scope) => {
    const select = document.querySelector<HTMLSelectElement>(`${scope} .replay-speed select`)!;
    select.value = String(Math.max(...[...select.options].map((option) => Number(option.value))));
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }, scope);
  await page.evaluate((name) => {
    performance.clearMeasures(name);
    // Every animation frame's start while the chart plays.
    const stamps: number[] = [];
    Object.assign(globalThis, { frameStamps: stamps });
    const tick = (time: number) => {
      stamps.push(time);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, measureName);
  await page.click(play);
  await page.waitForFunction(stopped, { timeout: 120_000 }, play);
  const { stamps, work } = await page.evaluate((name) => ({
    stamps: (globalThis as unknown as { frameStamps: number[] }).frameStamps,
    work: performance.getEntriesByName(name).map((entry) => entry.duration),
  }), measureName);
  await context.close();
  return { intervals: percentiles(stamps.slice(1).map((time, i) => time - stamps[i]!)), work: percentiles(work) };
}

const medianOf = (runs: Percentiles[]): Percentiles => ({
  count: median(runs.map((run) => run.count)),
  p50: median(runs.map((run) => run.p50)),
  p95: median(runs.map((run) => run.p95)),
  max: median(runs.map((run) => run.max)),
});

/** Each animation played `runs` times at its highest speed in headless Firefox ESR; a reason instead when there is none. */
export async function firefoxFrames(animations: { url: string; scope: string; measure: string }[], runs = 3): Promise<FirefoxFrames[] | string> {
  if (!existsSync(firefoxPath)) return `no Firefox at ${firefoxPath} (apt-get install -y firefox-esr, or FIREFOX_PATH)`;
  const browser = await puppeteer.launch({ browser: 'firefox', protocol: 'webDriverBiDi', executablePath: firefoxPath, headless: true });
  try {
    const results: FirefoxFrames[] = [];
    for (const { url, scope, measure } of animations) {
      const played = [];
      for (let run = 0; run < runs; run++) played.push(await playOnce(browser, url, scope, measure));
      results.push({ intervals: medianOf(played.map((run) => run.intervals)), work: medianOf(played.map((run) => run.work)) });
    }
    return results;
  } finally {
    await browser.close();
  }
}

/** The bench's lines for Firefox, after Chromium's phone figures. */
export function firefoxLines(measured: FirefoxFrames[] | string, names: string[]): string[] {
  if (typeof measured === 'string') return [`Firefox: not measured: ${measured}`];
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  return [
    'Issue 29, in Firefox ESR (headless, unthrottled: no CPU slowdown or main-thread trace over BiDi; median of 3 runs; reported, never failed)',
    ...measured.map((frames, i) => `  ${names[i]!.padEnd(28)} frame interval p95 ${ms(frames.intervals.p95)} (over 16.7 ms: a frame missed), its own drawing p95 ${ms(frames.work.p95)} (Firefox times it to the ms) (${frames.intervals.count} frames)`),
  ];
}

/**
 * How an animation's frames hold up: played at its highest speed, each frame's main-thread time
 * read from Chromium's trace (ProxyMain::BeginMainFrame spans the animation callbacks, style,
 * layout, paint and the commit of a frame), and the animation's own drawing time
 * (performance.measure). Timings are noisy on a shared machine: the bench plays each animation
 * `runs` times and reports the median of each run's percentiles.
 */
import type { chromium } from '@playwright/test';

type Browser = Awaited<ReturnType<typeof chromium.launch>>;

export interface Percentiles {
  count: number;
  p50: number;
  p95: number;
  max: number;
}

export function percentiles(values: number[]): Percentiles {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
  return { count: sorted.length, p50: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? 0 };
}

const median = (values: number[]) => percentiles(values).p50;

/** The median, over runs, of each percentile. */
function medianOf(runs: Percentiles[]): Percentiles {
  return {
    count: median(runs.map((run) => run.count)),
    p50: median(runs.map((run) => run.p50)),
    p95: median(runs.map((run) => run.p95)),
    max: median(runs.map((run) => run.max)),
  };
}

/** Where a frame's time goes: Chromium's trace events inside BeginMainFrame, summed by name, per frame. */
const breakdownNames = ['FireAnimationFrame', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit'];

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
}

async function playOnce(browser: Browser, url: string, scope: string, measureName: string, cpuSlowdown: number) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
  // A phone's CPU, as Lighthouse's mobile run has it: Chromium runs the page this many times slower.
  if (cpuSlowdown > 1) await (await page.context().newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  await page.addInitScript(() => Object.assign(globalThis, { measureChartFrames: true }));
  await page.goto(url, { waitUntil: 'networkidle' });
  const figure = page.locator(scope);
  await figure.waitFor();
  const play = figure.locator('[data-action="play"]');
  const stopped = (selector: string) => document.querySelector(selector)?.getAttribute('data-playing') === 'false';
  // Let an animation that starts by itself finish, so the measured run starts from the beginning.
  await page.waitForFunction(stopped, `${scope} [data-action="play"]`, { timeout: 120_000 });
  const speeds = await figure.locator('.replay-speed option').evaluateAll((options) => options.map((o) => Number((o as HTMLOptionElement).value)));
  await figure.locator('.replay-speed select').selectOption(String(Math.max(...speeds)));
  await page.evaluate((name) => performance.clearMeasures(name), measureName);
  await browser.startTracing(page, { categories: ['cc', 'devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await play.click();
  await page.waitForFunction(stopped, `${scope} [data-action="play"]`, { timeout: 120_000 });
  const events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const frames = events.filter((e) => e.ph === 'X' && e.name === 'ProxyMain::BeginMainFrame');
  const breakdown: Record<string, number> = {};
  for (const frame of frames) {
    const end = frame.ts + (frame.dur ?? 0);
    for (const e of events) {
      if (e.ph !== 'X' || e.tid !== frame.tid || e.ts < frame.ts || e.ts > end || !breakdownNames.includes(e.name)) continue;
      breakdown[e.name] = (breakdown[e.name] ?? 0) + (e.dur ?? 0) / 1000 / frames.length;
    }
  }
  const work = await page.evaluate((name) => performance.getEntriesByName(name).map((entry) => entry.duration), measureName);
  await page.close();
  return { speed: Math.max(...speeds), frameTimes: percentiles(frames.map((e) => (e.dur ?? 0) / 1000)), work: percentiles(work), breakdown };
}

export async function measureFrames(browser: Browser, url: string, scope: string, measureName: string, { runs = 5, cpuSlowdown = 1 } = {}) {
  const played = [];
  for (let run = 0; run < runs; run++) played.push(await playOnce(browser, url, scope, measureName, cpuSlowdown));
  const breakdown: Record<string, number> = {};
  for (const name of breakdownNames) breakdown[name] = median(played.map((run) => run.breakdown[name] ?? 0));
  return {
    runs,
    cpuSlowdown,
    speed: played[0]!.speed,
    frameTimes: medianOf(played.map((run) => run.frameTimes)),
    work: medianOf(played.map((run) => run.work)),
    breakdown,
  };
}

/**
 * Frames while a reader drags a number (issue 28: p95 ≤ 8 ms): the pointer crosses a slider a few
 * pixels a frame, each move awaited to the frame it causes, on the page where other charts follow it.
 */
export async function measureDrag(browser: Browser, url: string, slider: string, { runs = 5, moves = 120 } = {}) {
  const measured: Percentiles[] = [];
  for (let run = 0; run < runs; run++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
    await page.goto(url, { waitUntil: 'networkidle' });
    const handle = page.locator(slider);
    await handle.scrollIntoViewIfNeeded();
    const box = (await handle.boundingBox())!;
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    await browser.startTracing(page, { categories: ['cc', 'devtools.timeline'] });
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let i = 1; i <= moves; i++) {
      await page.mouse.move(x + i * 3, y);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    }
    await page.mouse.up();
    const events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }).traceEvents;
    measured.push(percentiles(events.filter((e) => e.ph === 'X' && e.name === 'ProxyMain::BeginMainFrame').map((e) => (e.dur ?? 0) / 1000)));
    await page.close();
  }
  return { runs, moves, frameTimes: medianOf(measured) };
}

export const dragLine = (what: string, drag: Awaited<ReturnType<typeof measureDrag>>, budgetMs: number) =>
  `${what}, ${drag.moves} moves, median of ${drag.runs} runs: ${drag.frameTimes.count} frames, frame time p50 ${drag.frameTimes.p50.toFixed(1)} ms` +
  ` p95 ${drag.frameTimes.p95.toFixed(1)} ms max ${drag.frameTimes.max.toFixed(1)} ms (budget p95 ≤ ${budgetMs.toFixed(1)} ms) ${drag.frameTimes.p95 <= budgetMs ? 'ok' : 'over budget (reported)'}`;

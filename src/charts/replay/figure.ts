/**
 * A hey run replayed request by request, as the figure the page starts from: the histogram the
 * run ends on, the reconstruction's final counters and the controls, disabled until `enhance.ts`
 * takes over. The build draws the talk's runs with it; the import page draws a reader's run.
 */
import { count, dateIn, fill } from '../../i18n/format.ts';
import type { HeyRun } from '../../lib/hey-run.ts';
import { slowFrom } from '../../lib/hey-buckets.ts';
import { isFullSummary, reconstructRun, type FullSummary, type Reconstruction } from '../../lib/replay.ts';
import { histogramFigure, type ChartWords } from '../histogram/figure.ts';
import { el, jsonIsland, message, text } from '../svg.ts';
import { lanesLayout } from './layout.ts';
import { lanesBox, workersBounds, workersQuestion } from './workers.ts';

export interface ReplayOptions {
  width?: number;
  lanesHeight?: number;
  histogramHeight?: number;
  /**
   * A compact replay (in a slide, beside the hey output) leaves out the long note and the table,
   * and rests on the recorded histogram, as the talk showed it, until it is played.
   */
  compact?: boolean;
  /** The -c a reader says their run used (the import page): hey's report does not print it. */
  readerConcurrency?: number;
}

/** The seed every replay is reconstructed with, so the build and the browser draw the same run. */
export const replaySeed = 2019;

export function replayFigure(run: HeyRun, words: ChartWords, options: ReplayOptions = {}): string {
  const { width = 600, lanesHeight = 170, histogramHeight = 230, compact = false, readerConcurrency } = options;
  const t = words.replay;
  const { summary, histogram } = run.report;
  if (!isFullSummary(summary) || !histogram) throw new Error(`Replay: run ${run.id} needs a whole Summary and a histogram`);
  const concurrency = readerConcurrency ?? run.setup?.concurrency;
  const replay = reconstructRun(summary, histogram, { seed: replaySeed, concurrency });
  const timeMax = Math.max(summary.totalSeconds, replay.totalSeconds);
  const lanes = lanesLayout({ width, lanesHeight, timeMax });
  const slow = slowFrom(histogram.map((bucket) => bucket.count));
  const law = replay.littlesLaw;
  const done = replay.requests.length;
  // What the browser needs to rebuild the same run and draw lanes in the same box (not the ticks: the build drew them).
  const input = { id: run.id, summary, histogram, seed: replaySeed, concurrency, slowFrom: slow, lanes: { ...lanes, xTicks: [] }, timeMax };
  const id = `replay-${run.id}`;
  const strong = (value: string) => el('strong', {}, text(value));
  return el(
    'figure',
    { class: compact ? 'chart replay replay--compact' : 'chart replay', 'data-chart': id, 'data-replay': run.id, 'data-model': run.model, 'data-start': compact ? 'end' : 'start' },
    jsonIsland('words', { progress: t.progress, worker: t.worker }),
    el(
      'div',
      { class: 'replay-header' },
      el('span', { class: 'chart-badge chart-badge--reconstruction' }, text(words.charts.reconstruction)),
      el('span', { class: 'replay-title' }, text(fill(t.title, { date: dateIn(run.date, words.date), n: count(done) }))),
    ),
    // The question a reader of a recorded run asks first: how many requests ran at once?
    el('p', { class: 'replay-question' }, workersQuestion(run, replay.workerChoice, t, readerConcurrency)),
    !compact && el('p', { class: 'replay-note' }, text(t.note)),
    el(
      'div',
      { class: 'replay-stage' },
      lanesBox(lanes, replay, slow, { id, words: t }),
      histogramFigure(run, words, { id: `${id}-histogram-${width}`, width, height: histogramHeight, caption: false, table: !compact, slowFrom: slow }),
    ),
    replayControls(words, replay.totalSeconds),
    replayCounters(words, summary, replay),
    // How the numbers at the top were worked out; a slide has room only for the numbers.
    !compact &&
      el(
        'p',
        { class: 'replay-law' },
        message(t.law, { requests: count(law.requests), average: law.averageSeconds.toFixed(4), total: law.totalSeconds.toFixed(4) }, { inFlight: strong(law.inFlight.toFixed(1)) }),
        ' ',
        workersBounds(summary, replay.workerChoice, t),
      ),
    el('noscript', {}, el('p', { class: 'replay-note' }, text(t.noscript))),
    jsonIsland('input', input),
  );
}

const button = (action: string, label: string, extra: Record<string, string> = {}) => el('button', { type: 'button', 'data-action': action, ...extra, disabled: true }, text(label));

/** Play, step, restart, the timeline and the speed, at the run's end as the build draws it. */
function replayControls(words: ChartWords, totalSeconds: number): string {
  const t = words.replay;
  return el(
    'div',
    { class: 'replay-controls', role: 'group', 'aria-label': t.controls },
    el(
      'button',
      { type: 'button', 'data-action': 'play', 'data-playing': 'false', disabled: true },
      el('span', { 'data-label': 'play' }, text(`▶ ${t.play}`)),
      el('span', { 'data-label': 'pause', 'aria-hidden': 'true' }, text(`‖ ${t.pause}`)),
    ),
    button('step-back', `◀ ${t.stepBack}`),
    button('step-forward', `${t.stepForward} ▶`),
    button('restart', t.restart),
    el(
      'label',
      { class: 'replay-timeline' },
      el('span', {}, text(t.timeline)),
      el('input', { type: 'range', min: '0', max: String(Math.round(totalSeconds * 1000)), step: '1', value: String(Math.round(totalSeconds * 1000)), 'aria-valuetext': fill(words.seconds, { value: totalSeconds.toFixed(2) }), disabled: true }),
    ),
    el(
      'label',
      { class: 'replay-speed' },
      el('span', {}, text(t.speed)),
      el('select', { disabled: true }, ...[1, 2, 5, 10, 20].map((speed) => el('option', { value: String(speed) }, text(speed === 1 ? `${t.realTime} (1×)` : `${speed}×`)))),
    ),
  );
}

const counter = (label: string, output: string, after: string) => el('div', {}, el('dt', {}, text(label)), el('dd', {}, output, after));
// Each number keeps the room of its value at the end of the run (what the build writes), so the
// counters do not reflow, and the chart below them jump, when the replay starts again from zero:
// runtime/style.css gives each length up to 12 its min-width (longer values are wider anyway).
const output = (name: string, value: string) => el('output', { name, 'data-chars': Math.min(value.length, 12) }, text(value));

/** Elapsed, done, requests a second and the average, at the run's end, each beside what hey recorded. */
function replayCounters(words: ChartWords, summary: FullSummary, replay: Reconstruction): string {
  const t = words.replay;
  const done = replay.requests.length;
  const rps = done / replay.totalSeconds;
  const recorded = (value: string) => el('small', {}, text(`(${fill(t.recorded, { value })})`));
  return el(
    'dl',
    { class: 'replay-counters', 'aria-live': 'off' },
    counter(t.elapsed, output('elapsed', replay.totalSeconds.toFixed(2)), text(` ${words.secondsUnit}`)),
    counter(t.done, output('done', count(done)), text(` / ${count(done)}`)),
    counter(t.requestsPerSecond, output('rps', rps.toFixed(1)), ` ${recorded(String(summary.requestsPerSecond))}`),
    counter(t.average, output('average', replay.averageSeconds.toFixed(4)), ` ${text(words.secondsUnit)} ${recorded(replay.littlesLaw.averageSeconds.toFixed(4))}`),
  );
}

/**
 * What a replay says of hey's workers: how many it runs and why (the run's -c where the record
 * allows it, or the smallest count the record allows: lib/hey-workers.ts), and the lanes panel
 * with its legend and the control that reads one worker's requests.
 */
import { count, fill } from '../../i18n/format.ts';
import type { HeyRun } from '../../lib/hey-run.ts';
import type { WorkerChoice } from '../../lib/hey-workers.ts';
import type { FullSummary, Reconstruction } from '../../lib/replay.ts';
import type { ChartWords } from '../histogram/figure.ts';
import { el, message, text } from '../svg.ts';
import { laneSegments, type LanesLayout } from './layout.ts';
import { lanesMarks } from './marks.ts';

type ReplayWords = ChartWords['replay'];

const strong = (value: string) => el('strong', {}, text(value));

/** "How many at once?", answered from the record: what the run was given, what the record allows, what the replay runs. */
export function workersQuestion(run: HeyRun, choice: WorkerChoice, t: ReplayWords, readerConcurrency?: number): string {
  const stated =
    readerConcurrency !== undefined
      ? fill(t.statedReader, { n: count(readerConcurrency) })
      : run.setup
        ? fill(run.setup.concurrencyStated ? t.statedTalk : t.statedDefault, { n: count(run.setup.concurrency) })
        : t.statedUnknown;
  const template =
    choice.basis === 'uneven' ? t.question.uneven : choice.basis === 'given' ? t.question.allowed : choice.given ? t.question.ruledOut : t.question.unknown;
  const share = Math.floor(choice.bounds.requests / choice.workers);
  return message(template, { stated, requests: count(choice.bounds.requests), share: count(share) }, { min: strong(count(choice.bounds.min)), workers: strong(count(choice.workers)) });
}

/** The arithmetic behind the bounds, for the reading page. */
export function workersBounds(summary: FullSummary, choice: WorkerChoice, t: ReplayWords): string {
  const { bounds } = choice;
  const shown = 6;
  const feasible = bounds.feasible.slice(0, shown).map(count).join(', ') + (bounds.feasible.length > shown ? ', …' : '');
  return message(
    t.bounds,
    {
      slowest: summary.slowestSeconds.toFixed(4),
      fastest: summary.fastestSeconds.toFixed(4),
      total: summary.totalSeconds.toFixed(4),
      maxShare: count(bounds.maxShare),
      byShare: count(Math.ceil(bounds.requests / bounds.maxShare)),
      inFlight: bounds.byAverage.toFixed(1),
      upper: count(Math.floor(bounds.upper)),
      requests: count(bounds.requests),
    },
    { feasible: strong(feasible || '—') },
  );
}

/**
 * The lanes as the build draws them, a legend when the run has a slow cluster, and a slider over
 * the lanes that reads one worker's requests (hidden until the browser can answer it).
 */
export function lanesBox(lanes: LanesLayout, replay: Reconstruction, slowFrom: number | undefined, options: { id: string; words: ReplayWords }): string {
  const { id, words: t } = options;
  const workers = count(replay.workers);
  const segments = laneSegments(replay.requests, replay.workers, lanes, slowFrom);
  const { margin, width, height } = lanes;
  const percent = (value: number, of: number) => `${((value / of) * 100).toFixed(3)}%`;
  const probeBox = [
    `left:${percent(margin.left, width)}`,
    `top:${percent(margin.top, height)}`,
    `width:${percent(width - margin.left - margin.right, width)}`,
    `height:${percent(height - margin.top - margin.bottom, height)}`,
  ].join(';');
  return el(
    'div',
    { class: 'replay-lanes-box' },
    lanesMarks(lanes, segments, { id, name: `${t.lanesLabel}: ${workers} ${t.workers}`, workersLabel: t.workers, workersCount: workers }),
    el('canvas', { class: 'replay-canvas', 'aria-hidden': 'true' }),
    el('div', {
      class: 'replay-probe',
      role: 'slider',
      tabindex: '0',
      hidden: true,
      // Where the lanes are, set by probe.ts as it shows the slider (a style attribute in the markup
      // would need the site's policy to allow style attributes: src/security/csp.ts).
      'data-box': probeBox,
      'aria-label': t.worker.label,
      'aria-valuemin': '1',
      'aria-valuemax': String(replay.workers),
      'aria-valuenow': '1',
    }),
    el('p', { class: 'replay-worker', hidden: true, 'aria-hidden': 'true' }),
  ) + (slowFrom === undefined ? '' : legend(replay, slowFrom, t));
}

function legend(replay: Reconstruction, slowFrom: number, t: ReplayWords): string {
  const slow = replay.requests.filter((r) => r.bucket >= slowFrom);
  const item = (className: string, words: string) => el('span', { class: className }, el('span', { class: 'replay-swatch', 'aria-hidden': 'true' }), text(words));
  return el(
    'p',
    { class: 'replay-legend' },
    // The cluster's edges as hey printed them: the mark below its first bucket, and the slowest.
    item('replay-legend-slow', fill(t.legendSlow, { from: replay.marks[slowFrom - 1]!.toFixed(3), to: replay.slowestSeconds.toFixed(3), n: count(slow.length) })),
    ' ',
    item('replay-legend-other', fill(t.legendOther, { n: count(replay.requests.length - slow.length) })),
  );
}

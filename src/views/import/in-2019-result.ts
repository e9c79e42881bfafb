/**
 * The model's answer for a reader's run (lib/run-in-2019.ts), drawn as the import page draws
 * runs: a sentence, the two histograms on one time axis, the figures side by side, and the
 * assumptions one click away. The model itself runs in in-2019-worker.ts.
 */
import { compareFigure } from '../../charts/histogram/compare.ts';
import { count, fill } from '../../i18n/format.ts';
import type { Strings } from '../../i18n/strings.ts';
import { requestCount } from '../../lib/hey.ts';
import type { HeyRun } from '../../lib/hey-run.ts';
import { chooseWorkers } from '../../lib/hey-workers.ts';
import { isFullSummary } from '../../lib/replay.ts';
import type { RunIn2019, RunIn2019Input } from '../../lib/run-in-2019.ts';
import { el, text } from '../../charts/svg.ts';
import type { In2019Choice } from './in-2019.ts';

const s = (value: number, digits = 4) => value.toFixed(digits);

/** What the model is run with for a run: the replay's workers (its own -c where the record allows it, otherwise the fewest it allows), or why it cannot be. */
export function in2019Input(run: HeyRun, choice: In2019Choice, concurrency: number | undefined, workersMax: number): { input?: RunIn2019Input; refusal?: (words: Strings) => string } {
  const { summary } = run.report;
  const requests = requestCount(run.report);
  if (!isFullSummary(summary) || !requests) return {};
  const { workers } = chooseWorkers(summary, requests, concurrency);
  if (workers > workersMax) return { refusal: (words) => el('p', { class: 'importer-empty' }, text(fill(words.importer.in2019.tooMany, { max: workersMax, workers }))) };
  return { input: { requests, workers, averageSeconds: summary.averageSeconds, memoryMb: choice.memory, subnetPrefixLength: choice.subnet } };
}

/** The section's answer: the model's run (from in-2019-worker.ts) beside the reader's. */
export function in2019Result(run: HeyRun, words: Strings, input: RunIn2019Input, modelled: RunIn2019): { note: string; sentence: string; markup: string } {
  const t = words.importer.in2019;
  const { summary } = run.report;
  if (!isFullSummary(summary)) return { note: '', sentence: '', markup: '' };
  const { requests, workers } = input;
  const m = modelled.report.summary!;
  const p = modelled.parameters;
  const errors = Object.values(modelled.errors).reduce((sum, n) => sum + n, 0);
  const may2019: HeyRun = { id: 'your-run-in-2019', date: '2019-05-29', model: 'before', provenance: { source: t.beside.model, text: 'model', format: 'csv' }, report: modelled.report };
  const rows: [string, string, string][] = [
    [words.importer.figures.total, s(summary.totalSeconds), s(m.totalSeconds!)],
    [words.importer.figures.slowest, s(summary.slowestSeconds), s(m.slowestSeconds!)],
    [words.importer.figures.fastest, s(summary.fastestSeconds), s(m.fastestSeconds!)],
    [words.importer.figures.average, s(summary.averageSeconds), s(m.averageSeconds!)],
    [words.importer.figures.rps, s(summary.requestsPerSecond), s(m.requestsPerSecond!)],
    [t.table.waited, '—', count(modelled.waitedForEni)],
    [t.table.errors, '—', count(errors)],
    [t.table.enis, '—', count(modelled.enis)],
  ];
  const assumed = {
    average: s(summary.averageSeconds),
    eniWait: s(p.eniCreationSeconds, 2),
    eniWaitMax: s(p.eniCreationSeconds + p.eniCreationJitterSeconds, 2),
    rate: p.eniCreationsPerSecond,
    burst: p.eniCreationBurst,
    maxWait: p.eniCreationMaxWaitSeconds,
    coldStart: p.coldStartSeconds,
    memory: input.memoryMb,
    perWorker: Math.floor(p.workerMemoryMb / input.memoryMb),
    quota: p.eniQuota,
    account: p.accountConcurrency,
    burstConcurrency: p.burstConcurrency,
  };
  const sentence = fill(t.sentence, { slowest: s(m.slowestSeconds!), recordedSlowest: s(summary.slowestSeconds), waited: modelled.waitedForEni, requests, errors, total: s(m.totalSeconds!), recordedTotal: s(summary.totalSeconds) });
  const note = fill(t.note, { workers, requests, average: s(summary.averageSeconds) });
  const markup = [
    compareFigure([{ run: may2019, label: t.beside.model, undated: true }, { run, label: t.beside.yours }], words, { id: 'import-2019', caption: t.caption, width: 640, rowHeight: 170 }),
    el(
      'table',
      { class: 'importer-table' },
      el('caption', {}, text(t.table.caption)),
      el('thead', {}, el('tr', {}, ...t.table.columns.map((column) => el('th', { scope: 'col' }, text(column))))),
      el('tbody', {}, ...rows.map(([name, yours, model]) => el('tr', {}, el('th', { scope: 'row' }, text(name)), el('td', {}, text(yours)), el('td', {}, text(model))))),
    ),
    el('details', { class: 'importer-2019-assumptions' }, el('summary', {}, text(t.assumptionsHeading)), el('ul', {}, ...t.assumptions.map((line) => el('li', {}, text(fill(line, assumed)))))),
  ].join('');
  return { note, sentence, markup };
}

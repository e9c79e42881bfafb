/**
 * What the import page shows of a reader's run, as markup from the same functions that draw the
 * talk's runs: its figures and Little's law, hey's histogram and table, what the parser left out,
 * the replay (a reconstruction, as for the talk's runs), status codes and errors.
 */
import { count, describeHeyProblem, fill } from '../../i18n/format.ts';
import { yourRunHistogram } from './figures.ts';
import { drawnPercentiles, yourRunPercentiles, type TalkPercentiles } from './percentiles.ts';
import { replayFigure } from '../../charts/replay/figure.ts';
import { el, text } from '../../charts/svg.ts';
import { requestCount, type HeyProblem } from '../../lib/hey.ts';
import type { HeyRun } from '../../lib/hey-run.ts';
import type { Strings } from '../../i18n/strings.ts';
import { isFullSummary, littlesLaw } from '../../lib/replay.ts';
import { importedRunId } from '../../lib/run-share.ts';
import { defaultIn2019, in2019Section, withinLimits, type In2019Choice, type In2019Limits } from './in-2019.ts';

/** The replay draws every request a frame; past this many it would stall the page it plays on. */
export const replayLimit = 20_000;


/** Why a run cannot be replayed, in the reader's words; undefined when it can. */
export function replayBlocked(run: HeyRun, words: Strings): string | undefined {
  const reasons = words.importer.noReplayReasons;
  const requests = requestCount(run.report) ?? 0;
  if (run.provenance.tool) return fill(reasons.notHey, { tool: words.importer.tools[run.provenance.tool] });
  if (!isFullSummary(run.report.summary)) return reasons.summary;
  if (run.report.histogram?.length !== 11) return reasons.buckets;
  if (requests > replayLimit) return fill(reasons.tooMany, { n: requests, max: replayLimit });
  return undefined;
}

const seconds = (value: number | undefined, words: Strings, digits = 4) =>
  value === undefined ? words.importer.figures.none : fill(words.seconds, { value: value.toFixed(digits) });

function figures(run: HeyRun, words: Strings): string {
  const f = words.importer.figures;
  const { summary = {}, statusCodes, errors } = run.report;
  const requests = requestCount(run.report);
  const law = isFullSummary(summary) && requests ? littlesLaw(summary, requests) : undefined;
  const rows: [string, string][] = [
    [run.report.histogram || !run.provenance.tool ? f.requests : f.requestsPrinted, requests === undefined ? f.none : count(requests)],
    [f.total, seconds(summary.totalSeconds, words)],
    [f.slowest, seconds(summary.slowestSeconds, words)],
    [f.fastest, seconds(summary.fastestSeconds, words)],
    [f.average, seconds(summary.averageSeconds, words)],
    [f.rps, summary.requestsPerSecond === undefined ? f.none : summary.requestsPerSecond.toFixed(4)],
    [f.statuses, statusCodes ? statusCodes.map((s) => `${s.code}: ${count(s.responses)}`).join(words.charts.listSeparator) : f.none],
    [f.errors, errors ? count(errors.reduce((sum, e) => sum + e.count, 0)) : '0'],
  ];
  if (law) {
    rows.push([f.inFlight, fill(f.inFlightValue, { n: law.inFlight.toFixed(1), requests: count(law.requests), average: law.averageSeconds.toFixed(4), total: law.totalSeconds.toFixed(4) })]);
  }
  return el('dl', { class: 'importer-figures' }, ...rows.map(([term, value]) => el('div', {}, el('dt', {}, text(term)), el('dd', {}, text(value)))));
}

function table(caption: string, columns: readonly string[], rows: (string | number)[][]): string {
  return el(
    'table',
    { class: 'importer-table' },
    el('caption', {}, text(caption)),
    el('thead', {}, el('tr', {}, ...columns.map((c) => el('th', { scope: 'col' }, text(c))))),
    el('tbody', {}, ...rows.map((row) => el('tr', {}, ...row.map((cell, i) => el(i === 0 ? 'th' : 'td', i === 0 ? { scope: 'row' } : {}, text(typeof cell === 'number' ? count(cell) : cell)))))),
  );
}

/** Which tool and layout the run was read as: hey's own words for hey, "read as …" for the others. */
function readAs(run: HeyRun, words: Strings): string {
  const t = words.importer;
  const { tool, layout, format } = run.provenance;
  return tool ? fill(t.readAs, { tool: t.tools[tool], layout: (layout && t.layouts[layout]) ?? layout ?? t.format[format] }) : t.format[format];
}

const toolName = (run: HeyRun, words: Strings) => words.importer.tools[run.provenance.tool ?? 'hey'];
const percent = (value: number) => `${value}%`;

/**
 * The run's percentiles against the talk's three runs on one pair of axes, and as the tool printed
 * them (a long spectrum folded away, its rows a click off).
 */
function percentiles(run: HeyRun, words: Strings, { talkRuns, width = 640, successfulOnly = false }: ResultOptions): string {
  const t = words.importer;
  const tool = toolName(run, words);
  const separated = Boolean(run.report.successful?.latencyDistribution?.length);
  const only = separated && successfulOnly;
  // Where the tool timed the successful requests apart, a switch draws them alone.
  const toggle = separated && el('button', { type: 'button', class: 'importer-toggle', 'aria-pressed': String(only), 'data-successful-only': true }, text(t.successfulOnly));
  const rows = drawnPercentiles(run, only).printed.map((p) => [percent(p.percent), fill(words.seconds, { value: String(p.seconds) })]);
  const listed = table(fill(t.percentilesCaption, { tool }), t.percentileColumns, rows);
  return (
    (toggle || '') +
    yourRunPercentiles(run, words, talkRuns, width, only) +
    (rows.length > 12 ? el('details', { class: 'importer-rows' }, el('summary', {}, text(fill(t.percentileRows, { n: rows.length }))), listed) : listed)
  );
}

/** What the tool's figures mean, and those the page does not draw, as the tool printed them. */
function printed(run: HeyRun, words: Strings): string {
  const t = words.importer;
  const tool = toolName(run, words);
  const figures = run.report.figures ?? [];
  return (
    el('ul', { class: 'importer-glossary' }, ...(t.glossary[run.provenance.tool!] ?? []).map((line) => el('li', {}, text(line)))) +
    (figures.length ? table(fill(t.printedCaption, { tool }), t.printedColumns, figures.map((figure) => [figure.label, figure.value])) : '')
  );
}

const section = (id: string, heading: string, ...content: (string | false | undefined)[]) =>
  el('section', { class: 'importer-section', 'aria-labelledby': id }, el('h2', { id }, text(heading)), ...content);

export interface ResultOptions {
  notes: HeyProblem[];
  /** Opened from a link: the run's figures, not the text. */
  fromLink: boolean;
  /** The talk's runs to compare with, as options (value and label). */
  talkRuns: (TalkPercentiles & { id: string })[];
  compare?: string;
  /** hey's -c as the reader gave it for this run. */
  concurrency?: number;
  /** The memory and subnet its May 2019 is modelled at, and what the model accepts. */
  in2019?: In2019Choice;
  in2019Limits: In2019Limits;
  /** Only the successful requests' percentiles, where the tool timed them apart. */
  successfulOnly?: boolean;
  /** The width the page gives the charts drawn for this run (the percentile chart is drawn at it, its words legible on a phone). */
  width?: number;
}

/** The -c a reader can give (hey's report does not print it), and the replay built with it. */
function replayPart(run: HeyRun, words: Strings, concurrency: number | undefined): string {
  const t = words.importer;
  const requests = requestCount(run.report) ?? 1;
  return (
    el('label', { class: 'importer-label', for: 'import-concurrency' }, text(t.concurrencyLabel)) +
    el('input', { id: 'import-concurrency', type: 'number', min: '1', max: String(requests), step: '1', inputmode: 'numeric', value: concurrency === undefined ? '' : String(concurrency), 'data-concurrency': true, 'aria-describedby': 'import-concurrency-problem' }) +
    el('p', { id: 'import-concurrency-problem', class: 'importer-problem', role: 'status', 'data-concurrency-problem': true }) +
    el('div', { 'data-replay-slot': true }, replayMarkup(run, words, concurrency))
  );
}

export const replayMarkup = (run: HeyRun, words: Strings, concurrency: number | undefined) => replayFigure(run, words, { readerConcurrency: concurrency });

/** The reader's -c, when the box holds one hey could have run with; a sentence saying why not otherwise. */
export function readConcurrency(value: string, requests: number, words: Strings): { concurrency?: number; problem?: string } {
  if (value.trim() === '') return {};
  const n = Number(value);
  if (Number.isInteger(n) && n >= 1 && n <= requests) return { concurrency: n };
  return { problem: fill(words.importer.concurrencyInvalid, { max: count(requests) }) };
}

export function resultMarkup(run: HeyRun, words: Strings, options: ResultOptions): string {
  const t = words.importer;
  const { histogram, latencyDistribution, statusCodes, errors } = run.report;
  const blocked = histogram ? replayBlocked(run, words) : undefined;
  return [
    section(
      'import-run',
      t.runHeading,
      el('p', { class: 'importer-format' }, text(readAs(run, words))),
      options.fromLink && el('p', { class: 'importer-format' }, text(t.shared)),
      options.notes.length > 0 &&
        el(
          'div',
          { class: 'importer-notes' },
          el('h3', {}, text(t.notesHeading)),
          el('ul', {}, ...options.notes.map((problem) => el('li', {}, text(describeHeyProblem(problem, t.messages))))),
        ),
      figures(run, words),
      histogram
        ? yourRunHistogram(run, words, { id: 'histogram', width: 640, height: 300 })
        : el('p', { class: 'importer-empty' }, text(run.provenance.tool ? fill(t.noToolHistogram, { tool: t.tools[run.provenance.tool] }) : t.noHistogram)),
    ),
    histogram &&
      section(
        'import-compare',
        t.compareHeading,
        el(
          'label',
          { class: 'importer-compare-label' },
          text(`${t.compareLabel} `),
          el(
            'select',
            { 'data-compare-select': true },
            el('option', { value: '' }, text(t.compareNone)),
            ...options.talkRuns.map(({ id, label }) => el('option', { value: id, selected: id === options.compare }, text(label))),
          ),
        ),
        el('div', { 'data-compare': true, 'aria-live': 'polite' }),
      ),
    histogram &&
      section(
        'import-replay',
        t.replayHeading,
        blocked ? el('p', { class: 'importer-empty' }, text(fill(t.noReplay, { reason: blocked }))) : replayPart(run, words, options.concurrency),
      ),
    // The talk's question of the reader's run: the same workers and requests as the replay.
    histogram && !blocked && in2019Section(words, withinLimits(options.in2019 ?? defaultIn2019, options.in2019Limits), options.in2019Limits),
    latencyDistribution && section('import-percentiles', t.percentilesHeading, percentiles(run, words, options)),
    run.provenance.tool && section('import-printed', fill(t.glossaryHeading, { tool: t.tools[run.provenance.tool] }), printed(run, words)),
    (statusCodes || errors) &&
      section(
        'import-tables',
        t.tablesHeading,
        statusCodes && table(t.statusCaption, t.statusColumns, statusCodes.map((s) => [String(s.code), s.responses])),
        errors && table(t.errorCaption, t.errorColumns, errors.map((e) => [count(e.count), e.message])),
      ),
    shareSection(run, words),
  ]
    .filter(Boolean)
    .join('');
}

/** The link, the embed code and the files: what a reader takes away. */
function shareSection(run: HeyRun, words: Strings): string {
  const t = words.importer;
  const { histogram, latencyDistribution } = run.report;
  return section(
    'import-share',
    t.shareHeading,
    el('p', { class: 'importer-note' }, text(t.shareNote)),
    el('label', { class: 'importer-label', for: 'import-share-link' }, text(t.shareLabel)),
    el('div', { class: 'importer-copy' }, el('input', { id: 'import-share-link', type: 'text', readonly: true, 'data-share-link': true }), el('button', { type: 'button', 'data-copy': 'import-share-link', 'data-done': t.copied, 'data-failed': t.copyFailed }, text(t.copy))),
    el('label', { class: 'importer-label', for: 'import-embed-code' }, text(t.embedLabel)),
    el('div', { class: 'importer-copy' }, el('textarea', { id: 'import-embed-code', rows: '4', readonly: true, spellcheck: 'false', 'data-embed-code': true }), el('button', { type: 'button', 'data-copy': 'import-embed-code', 'data-done': t.copied, 'data-failed': t.copyFailed }, text(t.copy))),
    el('p', { class: 'importer-copied', role: 'status', 'data-copied': true }),
    el(
      'p',
      { class: 'importer-downloads' },
      text(`${t.downloads}: `),
      el('a', { 'data-download': 'json', download: `${importedRunId}.json`, href: '#' }, text(t.downloadJson)),
      histogram && text(words.separator),
      histogram && el('a', { 'data-download': 'csv', download: `${importedRunId}-histogram.csv`, href: '#' }, text(t.downloadCsv)),
      histogram && text(words.separator),
      histogram && el('a', { 'data-download': 'svg', download: `${importedRunId}-histogram.svg`, href: '#' }, text(t.downloadSvg)),
      latencyDistribution && text(words.separator),
      latencyDistribution && el('a', { 'data-download': 'percentiles', download: `${importedRunId}-percentiles.csv`, href: '#' }, text(t.downloadPercentiles)),
      latencyDistribution && text(words.separator),
      latencyDistribution && el('a', { 'data-download': 'percentiles-svg', download: `${importedRunId}-percentiles.svg`, href: '#' }, text(t.downloadPercentileSvg)),
    ),
  );
}

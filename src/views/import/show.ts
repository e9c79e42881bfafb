/**
 * The import page's reader: reads what was given (in a worker for a CSV), then shows the run, or,
 * when it cannot be read, one line saying which line and what was expected, leaving the text in
 * its box and the last good run on the page. The page's address follows the run (its fragment).
 */
import { enhanceReplay } from '../../charts/replay/enhance.ts';
import { jsonOf } from '../../charts/runtime/json.ts';
import { describeHeyProblem, fill } from '../../i18n/format.ts';
import { isHeyCsv, requestCount, type HeyProblem, type HeyReading } from '../../lib/hey.ts';
import { readLoadReport, type LoadReading } from '../../lib/load-report/index.ts';
import type { HeyRun } from '../../lib/hey-run.ts';
import type { Strings } from '../../i18n/strings.ts';
import { decodeView, importedRun, SharedViewError } from '../../lib/run-share.ts';
import { describeLinkProblem } from './link-problem.ts';
import { yourRunBesideTalk } from './figures.ts';
import { readConcurrency, replayMarkup, resultMarkup } from './result.ts';
import { offerDownloads, offerShare } from './share.ts';
import { defaultIn2019, in2019Chosen, withinLimits, type In2019Choice, type In2019Limits } from './in-2019.ts';
import type { RunIn2019 } from '../../lib/run-in-2019.ts';

export const looksLikeCsv = isHeyCsv;

// The dictionary of the page's edition comes with the reader: it is only needed once there is a run.
const dictionaries = { ja: () => import('../../i18n/ja.ts').then((m) => m.ja), en: () => import('../../i18n/en.ts').then((m) => m.en) };

interface Shown {
  run: HeyRun;
  notes: HeyProblem[];
  fromLink: boolean;
  compare?: string;
  concurrency?: number;
  in2019?: In2019Choice;
  successfulOnly?: boolean;
}
const shown = new WeakMap<HTMLElement, Shown>();
let latest = 0;

const wordsOf = (main: HTMLElement): Promise<Strings> => dictionaries[main.dataset.locale === 'en' ? 'en' : 'ja']();

/** hey's CSVs are read in a worker; a report, of any tool, is a few dozen lines and is read at once. */
async function read(text: string): Promise<LoadReading> {
  if (!isHeyCsv(text)) return readLoadReport(text);
  const reading = await new Promise<HeyReading>((resolve, reject) => {
    const worker = new Worker(new URL('./csv-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = ({ data }) => {
      worker.terminate();
      if (data.reading) resolve(data.reading);
      else reject(data.problem ? Object.assign(new Error('problem'), { problem: data.problem }) : new Error(data.failure));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message));
    };
    worker.postMessage(text);
  });
  return { tool: 'hey', layout: 'csv', ...reading };
}

export async function showText(main: HTMLElement, text: string, options: { date: string; file?: string }): Promise<void> {
  const ticket = ++latest;
  const words = await wordsOf(main);
  const status = main.querySelector<HTMLElement>('[data-status]')!;
  status.textContent = words.importer.reading;
  try {
    const reading = await read(text);
    if (ticket !== latest) return;
    const run = importedRun(reading.report, reading, options.date, words.importer.runSource, options.file);
    show(main, words, { run, notes: reading.notes, fromLink: false, compare: shown.has(main) ? shown.get(main)!.compare : askedToCompare(main), in2019: shown.get(main)?.in2019 });
  } catch (error) {
    if (ticket !== latest) return;
    const problem = (error as { problem?: HeyProblem }).problem;
    sayUnreadable(main, words, problem ? describeHeyProblem(problem, words.importer.messages) : String((error as Error).message), true);
  } finally {
    if (ticket === latest) status.textContent = '';
  }
}

export async function showLink(main: HTMLElement, fragment: string): Promise<void> {
  const ticket = ++latest;
  const words = await wordsOf(main);
  try {
    const view = await decodeView(fragment);
    if (!view || ticket !== latest) return;
    const run = importedRun(view.run.report, view.run, view.run.date, words.importer.runSource);
    main.querySelector<HTMLInputElement>('input[type="date"]')!.value = run.date;
    show(main, words, { run, notes: [], fromLink: true, compare: view.compare, concurrency: view.concurrency, in2019: view.in2019, successfulOnly: view.successfulOnly });
  } catch (error) {
    if (error instanceof SharedViewError) sayUnreadable(main, words, describeLinkProblem(error, words.importer), false);
    else throw error;
  }
}

export async function changeDate(main: HTMLElement, date: string): Promise<void> {
  const current = shown.get(main);
  if (!current || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return;
  show(main, await wordsOf(main), { ...current, run: { ...current.run, date } });
}

/** The talk's run a link from a slide asks to compare with (?compare=), if it is one of the talk's. */
function askedToCompare(main: HTMLElement): string | undefined {
  const id = new URLSearchParams(location.search).get('compare');
  return jsonOf<{ talkRuns: { id: string }[] }>(main, 'input').talkRuns.some((run) => run.id === id) ? id! : undefined;
}

/** One line that names the line and what was expected; the box (said so when it holds the text) and the last good run stay as they are. */
function sayUnreadable(main: HTMLElement, words: Strings, message: string, textKept: boolean) {
  main.querySelector<HTMLElement>('[data-alert]')!.textContent = `${fill(words.importer.problem, { message })}${textKept ? ` ${words.importer.kept}` : ''}`;
}

function show(main: HTMLElement, words: Strings, view: Shown) {
  main.querySelector<HTMLElement>('[data-alert]')!.textContent = '';
  const result = main.querySelector<HTMLElement>('[data-result]')!;
  const { talkRuns, in2019: in2019Limits } = jsonOf<{ talkRuns: { id: string; label: string }[]; in2019: In2019Limits }>(main, 'input');
  // Drawn at the column's width, up to 640: a phone's chart at 1:1 keeps its words legible.
  const width = Math.min(640, result.clientWidth || 640);
  result.innerHTML = resultMarkup(view.run, words, { notes: view.notes, fromLink: view.fromLink, talkRuns, compare: view.compare, concurrency: view.concurrency, in2019: view.in2019, in2019Limits, width, successfulOnly: view.successfulOnly });
  shown.set(main, view);
  startReplay(result);
  startIn2019(main, words);
  const concurrency = result.querySelector<HTMLInputElement>('[data-concurrency]');
  concurrency?.addEventListener('change', () => giveConcurrency(main, words, concurrency));
  const select = result.querySelector<HTMLSelectElement>('[data-compare-select]');
  if (select) {
    select.addEventListener('change', () => compare(main, words, select.value));
    if (view.compare) compare(main, words, view.compare);
  }
  offerDownloads(result, view.run, words, { talkRuns, successfulOnly: view.successfulOnly });
  offerShare(main, view.run, view);
  result.querySelector('[data-successful-only]')?.addEventListener('click', () => {
    show(main, words, { ...view, successfulOnly: !view.successfulOnly });
    main.querySelector<HTMLElement>('[data-successful-only]')!.focus();
  });
}

function startReplay(root: HTMLElement) {
  const replay = root.querySelector<HTMLElement>('[data-replay]');
  if (!replay) return;
  enhanceReplay(replay);
  replay.dataset.chartState = 'ready';
}

/** The reader's -c rebuilds the replay alone; what they typed stays in the box, right or wrong. */
function giveConcurrency(main: HTMLElement, words: Strings, input: HTMLInputElement) {
  const current = shown.get(main)!;
  const { concurrency, problem } = readConcurrency(input.value, requestCount(current.run.report) ?? 1, words);
  main.querySelector<HTMLElement>('[data-concurrency-problem]')!.textContent = problem ?? '';
  if (problem || concurrency === current.concurrency) return;
  const view = { ...current, concurrency };
  shown.set(main, view);
  const slot = main.querySelector<HTMLElement>('[data-replay-slot]')!;
  slot.innerHTML = replayMarkup(view.run, words, concurrency);
  startReplay(slot);
  drawIn2019(main, words);
  offerShare(main, view.run, view);
}

/** The run's May 2019 follows its memory and subnet, and the link keeps them. */
function startIn2019(main: HTMLElement, words: Strings) {
  const section = main.querySelector<HTMLElement>('[data-in2019]');
  if (!section) return;
  section.addEventListener('change', () => {
    const view = { ...shown.get(main)!, in2019: in2019Chosen(section) };
    shown.set(main, view);
    drawIn2019(main, words);
    offerShare(main, view.run, view);
  });
  drawIn2019(main, words);
}

/** The model's worker for the choice last made: an earlier one is stopped, and its answer never drawn. */
let in2019Worker: Worker | undefined;

/** The model's answer for the view shown, run off the main thread. */
async function drawIn2019(main: HTMLElement, words: Strings) {
  in2019Worker?.terminate();
  in2019Worker = undefined;
  const view = shown.get(main);
  const section = main.querySelector<HTMLElement>('[data-in2019]');
  if (!view || !section) return;
  const { in2019Input, in2019Result } = await import('./in-2019-result.ts');
  const limits = jsonOf<{ in2019: In2019Limits }>(main, 'input').in2019;
  const { input, refusal } = in2019Input(view.run, withinLimits(view.in2019 ?? defaultIn2019, limits), view.concurrency, limits.workers.max);
  const sentence = section.querySelector<HTMLElement>('[data-in2019-sentence]')!;
  const result = section.querySelector<HTMLElement>('[data-in2019-result]')!;
  if (!input) {
    sentence.textContent = '';
    result.innerHTML = refusal?.(words) ?? '';
    return;
  }
  const worker = new Worker(new URL('./in-2019-worker.ts', import.meta.url), { type: 'module' });
  in2019Worker = worker;
  const answer = await new Promise<{ modelled?: RunIn2019; failure?: string }>((resolve) => {
    worker.onmessage = ({ data }) => resolve(data);
    worker.onerror = (event) => resolve({ failure: event.message });
    worker.postMessage(input);
  });
  worker.terminate();
  // A later choice started another worker meanwhile: its answer is the one to draw.
  if (in2019Worker !== worker || !section.isConnected) return;
  in2019Worker = undefined;
  if (!answer.modelled) {
    sentence.textContent = fill(words.importer.in2019.failed, { message: answer.failure ?? '' });
    result.innerHTML = '';
    return;
  }
  const drawn = in2019Result(view.run, words, input, answer.modelled);
  // Only the sentence is spoken (a live region); the figure and the table are there to read.
  section.querySelector('[data-in2019-note]')!.textContent = drawn.note;
  sentence.textContent = drawn.sentence;
  result.innerHTML = drawn.markup;
}

const talkRunCache = new Map<string, Promise<HeyRun>>();

async function compare(main: HTMLElement, words: Strings, id: string) {
  const current = shown.get(main)!;
  shown.set(main, { ...current, compare: id || undefined });
  offerShare(main, current.run, shown.get(main)!);
  const target = main.querySelector<HTMLElement>('[data-compare]')!;
  if (!id) {
    target.innerHTML = '';
    return;
  }
  const t = words.importer;
  target.textContent = t.compareLoading;
  const base = main.dataset.base!;
  if (!talkRunCache.has(id)) {
    talkRunCache.set(id, fetch(`${base}data/${id}.json`).then((response) => (response.ok ? response.json() : Promise.reject(new Error(`${response.status} ${response.statusText}`)))));
  }
  try {
    const talkRun = await talkRunCache.get(id)!;
    if (shown.get(main)?.compare !== id) return;
    target.innerHTML = yourRunBesideTalk(talkRun, current.run, words, 640);
  } catch (error) {
    talkRunCache.delete(id);
    target.textContent = fill(t.compareFailed, { message: (error as Error).message });
  }
}

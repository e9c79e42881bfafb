/**
 * A question as a whole figure: the question, the drawing, the controls and the answer in words.
 * The build draws the answer; with JavaScript, style.css and the page's script keep it back until
 * the reader has guessed or skipped, and enhance.ts moves the guess. The static image draws the
 * same marks without a handle.
 */
import { count, dateIn, fill } from '../../i18n/format.ts';
import type { Strings } from '../../i18n/strings.ts';
import type { HeyRun } from '../../lib/hey-run.ts';
import { bucketList } from '../histogram/compare.ts';
import type { EnisAnswer } from './answers.ts';
import { enisAnswer, slowestAnswer } from './answers.ts';
import { enisLayout, slowestLayout, type PredictLayout } from './layout.ts';
import type { GuessPlace } from './guess.ts';
import { guessPlace, predictMarks, type PredictHandle, type PredictText } from './marks.ts';
import { el, jsonIsland, text } from '../svg.ts';
import { enisText, type EnisVerdictWords, type SlowestVerdictWords } from './verdict.ts';

export type QuestionKind = 'slowest' | 'enis';

/** What the browser needs to move a guess and judge it. */
/** What the browser needs besides the words: where the guess is drawn, and the answer to judge it by. */
export interface PredictInput extends GuessPlace {
  kind: QuestionKind;
  answer: number;
  old?: number;
}

/** The words the browser writes with: the guess's value and label, the button, the verdict. */
export interface PredictBrowserWords {
  /** Seconds as the edition writes them, for the time axis (the ENI question's counts are the verdict's words). */
  value?: string;
  guessLabel: string;
  /** The handle's name. */
  handle: string;
  show: string;
  again: string;
  verdict: SlowestVerdictWords | EnisVerdictWords;
}

export interface PredictQuestion {
  id: string;
  title: string;
  model: 'before' | 'after';
  question: string;
  /** How to answer it, which only a reader with JavaScript can. */
  hint: string;
  /** The answer in a sentence, without a guess. */
  answer: string;
  layout: PredictLayout;
  text: PredictText;
  handle: PredictHandle;
  input: PredictInput;
  words: PredictBrowserWords;
}

/** Slide 25's question: the slowest of the run's requests, on its histogram's time axis. */
export function slowestQuestion(run: HeyRun, words: Strings): PredictQuestion {
  const t = words.predict.slowest;
  const a = slowestAnswer(run);
  const layout = slowestLayout(a.histogram, a.slowest);
  const seconds = (value: number, digits: number) => fill(words.seconds, { value: value.toFixed(digits) });
  const date = dateIn(run.date, words.date);
  const id = 'predict-slowest';
  return {
    id,
    title: fill(t.name, { date }),
    model: 'before',
    question: fill(t.question, { date, requests: a.requests }),
    hint: t.hint,
    answer: fill(t.answer, { slowest: a.slowest.toFixed(3), slow: a.slow, requests: a.requests, from: a.from.toFixed(3) }),
    layout,
    text: {
      id,
      title: fill(t.name, { date }),
      desc: fill(t.desc, { slowest: a.slowest.toFixed(3), buckets: bucketList(run, words) }),
      axisTitle: words.charts.responseTime,
      answerLabel: fill(t.answerLabel, { value: seconds(a.slowest, 3) }),
    },
    handle: { label: t.handle, valueText: seconds(layout.guess.value, 1) },
    input: { kind: 'slowest', ...guessPlace(layout), answer: a.slowest },
    words: { value: words.seconds, guessLabel: words.predict.guessLabel, handle: t.handle, show: words.predict.show, again: words.predict.again, verdict: { exact: t.exact, close: t.close, short: t.short, over: t.over } },
  };
}

/** Slide 30's question: the ENIs of verification 2's load after Hyperplane, on a log axis. */
export function enisQuestion(verification2: HeyRun, words: Strings, answer: EnisAnswer = enisAnswer(verification2)): PredictQuestion {
  const t = words.predict.enis;
  const layout = enisLayout(answer.enis, answer.old);
  const values = { peak: count(answer.peak), enis: enisText(answer.enis, t), oldEnis: enisText(answer.old, t), memory: answer.memoryMb };
  const id = 'predict-enis';
  return {
    id,
    title: fill(t.name, values),
    model: 'after',
    question: fill(t.question, values),
    hint: t.hint,
    answer: fill(t.answer, values),
    layout,
    text: {
      id,
      title: fill(t.name, values),
      desc: fill(t.desc, values),
      axisTitle: t.axis,
      answerLabel: fill(t.answerLabel, { value: enisText(answer.enis, t) }),
      oldLabel: fill(t.oldLabel, { value: enisText(answer.old, t) }),
    },
    handle: { label: fill(t.handle, values), valueText: enisText(layout.guess.value, t) },
    input: { kind: 'enis', ...guessPlace(layout), answer: answer.enis, old: answer.old },
    words: { guessLabel: words.predict.guessLabel, handle: fill(t.handle, values), show: words.predict.show, again: words.predict.again, verdict: { exact: t.exact, over: t.over, under: t.under, nearOld: t.nearOld, one: t.one, many: t.many } },
  };
}

export function predictFigure(q: PredictQuestion, words: Strings): string {
  const t = words.predict;
  const button = (action: string, label: string) => el('button', { type: 'button', 'data-action': action, disabled: true }, text(label));
  return el(
    'figure',
    { class: 'chart predict', 'data-chart': q.id, 'data-predict': q.input.kind, 'data-model': q.model },
    jsonIsland('words', q.words),
    jsonIsland('input', q.input),
    el('figcaption', { class: 'predict-question' }, el('span', { class: 'chart-badge' }, text(t.badge)), ' ', text(q.question), ' ', el('span', { class: 'predict-hint' }, text(q.hint))),
    predictMarks(q.layout, q.text, q.handle),
    el('div', { class: 'predict-controls' }, button('show', t.show), button('skip', t.skip)),
    el('p', { class: 'predict-answer' }, text(q.answer), ' ', el('strong', { 'data-verdict': '' })),
    // The answer is told here when it appears (the paragraph above is for the eyes).
    el('p', { class: 'predict-live', role: 'status' }),
  );
}

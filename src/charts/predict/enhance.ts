/**
 * A question in the browser: the reader moves the guess over the marks the build drew (the handle
 * by pointer or keys; guess.ts draws each guess, as it drew the first at build), then shows the
 * answer or skips to it; the guess stays marked against it. Nothing is stored or sent: the guess
 * lives in this page and goes with it.
 */
import { fill } from '../../i18n/format.ts';
import { jsonOf, wordsOf } from '../runtime/json.ts';
import type { PredictBrowserWords, PredictInput } from './figure.ts';
import { morph, morphChildren } from '../runtime/svg-update.ts';
import { guessMarks } from './guess.ts';
import { leaped, stepped, valueAt, type GuessAxis } from './scale.ts';
import { enisText, enisVerdict, slowestVerdict, type EnisVerdictWords, type SlowestVerdictWords } from './verdict.ts';

export function enhancePredict(figure: HTMLElement): void {
  const input = jsonOf<PredictInput>(figure, 'input');
  const t = wordsOf<PredictBrowserWords>(figure);
  const { axis } = input;
  const svg = figure.querySelector('svg')!;
  const handle = svg.querySelector<SVGCircleElement>('.predict-handle')!;
  const drawnGuess = svg.querySelector('.predict-guess')!;
  const show = figure.querySelector<HTMLButtonElement>('[data-action="show"]')!;
  const skip = figure.querySelector<HTMLButtonElement>('[data-action="skip"]')!;
  const verdict = figure.querySelector<HTMLElement>('[data-verdict]')!;
  const live = figure.querySelector<HTMLElement>('.predict-live')!;
  const description = svg.querySelector('desc')!.id;
  let guess = Number(handle.getAttribute('aria-valuenow'));

  const valueText = (value: number) => (input.kind === 'slowest' ? fill(t.value!, { value: value.toFixed(1) }) : enisText(value, t.verdict as EnisVerdictWords));

  const place = (value: number) => {
    guess = value;
    const marks = guessMarks(input, value, { label: fill(t.guessLabel, { value: valueText(value) }), handle: t.handle, valueText: valueText(value) });
    morphChildren(drawnGuess, marks.guess);
    morph(handle, marks.handle);
  };

  const judged = () =>
    input.kind === 'slowest'
      ? slowestVerdict(guess, input.answer, t.verdict as SlowestVerdictWords, t.value!)
      : enisVerdict(guess, input.answer, input.old ?? input.answer, t.verdict as EnisVerdictWords);

  const answer = (guessed: boolean) => {
    const hadFocus = figure.contains(document.activeElement) && document.activeElement !== show;
    figure.dataset.state = 'answer';
    if (guessed) delete figure.dataset.guess;
    else figure.dataset.guess = 'none';
    verdict.textContent = guessed ? judged() : '';
    svg.setAttribute('aria-describedby', description);
    show.textContent = t.again;
    // The handle and the skip button leave with the question: the one button left keeps the focus.
    if (hadFocus) show.focus();
    live.textContent = figure.querySelector('p.predict-answer')!.textContent!.trim();
  };

  const ask = () => {
    figure.dataset.state = 'ask';
    delete figure.dataset.guess;
    svg.removeAttribute('aria-describedby');
    show.textContent = t.show;
    live.textContent = '';
  };

  guessByKeys(handle, axis, () => guess, place, () => answer(true));
  guessByPointer(svg, handle, axis, place, () => figure.dataset.state !== 'answer');

  show.addEventListener('click', () => (figure.dataset.state === 'answer' ? ask() : answer(true)));
  skip.addEventListener('click', () => answer(false));
  place(guess);
  show.disabled = skip.disabled = false;
}

/** The handle's keys, a slider's: arrows a step, Page Up and Page Down a leap, Home and End the axis's ends; Enter answers. */
function guessByKeys(handle: SVGElement, axis: GuessAxis, guess: () => number, place: (value: number) => void, answer: () => void): void {
  const moves: Record<string, () => number> = {
    ArrowRight: () => stepped(axis, guess(), 1),
    ArrowUp: () => stepped(axis, guess(), 1),
    ArrowLeft: () => stepped(axis, guess(), -1),
    ArrowDown: () => stepped(axis, guess(), -1),
    PageUp: () => leaped(axis, guess(), 1),
    PageDown: () => leaped(axis, guess(), -1),
    Home: () => axis.domain[0],
    End: () => axis.domain[1],
  };
  handle.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') answer();
    else if (moves[event.key]) place(moves[event.key]!());
    else return;
    event.preventDefault();
    event.stopPropagation();
  });
}

/** Pointer: anywhere over the drawing places the guess, and dragging moves it, while the question is open. */
function guessByPointer(svg: SVGSVGElement, handle: SVGElement, axis: GuessAxis, place: (value: number) => void, open: () => boolean): void {
  const toAxis = (event: PointerEvent) => {
    const box = svg.getBoundingClientRect();
    return valueAt(axis, ((event.clientX - box.left) / box.width) * svg.viewBox.baseVal.width);
  };
  let dragging = false;
  svg.addEventListener('pointerdown', (event) => {
    if (!open()) return;
    dragging = true;
    svg.setPointerCapture(event.pointerId);
    place(toAxis(event));
    handle.focus();
    event.preventDefault();
  });
  svg.addEventListener('pointermove', (event) => {
    if (dragging) place(toAxis(event));
  });
  for (const end of ['pointerup', 'pointercancel']) svg.addEventListener(end, () => (dragging = false));
}

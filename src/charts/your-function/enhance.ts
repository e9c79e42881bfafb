/**
 * Your function on the map in the browser: the sentence's numbers become sliders (keys and drag),
 * and every change redraws the sentence, the maps and the table by the build's own marks,
 * morphed in place (a held slider keeps its focus). The state is the page's: read from its URL,
 * written back as it changes, and shared with the calculator and the ENI model
 * (runtime/reader-function.ts).
 */
import { fill } from '../../i18n/format.ts';
import type { YourFunctionStrings } from '../../i18n/your-function.ja.ts';
import { wordsOf } from '../runtime/json.ts';
import { followFunction, functionInUrl, readerFunction, shareFunction, urlNamesFunction, type ReaderFunction } from '../runtime/reader-function.ts';
import { morph } from '../runtime/svg-update.ts';
import { replaceQuery } from '../runtime/url-state.ts';
import { mapPanels } from './layout.ts';
import { mapMarks, sentenceMarks, tableMarks } from './marks.ts';
import { pixelsPerStep, sliderEnd, stepSlider, type SliderName } from './sliders.ts';

/** Where each key takes a slider: a step, ten, or an end. */
const keySteps: Record<string, number | 'min' | 'max'> = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1, PageUp: 10, PageDown: -10, Home: 'min', End: 'max' };

export function enhanceYourFunction(figure: HTMLElement): void {
  const words = wordsOf<YourFunctionStrings>(figure);
  let state: ReaderFunction = urlNamesFunction() ? functionInUrl() : readerFunction.defaults;

  const draw = () => {
    morph(figure.querySelector('.yf-sentence')!, sentenceMarks(state, words, true));
    const panels = mapPanels(state, words);
    figure.querySelectorAll('svg.yf-map').forEach((svg, i) => morph(svg, mapMarks(panels[i]!, words)));
    morph(figure.querySelector('.chart-data table')!, tableMarks(panels, state, words));
    figure.querySelector<HTMLOutputElement>('output[name="axes"]')!.value = fill(words.axes, { quota: state.quota });
  };
  const change = (next: ReaderFunction) => {
    if (readerFunction.query(next) === readerFunction.query(state)) return;
    state = next;
    draw();
    shareFunction(state, figure);
  };
  const sliderIn = (event: Event) => (event.target as Element).closest<HTMLElement>('.yf-number[role="slider"]');

  figure.addEventListener('keydown', (event) => {
    const slider = sliderIn(event);
    const move = keySteps[event.key];
    if (!slider || move === undefined) return;
    event.preventDefault();
    const name = slider.dataset.name as SliderName;
    change(typeof move === 'number' ? stepSlider(name, state, move) : sliderEnd(name, state, move));
  });
  // A drag across a number moves it a step each few pixels, from where the drag began.
  let drag: { name: SliderName; x: number; from: ReaderFunction } | undefined;
  figure.addEventListener('pointerdown', (event) => {
    const slider = sliderIn(event);
    if (!slider) return;
    event.preventDefault();
    slider.focus();
    slider.setPointerCapture(event.pointerId);
    drag = { name: slider.dataset.name as SliderName, x: event.clientX, from: state };
  });
  figure.addEventListener('pointermove', (event) => {
    if (!drag) return;
    const steps = Math.trunc((event.clientX - drag.x) / pixelsPerStep(drag.name));
    change(steps ? stepSlider(drag.name, drag.from, steps) : drag.from);
  });
  for (const end of ['pointerup', 'pointercancel']) figure.addEventListener(end, () => (drag = undefined));

  followFunction(figure, (next) => {
    state = next;
    draw();
  });
  // A link's values are clamped and written back; a page whose URL names no function keeps its address.
  // The numbers move now: say how.
  figure.querySelector<HTMLElement>('.yf-hint')!.hidden = false;
  if (urlNamesFunction()) replaceQuery(readerFunction.query(state, new URLSearchParams(window.location.search)));
  draw();
}

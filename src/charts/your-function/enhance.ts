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
import { followFunction, functionInUrl, keepFunction, readerFunction, shareFunction, urlNamesFunction, type ReaderFunction } from '../runtime/reader-function.ts';
import { morph } from '../runtime/svg-update.ts';
import { mapPanels } from './layout.ts';
import { mapParts, sentenceMarks, tableMarks } from './marks.ts';
import { pixelsPerStep, sliderEnd, stepSlider, type SliderName } from './sliders.ts';

/** Where each key takes a slider: a step, ten, or an end. */
const keySteps: Record<string, number | 'min' | 'max'> = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1, PageUp: 10, PageDown: -10, Home: 'min', End: 'max' };

export function enhanceYourFunction(figure: HTMLElement): void {
  const words = wordsOf<YourFunctionStrings>(figure);
  let state: ReaderFunction = functionInUrl();

  let drawnTable: string | undefined;
  const maps = [...figure.querySelectorAll<SVGSVGElement>('svg.yf-map')];
  // What each part of each map was last drawn as (nothing yet: the first draw morphs them all).
  const drawnParts = maps.map((): string[] => []);
  const draw = () => {
    morph(figure.querySelector('.yf-sentence')!, sentenceMarks(state, words, true));
    const panels = mapPanels(state, words);
    maps.forEach((svg, i) => {
      const parts = mapParts(panels[i]!, words);
      parts.forEach((part, j) => part !== drawnParts[i]![j] && morph(svg.children[j]!, part));
      drawnParts[i] = parts;
    });
    // The table and the axes' line depend on the quota, and the table's headings on the subnet (which panel is yours).
    const table = `${state.quota} ${state.subnet}`;
    if (table === drawnTable) return;
    drawnTable = table;
    morph(figure.querySelector('.chart-data table')!, tableMarks(panels, state, words));
    figure.querySelector<HTMLOutputElement>('output[name="axes"]')!.value = fill(words.axes, { quota: state.quota });
  };
  const change = (next: ReaderFunction, settled = true) => {
    if (readerFunction.query(next) === readerFunction.query(state)) return;
    state = next;
    draw();
    shareFunction(state, figure, settled);
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
    change(steps ? stepSlider(drag.name, drag.from, steps) : drag.from, false);
  });
  for (const end of ['pointerup', 'pointercancel'])
    figure.addEventListener(end, () => {
      // Where a drag that moved comes to rest: the URL keeps it and the charts that wait for it run it.
      if (drag && readerFunction.query(state) !== readerFunction.query(drag.from)) shareFunction(state, figure);
      drag = undefined;
    });

  followFunction(figure, (next) => {
    state = next;
    draw();
  });
  // A link's values are clamped and written back; a page whose URL names no function keeps its address.
  if (urlNamesFunction()) keepFunction(state);
  draw();
}

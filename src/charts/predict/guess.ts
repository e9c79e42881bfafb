/**
 * The reader's guess as markup: its line and label, and the slider they hold. The build draws it
 * at the axis's middle (marks.ts); the browser draws each new guess with the same function and
 * morphs the drawing into it (runtime/svg-update), so the held handle keeps its focus.
 */
import { el, text } from '../svg.ts';
import { markerAt, type GuessAxis } from './scale.ts';

/** Where a guess is drawn whatever its value: on the axis, its label in `row`, its line down to `bottom`. */
export interface GuessPlace {
  axis: GuessAxis;
  row: number;
  bottom: number;
}

/** The guess in words: its label over the plot (empty where there is no guess yet), the slider's name and its value. */
export interface GuessWords {
  label: string;
  handle: string;
  valueText: string;
}

/** The guess at `value`: the children of the drawing's `.predict-guess`, and the handle. */
export function guessMarks(place: GuessPlace, value: number, words: GuessWords): { guess: string; handle: string } {
  const { axis, bottom } = place;
  const marker = markerAt(axis, value, place.row);
  return {
    guess: el('line', { x1: marker.x, x2: marker.x, y1: marker.top, y2: bottom }) + el('text', { x: marker.label.x, y: marker.label.y, 'text-anchor': marker.label.anchor }, text(words.label)),
    handle: el('circle', {
      class: 'predict-handle',
      cx: marker.x,
      cy: bottom,
      r: 9,
      tabindex: '0',
      role: 'slider',
      'aria-label': words.handle,
      'aria-valuemin': axis.domain[0],
      'aria-valuemax': axis.domain[1],
      'aria-valuenow': value,
      'aria-valuetext': words.valueText,
    }),
  };
}

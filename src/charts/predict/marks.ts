/**
 * A question as SVG markup: the axis, the answer (bars and markers, the state the build draws and
 * a reader without JavaScript sees), and on the page the reader's guess with its handle, which
 * the browser moves over these very elements.
 */
import { barMarks, timeAxisMarks } from '../histogram/marks.ts';
import { el, text } from '../svg.ts';
import { guessMarks, type GuessPlace } from './guess.ts';
import type { Marker, PredictLayout } from './layout.ts';

export interface PredictText {
  /** Unique on its page: the title and description are named by id. */
  id: string;
  title: string;
  /** The answer with its numbers. */
  desc: string;
  axisTitle: string;
  answerLabel: string;
  oldLabel?: string;
}

/** The slider the reader holds, on the page only (a static image has no reader to hold it). */
export interface PredictHandle {
  label: string;
  valueText: string;
}

const markerMarks = (marker: Marker, className: string, label: string, bottom: number) =>
  el(
    'g',
    { class: className },
    el('line', { x1: marker.x, x2: marker.x, y1: marker.top, y2: bottom }),
    el('text', { x: marker.label.x, y: marker.label.y, 'text-anchor': marker.label.anchor }, text(label)),
  );

/** The question's own axis: its line, ticks and title (slide 25's question takes the histogram's). */
const axisMarks = ({ plot, ticks, height }: PredictLayout, title: string) =>
  el(
    'g',
    { class: 'axis', 'aria-hidden': 'true' },
    el('line', { x1: plot.left, x2: plot.right, y1: plot.bottom, y2: plot.bottom }),
    ...ticks.map((tick) => el('text', { x: tick.position, y: plot.bottom + 16, 'text-anchor': 'middle' }, text(tick.label))),
    el('text', { class: 'axis-title', x: (plot.left + plot.right) / 2, y: height - 6, 'text-anchor': 'middle' }, text(title)),
  );

/** Where the layout draws the reader's guess, whatever its value. */
export const guessPlace = (layout: PredictLayout): GuessPlace => ({ axis: layout.axis, row: layout.rows[0]!, bottom: layout.plot.bottom });

/** The drawing's height: from its top, which may sit above its origin, to its bottom. */
export const drawnHeight = (layout: PredictLayout) => layout.height - layout.top;

export function predictMarks(layout: PredictLayout, words: PredictText, handle?: PredictHandle): string {
  const { plot, width, histogram } = layout;
  const guess = handle && guessMarks(guessPlace(layout), layout.guess.value, { label: '', handle: handle.label, valueText: handle.valueText });
  const markers = [
    markerMarks(layout.answer, 'predict-mark', words.answerLabel, plot.bottom),
    layout.old && words.oldLabel && markerMarks(layout.old, 'predict-mark predict-old', words.oldLabel, plot.bottom),
  ];
  return el(
    'svg',
    {
      viewBox: `0 ${layout.top} ${width} ${drawnHeight(layout)}`,
      // On the page the drawing holds the handle, so it is a group (an image may not contain a control).
      role: handle ? 'group' : 'img',
      'aria-labelledby': handle ? `${words.id}-title` : `${words.id}-title ${words.id}-desc`,
      'aria-describedby': handle && `${words.id}-desc`,
      class: 'predict-svg',
    },
    el('title', { id: `${words.id}-title` }, text(words.title)),
    el('desc', { id: `${words.id}-desc` }, text(words.desc)),
    histogram ? timeAxisMarks(histogram, words.axisTitle) : axisMarks(layout, words.axisTitle),
    // The bars as slide 25's histogram draws them; then the guess (over the bars, under the answer's labels); then the answer's markers.
    histogram && el('g', { class: 'predict-answer' }, ...barMarks(histogram)),
    // The build knows no guess: its label is empty until the browser writes one.
    guess && el('g', { class: 'predict-guess', 'aria-hidden': 'true' }, guess.guess),
    el('g', { class: 'predict-answer', 'aria-hidden': 'true' }, ...markers),
    guess?.handle,
  );
}

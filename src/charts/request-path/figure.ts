/**
 * One request's path as the figure the page starts from: both drawings (a wide one, and one for a
 * phone's column), the stepper's controls, disabled until `enhance.ts` takes them over, and every
 * stage listed with its seconds and what they rest on, which is all a reader without JavaScript
 * needs. The stepper reads its words from that list, so the page carries them once.
 */
import { fill } from '../../i18n/format.ts';
import type { Strings } from '../../i18n/strings.ts';
import type { RequestPath } from '../../lib/request-path.ts';
import { el, jsonIsland, message, text } from '../svg.ts';
import { narrowSize, requestPathLayout, wideSize } from './layout.ts';
import { requestPathMarks } from './marks.ts';
import { pathLabels, stageTexts, type StageText } from './text.ts';

/** The runs it follows the request through: verification 1 before Hyperplane (slide 25) and after it (slide 26). */
export const requestPathRuns = { before: 'v1-2019-05-29', after: 'v1-2019-10-20' } as const;

export function requestPathDrawings(path: RequestPath, words: Strings) {
  const labels = pathLabels(path, words.requestPath, words.date);
  return [
    { className: 'rp-wide', layout: requestPathLayout(path, labels, wideSize), labels },
    { className: 'rp-narrow', layout: requestPathLayout(path, labels, narrowSize), labels },
  ];
}

function stageList(stages: StageText[], words: Strings): string {
  const t = words.requestPath;
  const row = (lane: StageText['lanes'][number]) =>
    el(
      'li',
      { 'data-model': lane.lane },
      message(t.row, {}, {
        lane: el('b', {}, text(lane.laneName)),
        what: text(lane.what),
        duration: el('strong', {}, text(lane.duration)),
        nature: el('span', { class: `rp-nature rp-nature--${lane.nature}` }, text(lane.natureName)),
        basis: text(lane.basis),
      }),
    );
  return el('ol', { class: 'rp-stages' }, ...stages.map((stage, i) => el('li', { 'data-stage': i + 1 }, el('b', { class: 'rp-name' }, text(stage.name)), el('ul', {}, ...stage.lanes.map(row)))));
}

function controls(stages: StageText[], words: Strings): string {
  const t = words.requestPath;
  const last = stages.length;
  const button = (action: string, ...label: string[]) => el('button', { type: 'button', 'data-action': action, disabled: true }, ...label);
  const arrow = (glyph: string) => el('span', { 'aria-hidden': 'true' }, glyph);
  return el(
    'div',
    { class: 'replay-controls', role: 'group', 'aria-label': t.controls },
    button('previous', arrow('◀ '), text(t.previous)),
    el(
      'label',
      { class: 'replay-timeline' },
      el('span', {}, text(t.stage)),
      // As the build draws it, every stage is shown: the slider stands at the last.
      el('input', { type: 'range', min: 1, max: last, step: 1, value: last, 'aria-valuetext': fill(t.stepOf, { n: last, total: last, name: stages[last - 1]!.name }), disabled: true }),
    ),
    button('next', text(t.next), arrow(' ▶')),
  );
}

export function requestPathFigure(path: RequestPath, words: Strings): string {
  const t = words.requestPath;
  const stages = stageTexts(path, t);
  return el(
    'figure',
    { class: 'chart request-path', id: 'request-path', 'data-chart': 'request-path', 'data-request-path': '' },
    jsonIsland('words', { stepOf: t.stepOf }),
    el('div', { class: 'replay-header' }, el('span', { class: 'chart-badge chart-badge--reconstruction' }, text(words.charts.reconstruction)), el('span', { class: 'replay-note' }, text(t.note))),
    ...requestPathDrawings(path, words).map(({ className, layout, labels }) => requestPathMarks(layout, labels, className)),
    controls(stages, words),
    // What the stepper says at each step, once: it changes only when the step does.
    el('p', { class: 'rp-spoken', role: 'status' }),
    el('noscript', {}, el('p', { class: 'replay-note' }, text(t.noscript))),
    stageList(stages, words),
    el('figcaption', {}, text(t.caption)),
  );
}

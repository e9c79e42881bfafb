/** One panel of verification 3's model as SVG markup: a series over 60 s with its reference line. */
import { el, text } from '../svg.ts';
import type { PanelLayout } from './layout.ts';

export interface Verification3Text {
  name: string;
  title: string;
  elapsed: string;
  referenceLabel?: string;
}

export function verification3Marks(layout: PanelLayout, words: Verification3Text): string {
  const right = layout.width - layout.margin.right;
  return el(
    'svg',
    // Its text size travels as the SVG's font-size attribute, which its labels inherit (style.css), so each
    // is set at the size the layout made room for; an attribute, as the site's policy allows no style attributes.
    { viewBox: `0 0 ${layout.width} ${layout.height}`, role: 'img', 'aria-label': words.name, 'data-panel': layout.panel, 'font-size': layout.fontSize },
    el('text', { class: 'panel-title', x: layout.margin.left, y: layout.baselines.title }, text(words.title)),
    el('g', { class: 'grid', 'aria-hidden': 'true' }, ...layout.yTicks.map((tick) => el('line', { x1: layout.margin.left, x2: right, y1: tick.position, y2: tick.position }))),
    el(
      'g',
      { class: 'axis', 'aria-hidden': 'true' },
      ...layout.yTicks.map((tick) => el('text', { x: layout.margin.left - 6, y: tick.position + Math.round(layout.fontSize / 3), 'text-anchor': 'end' }, text(tick.label))),
      ...layout.xTicks.map((tick) => el('text', { x: tick.position, y: layout.baselines.xTicks, 'text-anchor': 'middle' }, text(tick.label))),
      el('text', { class: 'axis-title', x: right, y: layout.baselines.axisTitle, 'text-anchor': 'end' }, text(words.elapsed)),
    ),
    layout.area && el('path', { class: 'series-area', d: layout.area }),
    el('path', { class: 'series-line', d: layout.path }),
    layout.reference &&
      el(
        'g',
        { class: 'reference' },
        el('line', { x1: layout.margin.left, x2: right, y1: layout.reference.y, y2: layout.reference.y }),
        el('text', { x: right - 4, y: layout.reference.y - 4, 'text-anchor': 'end' }, text(words.referenceLabel ?? '')),
      ),
  );
}

/**
 * The surge against the database as SVG markup: one image named as a model, whose description
 * carries every number it draws, and the since-2019 layer drawn with it (its styles show it
 * when the reader turns it on), so that the page, the static image and the snapshot are one drawing.
 */
import { count, fill } from '../../i18n/format.ts';
import type { SurgeStrings } from '../../i18n/surge.ja.ts';
import { el, text } from '../svg.ts';
import { crossingSeconds, type SurgeLayout, type SurgeLimit } from './layout.ts';

export interface SurgeMarksOptions {
  /** Prefix of the title's and description's ids, unique on the page. */
  id: string;
  /** How the edition joins a list (、 or , ). */
  separator: string;
}

/** Every number of the drawing in one paragraph: the image's description. */
export function surgeDescription(layout: SurgeLayout, t: SurgeStrings, separator: string): string {
  const crossed = layout.limits.filter((limit) => limit.crossing);
  return fill(t.description, {
    peak: layout.peak.value,
    peakAt: crossingSeconds(layout.peak.t),
    crossings: crossed.map((limit) => fill(t.crossing, { name: limit.name, max: limit.maxConnections, seconds: crossingSeconds(limit.crossing!.t) })).join(separator),
    untouched: layout.limits
      .filter((limit) => !limit.crossing)
      .map((limit) => fill(t.untouched, { name: limit.name, max: limit.maxConnections }))
      .join(''),
    clients: layout.proxy.clients.value,
    database: layout.proxy.database.value,
  });
}

// Labels hang below a line the surge has passed (the curve runs above it there) and sit above
// one it never reaches (the curve runs below); `dy` in em keeps them clear at any text size.
const below = { dy: '0.85em' };

function limitMarks(limit: SurgeLimit, layout: SurgeLayout, t: SurgeStrings): string {
  const { plot } = layout;
  const label = fill(t.classLabel, { name: limit.name, max: limit.maxConnections });
  return (
    el('line', { x1: plot.left, x2: plot.right, y1: limit.y, y2: limit.y }) +
    el('text', { x: plot.right - 2, y: limit.crossing ? limit.y + 3 : limit.y - 4, ...(limit.crossing ? below : {}), 'text-anchor': 'end' }, text(label))
  );
}

function crossingMarks(limit: SurgeLimit, t: SurgeStrings): string {
  const { x } = limit.crossing!;
  return el('circle', { cx: x, cy: limit.y, r: 3.5 }) + el('text', { x: x + 6, y: limit.y + 3, ...below }, text(fill(t.crossingLabel, { seconds: crossingSeconds(limit.crossing!.t) })));
}

function proxyMarks(layout: SurgeLayout, t: SurgeStrings): string {
  const { plot, proxy } = layout;
  const across = (y: number) => ({ x1: plot.left, x2: plot.right, y1: y, y2: y });
  // The database's label starts past the surge's first seconds, where the curve and the crossings' labels are.
  const databaseX = plot.left + (plot.right - plot.left) * 0.15;
  return el(
    'g',
    { class: 'surge-proxy' },
    el('line', { class: 'surge-proxy-clients', ...across(proxy.clients.y) }),
    el('text', { x: plot.left + 6, y: proxy.clients.y - 5 }, text(fill(t.proxy.clients, { n: proxy.clients.value }))),
    el('line', { class: 'surge-proxy-database', ...across(proxy.database.y) }),
    el('text', { x: databaseX, y: proxy.database.y - 5 }, text(fill(t.proxy.database, { n: proxy.database.value }))),
  );
}

export function surgeMarks(layout: SurgeLayout, t: SurgeStrings, { id, separator }: SurgeMarksOptions): string {
  const { plot } = layout;
  return el(
    'svg',
    { viewBox: `0 0 ${layout.width} ${layout.height}`, role: 'img', 'aria-labelledby': `${id}-title`, 'aria-describedby': `${id}-desc`, class: 'surge-svg' },
    el('title', { id: `${id}-title` }, text(fill(t.name, { title: t.title }))),
    el('desc', { id: `${id}-desc` }, text(surgeDescription(layout, t, separator))),
    el('g', { class: 'grid' }, ...layout.yTicks.map((tick) => el('line', { x1: plot.left, x2: plot.right, y1: tick.position, y2: tick.position }))),
    el(
      'g',
      { class: 'axis' },
      ...layout.yTicks.map((tick) => el('text', { x: plot.left - 6, y: tick.position, dy: '0.32em', 'text-anchor': 'end' }, text(count(tick.value)))),
      ...layout.xTicks.map((tick) => el('text', { x: tick.position, y: layout.baselines.xTicks, 'text-anchor': 'middle' }, text(tick.value))),
      el('text', { class: 'axis-title', x: plot.right, y: layout.baselines.axisTitle, 'text-anchor': 'end' }, text(t.elapsed)),
      el('text', { class: 'axis-title', x: 0, y: layout.baselines.yTitle }, text(t.connections)),
    ),
    el('g', { class: 'surge-limits' }, ...layout.limits.map((limit) => limitMarks(limit, layout, t))),
    el('path', { class: 'surge-line', d: layout.path }),
    el('g', { class: 'surge-crossings' }, ...layout.limits.filter((limit) => limit.crossing).map((limit) => crossingMarks(limit, t))),
    proxyMarks(layout, t),
  );
}

/**
 * The map's panels and the sentence as markup: the same strings the build places, the static image
 * stacks, and the browser morphs the page's elements into as the reader drags a number.
 */
import { count, fill } from '../../i18n/format.ts';
import { accountConcurrency2019, firstLimit, functionNeeds, limitMet } from '../../lib/limit-map.ts';
import { memorySizes } from '../../lib/eni-limits.ts';
import { textWidth } from '../../lib/text-measure.ts';
import type { YourFunctionStrings } from '../../i18n/your-function.ja.ts';
import { el, message, n, text } from '../svg.ts';
import type { ReaderFunction } from '../runtime/reader-function.ts';
import { panelSize, type Band, type MapPanel, type Region } from './layout.ts';
import { sliderOf, sliderNames } from './sliders.ts';

const regions: readonly Region[] = ['none', 'concurrency', 'subnet', 'quota'];

/** A run of bands as one outline: along `upper` left to right, back along `lower`. */
function runPath(run: Band[], upper: (band: Band) => number, lower: (band: Band) => number): string {
  let d = `M${n(run[0]!.x0)},${n(upper(run[0]!))}`;
  run.forEach((band, i) => (d += `${i ? `V${n(upper(band))}` : ''}H${n(band.x1)}`));
  [...run].reverse().forEach((band, i) => (d += `${i ? 'H' + n(band.x1) : ''}V${n(lower(band))}`));
  return `${d}H${n(run[0]!.x0)}Z`;
}

/** Consecutive bands that meet the same limit. */
function runsOf(bands: Band[]): Band[][] {
  const runs: Band[][] = [];
  for (const band of bands) {
    const last = runs.at(-1);
    if (last && last[0]!.limit === band.limit) last.push(band);
    else runs.push([band]);
  }
  return runs;
}

/** Each region's outline and, where it has room, its name. */
function regionsOf(panel: MapPanel, names: Record<Region, string>): { paths: Record<Region, string>; labels: { region: Region; x: number; y: number }[] } {
  const { top, bottom } = panel.plot;
  const paths = Object.fromEntries(regions.map((region) => [region, ''])) as Record<Region, string>;
  const labels: { region: Region; x: number; y: number }[] = [];
  const label = (region: Region, run: Band[], extent: (band: Band) => [number, number]) => {
    const middle = run[Math.floor(run.length / 2)]!;
    const [low, high] = extent(middle);
    // The name fits the run's width with room to spare (12 px, semibold), and a line's height.
    if (run.at(-1)!.x1 - run[0]!.x0 >= textWidth(names[region], 12) * 1.1 + 8 && high - low >= 18) labels.push({ region, x: (middle.x0 + middle.x1) / 2, y: (low + high) / 2 + 5 });
  };
  paths.none = runPath(panel.bands, (band) => band.y, () => bottom);
  label('none', panel.bands, (band) => [band.y, bottom]);
  for (const run of runsOf(panel.bands)) {
    paths[run[0]!.limit] += runPath(run, () => top, (band) => band.y);
    label(run[0]!.limit, run, (band) => [top, band.y]);
  }
  return { paths, labels };
}

/**
 * A panel's parts, one element each in the drawing's order: the browser morphs only the parts
 * whose markup changed (a drag of the peak moves the marker and the description, not the regions).
 */
export function mapParts(panel: MapPanel, words: YourFunctionStrings): string[] {
  const { left, right, bottom, top } = panel.plot;
  const { paths, labels } = regionsOf(panel, words.map.regions);
  return [
    el('title', {}, text(panel.title)),
    el('desc', {}, text(panel.desc)),
    el('text', { class: 'yf-map-title', x: 0, y: 18, 'data-yours': panel.yours ? 'true' : undefined }, text(panel.title)),
    el('g', { class: 'yf-regions' }, ...regions.map((region) => el('path', { 'data-region': region, d: paths[region] }))),
    el('rect', { class: 'yf-frame', x: left, y: top, width: right - left, height: bottom - top }),
    el('g', { class: 'yf-region-labels', 'aria-hidden': 'true' }, ...labels.map((label) => el('text', { 'data-region': label.region, x: label.x, y: label.y }, text(words.map.regions[label.region])))),
    el(
      'g',
      { class: 'yf-ticks', 'aria-hidden': 'true' },
      ...panel.xTicks.map((tick) => el('text', { x: tick.x, y: bottom + 18, 'text-anchor': 'middle' }, text(tick.label))),
      ...panel.yTicks.map((tick) => el('text', { x: left - 6, y: tick.y + 5, 'text-anchor': 'end' }, text(tick.label))),
    ),
    el('circle', { class: 'yf-marker', cx: panel.marker.x, cy: panel.marker.y, r: 7, 'data-region': panel.marker.region }),
  ];
}

/** A panel as its page and its static image draw it. */
export const mapMarks = (panel: MapPanel, words: YourFunctionStrings): string =>
  el('svg', { class: 'yf-map', viewBox: `0 0 ${panelSize.width} ${panelSize.height}`, role: 'img', 'data-architecture': panel.architecture }, ...mapParts(panel, words));

/** The sentence's figures for a function: what slide 12's formula and the limits say of it. */
export function sentenceValues(state: ReaderFunction, words: YourFunctionStrings): Record<string, string> {
  const before = functionNeeds(state.memory, state.concurrency, state.subnet, 'before');
  const after = functionNeeds(state.memory, state.concurrency, state.subnet, 'after');
  const limits = { subnetPrefixLength: state.subnet, eniQuota: state.quota, accountConcurrency: accountConcurrency2019 };
  const first = firstLimit(state.memory, limits, 'before');
  return {
    formula: fill(words.formula, { concurrency: state.concurrency, memory: state.memory }),
    enis: count(before.enis),
    addresses: before.left >= 0 ? fill(words.addressesLeft, { usable: before.usable, left: before.left }) : fill(words.addressesShort, { usable: before.usable, short: -before.left }),
    first: fill(limitMet(state.memory, state.concurrency, limits, 'before') === 'none' ? words.fits : words.exceeds, { limit: words.limits[first.limit], at: first.at }),
    after: fill(words.after, { left: Math.max(0, after.left) }),
  };
}

/**
 * The sentence, its numbers as sliders: spans the build writes as plain numbers, which the
 * browser's copy makes sliders (a page without JavaScript offers nothing it cannot do).
 */
export function sentenceMarks(state: ReaderFunction, words: YourFunctionStrings, live: boolean): string {
  const values = sentenceValues(state, words);
  const slots: Record<string, string> = {};
  for (const name of sliderNames) {
    const slider = sliderOf(name, state, words);
    const aria = live
      ? { role: 'slider', tabindex: 0, 'aria-label': slider.label, 'aria-valuemin': slider.min, 'aria-valuemax': slider.max, 'aria-valuenow': slider.now, 'aria-valuetext': slider.text }
      : {};
    slots[name] = el('span', { class: 'yf-number', 'data-name': name, ...aria }, text(slider.text));
  }
  for (const [name, value] of Object.entries(values)) slots[name] = el('output', { name }, text(value));
  return el('p', { class: 'yf-sentence' }, message(words.sentence, {}, slots));
}


/** The map as a table: for each memory size, the limit met first in each panel, and where. */
export function tableMarks(panels: MapPanel[], state: ReaderFunction, words: YourFunctionStrings): string {
  const t = words.table;
  const head = el('tr', {}, el('th', { scope: 'col' }, text(t.memory)), ...panels.map((panel) => el('th', { scope: 'col' }, text(panel.title))));
  // The memory sizes the forms list.
  const rows = memorySizes.map((memory) =>
    el(
      'tr',
      {},
      el('th', { scope: 'row' }, text(`${count(memory)} MB`)),
      ...panels.map((panel) => {
        const limits = { subnetPrefixLength: panel.prefix, eniQuota: state.quota, accountConcurrency: accountConcurrency2019 };
        const first = firstLimit(memory, limits, panel.architecture);
        return el('td', {}, text(fill(t.cell, { limit: words.map.regions[first.limit], at: first.at })));
      }),
    ),
  );
  return el('table', {}, el('caption', {}, text(fill(t.caption, { quota: state.quota }))), el('thead', {}, head), el('tbody', {}, ...rows));
}

/**
 * One panel of the ENI model as SVG markup, from its layout. The panel draws the same elements in
 * the same order at every moment (a mark with nothing to show is drawn empty), so that the
 * browser moves the very elements the build drew, each written from this function's string.
 */
import { count, seconds } from '../../i18n/format.ts';
import type { Strings } from '../../i18n/strings.ts';
import { escapeXml } from '../../lib/xml.ts';
import type { ModelSample } from '../../lib/eni-model.ts';
import { errorTotal } from '../../lib/eni-model-statistics.ts';
import type { EniModelParameters, NetworkModel } from '../../lib/eni-model-parameters.ts';
import { fontSize, panelSize, type CellGrid, type CellRange, type EniModelFrame, type Label, type RowGrid } from './layout.ts';

// A tenth of a unit: finer than any screen shows at these sizes, and stable in snapshots. The
// browser writes moved marks with the same function, so a mark at rest reads as the build wrote it.
export const n = (value: number) => String(Math.round(value * 10) / 10);

/**
 * Each cell of a grid as a square: absolute, and relative to the cell before it (short, and alike,
 * so it compresses); and the last few runs asked for, which the frames of a run ask for again.
 */
const cellStrings = new WeakMap<CellGrid, { absolute: string[]; relative: string[]; runs: Map<string, string> }>();

/**
 * The cells [from, to) of a grid as one path. Cells in even rows are one rectangle per row run
 * (at most three: a partial row, whole rows, a partial row), cut into cells by the grid's gap
 * lines drawn over them; other cells are a square each.
 */
export function cellsPath(grid: CellGrid, from: number, to: number): string {
  if (to <= from) return '';
  if (grid.rows) return rowRunsPath(grid.rows, from, to);
  let strings = cellStrings.get(grid);
  if (!strings) {
    const size = n(grid.size);
    const square = `h${size}v${size}h-${size}z`;
    // Steps between rounded positions, so that relative moves never drift from the absolute ones.
    const xs = Array.from(grid.xs, (x) => Math.round(x * 10));
    const ys = Array.from(grid.ys, (y) => Math.round(y * 10));
    strings = {
      absolute: xs.map((x, i) => `M${x / 10} ${ys[i]! / 10}${square}`),
      relative: xs.map((x, i) => (i ? `m${(x - xs[i - 1]!) / 10} ${(ys[i]! - ys[i - 1]!) / 10}${square}` : '')),
      runs: new Map(),
    };
    cellStrings.set(grid, strings);
  }
  const key = `${from}:${to}`;
  let path = strings.runs.get(key);
  if (path === undefined) {
    path = strings.absolute[from]! + strings.relative.slice(from + 1, to).join('');
    if (strings.runs.size > 16) strings.runs.clear();
    strings.runs.set(key, path);
  }
  return path;
}

function rowRunsPath(rows: RowGrid, from: number, to: number): string {
  const { x0, y0, step, columns } = rows;
  const box = (column: number, row: number, width: number, height: number) => `M${n(x0 + column * step)} ${n(y0 + row * step)}h${n(width * step)}v${n(height * step)}h${n(-width * step)}z`;
  const [firstRow, firstColumn] = [Math.floor(from / columns), from % columns];
  const [lastRow, lastColumn] = [Math.floor((to - 1) / columns), (to - 1) % columns];
  if (firstRow === lastRow) return box(firstColumn, firstRow, lastColumn - firstColumn + 1, 1);
  const whole = lastRow - firstRow - 1;
  return box(firstColumn, firstRow, columns - firstColumn, 1) + (whole > 0 ? box(0, firstRow + 1, columns, whole) : '') + box(0, lastRow, lastColumn + 1, 1);
}

/**
 * The lines that cut a grid's row runs into cells: one stroke, in the background's colour, along
 * every gap between columns and between rows.
 */
export function gapsPath(rows: RowGrid, size: number): string {
  const { x0, y0, step, columns, count } = rows;
  const gap = step - size;
  if (gap <= 0) return '';
  const height = Math.ceil(count / columns) * step;
  const width = columns * step;
  const down = `M${n(x0 + size + gap / 2)} ${n(y0)}v${n(height)}` + `m${n(step)} ${n(-height)}v${n(height)}`.repeat(columns - 1);
  const across = `M${n(x0)} ${n(y0 + size + gap / 2)}h${n(width)}` + `m${n(-width)} ${n(step)}h${n(width)}`.repeat(height / step - 1);
  return down + across;
}


export const labelKeys = ['concurrency', 'concurrent', 'environments', 'overflow', 'enis', 'subnet', 'subnetScale'] as const;

const label = (key: string, text: Label | undefined) =>
  `<text class="em-label em-label-${key}" x="${n(text?.x ?? 0)}" y="${n(text?.y ?? 0)}"${text?.anchor === 'middle' ? ' text-anchor="middle"' : ''}>${escapeXml(text?.text ?? '')}</text>`;

/** A part's cells, state by state; when they fill even rows, row runs cut into cells by their gap lines. */
function cells(part: string, grid: CellGrid, ranges: CellRange[]): string[] {
  const paths = ranges.map((range) => `<path class="em-${part}-${range.state}" d="${cellsPath(grid, range.from, range.to)}"/>`);
  if (!grid.rows) return paths;
  return [...paths, `<path class="em-gaps em-${part}-gaps" stroke-width="${n(grid.rows.step - grid.size)}" d="${gapsPath(grid.rows, grid.size)}"/>`];
}

const rect = (box: { x: number; y: number; width: number; height: number }) => `x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}"`;

export interface PanelText {
  /** The accessible name, and the numbers the panel shows, for readers who cannot see it. */
  title: string;
  desc: string;
}

/**
 * The panel's elements in order, one plain element's markup each: the browser writes each onto
 * the element the build drew from the same string (svg-frame.ts), skipping those that did not change.
 */
export function eniModelPanelParts(frame: EniModelFrame, text: PanelText): string[] {
  return [
    `<title>${escapeXml(text.title)}</title>`,
    `<desc>${escapeXml(text.desc)}</desc>`,
    `<rect class="em-track" ${rect(frame.track)}/>`,
    `<rect class="em-bar" ${rect(frame.bar)}/>`,
    `<line class="em-flow" x1="${n(frame.flow.x1)}" x2="${n(frame.flow.x2)}" y1="${n(frame.flow.y)}" y2="${n(frame.flow.y)}" stroke-width="${n(frame.flow.width)}" stroke-dashoffset="${n(frame.flow.offset)}"/>`,
    ...(frame.workers ? [`<path class="em-workers" d="${cellsPath(frame.workers.grid, 0, frame.workers.shown)}"/>`] : []),
    ...cells('environments', frame.environments.grid, frame.environments.ranges),
    ...(frame.hyperplane ? [`<rect class="em-hyperplane" ${rect(frame.hyperplane)} rx="6"/>`, label('hyperplane', frame.hyperplane.label)] : []),
    ...cells('enis', frame.enis.grid, frame.enis.ranges),
    ...cells('subnet', frame.subnet.grid, frame.subnet.ranges),
    ...labelKeys.map((key) => label(key, frame.labels[key])),
  ];
}

/** The panel's SVG: its parts in their element. */
export function eniModelPanelSvg(model: NetworkModel, parts: readonly string[]): string {
  const { width, height } = panelSize;
  return `<svg class="eni-model-svg" data-model="${model}" viewBox="0 0 ${width} ${height}" font-size="${fontSize}" role="img">${parts.join('')}</svg>`;
}

export const eniModelPanelMarks = (frame: EniModelFrame, text: PanelText): string => eniModelPanelSvg(frame.model, eniModelPanelParts(frame, text));

export interface ReadoutWords {
  environments: string;
  workers: string;
  enis: string;
  ips: string;
  coldStartP50: string;
  coldStartMax: string;
  errorsTotal: string;
  /** "{value} 秒", "{value} s". */
  seconds: string;
}

/** The readout's words from an edition's dictionary. */
export const readoutWords = ({ eniModel: t, seconds }: Strings): ReadoutWords => ({
  environments: t.environments,
  workers: t.workers,
  enis: t.enis,
  ips: t.ips,
  coldStartP50: t.coldStartP50,
  coldStartMax: t.coldStartMax,
  errorsTotal: t.errorsTotal,
  seconds,
});

/** The panel's numbers in words, for its <desc>: what a screen reader or a text-only client gets. */
export function panelDescription(sample: ModelSample, parameters: EniModelParameters, coldStarts: { p50: number; max: number }, words: ReadoutWords): string {
  // No-break spaces keep each figure with its label, and each separator on the line of the figure before it.
  return [
    `${words.environments}\u00a0${count(sample.environments)}`,
    ...(sample.workers ? [`${words.workers}\u00a0${count(sample.workers)}`] : []),
    `${words.enis}\u00a0${count(sample.enis)}/${count(parameters.eniQuota)}`,
    `${words.ips}\u00a0${count(sample.ipsInUse)}`,
    `${words.coldStartP50}\u00a0${seconds(coldStarts.p50, words.seconds)}`,
    `${words.coldStartMax}\u00a0${seconds(coldStarts.max, words.seconds)}`,
    `${words.errorsTotal}\u00a0${count(errorTotal(sample.errors))}`,
  ].join('\u00a0· ');
}

/**
 * One panel of the ENI model as SVG markup, from its layout. Every element that moves carries
 * `data-mark`, so that the browser animates the very elements the build drew, through the same
 * functions (`cellsPath`, `labelText`) that wrote them.
 */
import { count } from '../../i18n/format.ts';
import { escapeXml } from '../../lib/xml.ts';
import type { ModelSample } from '../../lib/eni-model.ts';
import { errorTotal } from '../../lib/eni-model-statistics.ts';
import type { EniModelParameters } from '../../lib/eni-model-parameters.ts';
import { fontSize, panelSize, type CellGrid, type CellRange, type EniModelFrame, type Label } from './layout.ts';

// A tenth of a unit: finer than any screen shows at these sizes, and stable in snapshots.
const n = (value: number) => String(Math.round(value * 10) / 10);

const cellStrings = new WeakMap<CellGrid, string[]>();

/** The cells [from, to) of a grid as one path: a square per cell. */
export function cellsPath(grid: CellGrid, from: number, to: number): string {
  let strings = cellStrings.get(grid);
  if (!strings) {
    const size = n(grid.size);
    strings = Array.from(grid.xs, (x, i) => `M${n(x)} ${n(grid.ys[i]!)}h${size}v${size}h-${size}z`);
    cellStrings.set(grid, strings);
  }
  return strings.slice(from, to).join('');
}

export const labelKeys = ['concurrency', 'concurrent', 'environments', 'overflow', 'enis', 'subnet', 'subnetScale'] as const;

const label = (key: string, text: Label | undefined) =>
  `<text data-mark="label-${key}" class="em-label" x="${n(text?.x ?? 0)}" y="${n(text?.y ?? 0)}"${text?.anchor === 'middle' ? ' text-anchor="middle"' : ''}>${escapeXml(text?.text ?? '')}</text>`;

const cells = (part: string, grid: CellGrid, ranges: CellRange[]) =>
  ranges.map((range) => `<path data-mark="${part}-${range.state}" class="em-${part}-${range.state}" d="${cellsPath(grid, range.from, range.to)}"/>`).join('');

const rect = (box: { x: number; y: number; width: number; height: number }) => `x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}"`;

export interface PanelText {
  /** The accessible name, and the numbers the panel shows, for readers who cannot see it. */
  title: string;
  desc: string;
}

export function eniModelPanelMarks(frame: EniModelFrame, text: PanelText): string {
  const { width, height } = panelSize;
  return (
    `<svg class="eni-model-svg" data-model="${frame.model}" viewBox="0 0 ${width} ${height}" font-size="${fontSize}" role="img">` +
    `<title>${escapeXml(text.title)}</title><desc data-mark="desc">${escapeXml(text.desc)}</desc>` +
    `<rect class="em-track" ${rect(frame.track)}/>` +
    `<rect data-mark="bar" class="em-bar" ${rect(frame.bar)}/>` +
    `<line data-mark="flow" class="em-flow" x1="${n(frame.flow.x1)}" x2="${n(frame.flow.x2)}" y1="${n(frame.flow.y)}" y2="${n(frame.flow.y)}" stroke-width="${n(frame.flow.width)}" stroke-dashoffset="${n(frame.flow.offset)}"/>` +
    (frame.workers ? `<path data-mark="workers" class="em-workers" d="${cellsPath(frame.workers.grid, 0, frame.workers.shown)}"/>` : '') +
    cells('environments', frame.environments.grid, frame.environments.ranges) +
    (frame.hyperplane ? `<rect class="em-hyperplane" ${rect(frame.hyperplane)} rx="6"/>${label('hyperplane', frame.hyperplane.label)}` : '') +
    cells('enis', frame.enis.grid, frame.enis.ranges) +
    cells('subnet', frame.subnet.grid, frame.subnet.ranges) +
    labelKeys.map((key) => label(key, frame.labels[key])).join('') +
    `</svg>`
  );
}

export interface ReadoutWords {
  environments: string;
  workers: string;
  enis: string;
  ips: string;
  errorsTotal: string;
}

/** The panel's numbers in words, for its <desc>: what a screen reader or a text-only client gets. */
export function panelDescription(sample: ModelSample, parameters: EniModelParameters, words: ReadoutWords): string {
  return [
    `${words.environments} ${count(sample.environments)}`,
    ...(sample.workers ? [`${words.workers} ${count(sample.workers)}`] : []),
    `${words.enis} ${count(sample.enis)}/${count(parameters.eniQuota)}`,
    `${words.ips} ${count(sample.ipsInUse)}`,
    `${words.errorsTotal} ${count(errorTotal(sample.errors))}`,
  ].join(' · ');
}

/**
 * One panel of the ENI model at one moment, as geometry: the concurrency bar, the execution
 * environments (in their workers before Hyperplane, in one shared pool after), the ENIs and the
 * customer subnet as its addresses. Pure: the build lays out the end of a run, the browser every
 * frame of it, with this same function.
 *
 * Sets of cells (environments, ENIs, addresses) are grids whose cells change state by index
 * range (the busy environments come first, the starting ones last), so a frame is a few ranges
 * over grids that stay put while the counts that size them do not change.
 */
import { count, fill } from '../../i18n/format.ts';
import { subnetAddresses } from '../../lib/eni-capacity.ts';
import type { EniModelParameters, NetworkModel } from '../../lib/eni-model-parameters.ts';
import type { ModelSample } from '../../lib/eni-model.ts';

export const panelSize = { width: 520, height: 250 };
/** Every word in the panel is drawn at this size (viewBox units). */
export const fontSize = 16;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Label {
  x: number;
  y: number;
  text: string;
  anchor?: 'start' | 'middle';
}

/** Square cells at fixed places; `key` names the geometry, so drawings of it can be reused. */
export interface CellGrid {
  key: string;
  size: number;
  xs: Float32Array;
  ys: Float32Array;
  /** Set when the cells fill rows of equal steps from (x0, y0): a run of them is then a few rectangles. */
  rows?: RowGrid;
}

export interface RowGrid {
  x0: number;
  y0: number;
  step: number;
  columns: number;
  count: number;
}

/** The cells [from, to) of a grid, drawn in one state. */
export interface CellRange {
  state: string;
  from: number;
  to: number;
}

export interface EniModelFrame {
  model: NetworkModel;
  labels: { concurrency: Label; environments: Label; enis: Label; subnet: Label; subnetScale?: Label; concurrent: Label; overflow?: Label };
  track: Rect;
  bar: Rect;
  flow: { x1: number; x2: number; y: number; width: number; offset: number };
  /** Worker boxes (before Hyperplane); the Hyperplane box (after). */
  workers?: { grid: CellGrid; shown: number };
  hyperplane?: Rect & { label: Label };
  environments: { grid: CellGrid; ranges: CellRange[] };
  enis: { grid: CellGrid; ranges: CellRange[] };
  subnet: { grid: CellGrid; ranges: CellRange[] };
}

export interface PanelWords {
  concurrency: string;
  /** `{n}`: environments per 3 GB worker. */
  workerEnvironments: string;
  sharedEnvironments: string;
  subnet: string;
  subnets: string;
  perCell: string;
  moreWorkers: string;
}


const grids = new Map<string, CellGrid>();

/** A grid of `count` cells in rows of `columns`, each `step` apart; built once per geometry. */
function grid(key: string, count: number, place: (i: number) => [number, number], size: number, rows?: Omit<RowGrid, 'count'>): CellGrid {
  const id = `${key}:${count}:${size}`;
  let found = grids.get(id);
  if (!found) {
    const xs = new Float32Array(count);
    const ys = new Float32Array(count);
    for (let i = 0; i < count; i++) [xs[i], ys[i]] = place(i);
    found = { key: id, size, xs, ys, ...(rows ? { rows: { ...rows, count } } : {}) };
    // A run's frames need a handful of geometries; a reader trying scenarios makes more.
    if (grids.size > 200) grids.clear();
    grids.set(id, found);
  }
  return found;
}

const rowMajor = (x0: number, y0: number, step: number, columns: number) => (i: number): [number, number] => [x0 + (i % columns) * step, y0 + Math.floor(i / columns) * step];

/** A grid of `count` cells in rows of `columns`, `step` apart, each `size` wide. */
const rowGrid = (key: string, count: number, x0: number, y0: number, step: number, columns: number, size: number) =>
  grid(key, count, rowMajor(x0, y0, step, columns), size, { x0, y0, step, columns });

/** Environments by index: busy ones first, then idle, then those still starting (the newest). */
function environmentRanges(shown: number, environments: number, concurrent: number, starting: number): CellRange[] {
  const startingFrom = Math.min(shown, Math.max(0, environments - starting));
  const busyTo = Math.min(concurrent, startingFrom);
  return [
    { state: 'busy', from: 0, to: busyTo },
    { state: 'idle', from: busyTo, to: startingFrom },
    { state: 'starting', from: startingFrom, to: shown },
  ];
}

const area = { x: 80, y: 28, width: 224, height: 194 };
/** The column of ENIs and the subnet. */
const right = 324;

export function eniModelFrame(
  model: NetworkModel,
  parameters: EniModelParameters,
  peakClients: number,
  sample: ModelSample,
  t: number,
  words: PanelWords,
): EniModelFrame {
  const p = parameters;
  // The bar's scale: the load's peak, or the account's limit if lower.
  const scaleTop = Math.max(1, Math.min(Math.max(p.accountConcurrency, 1), peakClients));
  const track = { x: 8, y: area.y, width: 40, height: area.height };
  const barHeight = (Math.min(sample.concurrent, scaleTop) / scaleTop) * track.height;
  const part = model === 'before' ? workersPart(p, sample, words) : poolPart(sample, words);
  const subnet = subnetPart(p, sample.ipsInUse, words);
  return {
    model,
    labels: {
      concurrency: { x: 0, y: fontSize, text: words.concurrency },
      concurrent: { x: track.x + track.width / 2, y: panelSize.height - 4, text: count(sample.concurrent), anchor: 'middle' },
      enis: { x: right, y: fontSize, text: `ENI ${count(sample.enis)}/${count(p.eniQuota)}` },
      ...part.labels,
      ...subnet.labels,
    },
    track,
    bar: { x: track.x, y: track.y + track.height - barHeight, width: track.width, height: barHeight },
    // Requests flow in as dashes moving at the pace of the run, as thick as the load.
    flow: {
      x1: 52,
      x2: 76,
      y: area.y + area.height / 2,
      width: sample.concurrent > 0 ? Math.max(2, Math.min(8, (sample.concurrent / scaleTop) * 8)) : 0,
      offset: -((t * 30) % 10),
    },
    workers: part.workers,
    hyperplane: part.hyperplane,
    environments: part.environments,
    enis: eniCells(sample.enis, sample.enisReady),
    subnet: subnet.subnet,
  };
}

interface Part {
  workers?: EniModelFrame['workers'];
  hyperplane?: EniModelFrame['hyperplane'];
  environments: EniModelFrame['environments'];
  labels: Pick<EniModelFrame['labels'], 'environments' | 'overflow'>;
}

// Below 22 units an environment's square is too small to read on a slide: the rest are counted in words.
const workerBoxes = [70, 52, 40, 30, 22];

function workersPart(p: EniModelParameters, sample: ModelSample, words: PanelWords): Part {
  // As the simulation packs them (slide 12's formula): environment i runs on worker ⌊i × memory ÷ 3 GB⌋,
  // so at 2,048 MB three environments share two workers. A box has room for the most it can hold.
  const share = p.memoryMb / p.workerMemoryMb;
  const workerOf = (e: number) => Math.floor(e * share + 1e-9);
  const firstOn = (w: number) => Math.ceil(w / share - 1e-9);
  const slots = Math.max(1, Math.ceil(1 / share - 1e-9));
  // Few workers are drawn large, many small: the largest box that fits them all, or the smallest.
  const fits = (box: number) => Math.floor(area.width / (box + 3)) * Math.floor(area.height / (box + 3));
  const box = workerBoxes.find((size) => fits(size) >= sample.workers) ?? workerBoxes.at(-1)!;
  const step = box + 3;
  const columns = Math.floor(area.width / step);
  const capacity = columns * Math.floor(area.height / step);
  const shown = Math.min(sample.workers, capacity);
  const side = Math.ceil(Math.sqrt(slots));
  // Whole units where the box allows: crisp edges, and paths that compress.
  const cell = (box - 4) / side >= 3 ? Math.floor((box - 4) / side) : (box - 4) / side;
  const boxAt = rowMajor(area.x, area.y, step, columns);
  const environmentsShown = Math.min(sample.environments, firstOn(shown));
  return {
    workers: { grid: grid(`worker-${box}`, capacity, boxAt, box), shown },
    environments: {
      grid: grid(`worker-${box}-env-${p.memoryMb}`, firstOn(capacity), (e) => {
        const worker = workerOf(e);
        const [x, y] = boxAt(worker);
        const slot = e - firstOn(worker);
        return [x + 2 + (slot % side) * cell, y + 2 + Math.floor(slot / side) * cell];
      }, cell >= 3 ? cell - 1 : Math.max(cell - 0.5, 0.8)),
      ranges: environmentRanges(environmentsShown, sample.environments, sample.concurrent, sample.starting),
    },
    labels: {
      environments: { x: area.x, y: fontSize, text: fill(words.workerEnvironments, { n: String(Math.round((1 / share) * 10) / 10) }) },
      ...(sample.workers > shown ? { overflow: { x: area.x, y: panelSize.height - 4, text: fill(words.moreWorkers, { n: count(sample.workers - shown) }) } } : {}),
    },
  };
}

function poolPart(sample: ModelSample, words: PanelWords): Part {
  const pool = { ...area, width: 140 };
  // The cell shrinks as the pool grows, in whole units so a frame reuses the last one's grid.
  const cell = Math.max(3, Math.min(12, Math.floor(Math.sqrt((pool.width * pool.height) / Math.max(sample.environments, 1)))));
  const columns = Math.floor(pool.width / cell);
  const capacity = columns * Math.floor(pool.height / cell);
  const shown = Math.min(sample.environments, capacity);
  return {
    environments: {
      grid: rowGrid(`pool-${cell}`, capacity, pool.x, pool.y, cell, columns, cell - 1),
      ranges: environmentRanges(shown, sample.environments, sample.concurrent, sample.starting),
    },
    hyperplane: { x: 226, y: 64, width: 96, height: 44, label: { x: 274, y: 92, text: 'Hyperplane', anchor: 'middle' } },
    labels: { environments: { x: area.x, y: fontSize, text: words.sharedEnvironments } },
  };
}

/** Up to 312 ENIs, 24 a row (13 rows: the subnet's labels sit below them); the ones still being created are pale, as the console's "pending". */
function eniCells(enis: number, ready: number) {
  const shown = Math.min(enis, 312);
  return {
    grid: rowGrid('eni', 312, right, 28, 8, 24, 6),
    ranges: [
      { state: 'ready', from: 0, to: Math.min(ready, shown) },
      { state: 'pending', from: Math.min(ready, shown), to: shown },
    ],
  };
}

/** The first subnet as its addresses (up to 1,024 cells; a cell stands for several in a larger one). */
function subnetPart(p: EniModelParameters, ipsInUse: number, words: PanelWords) {
  const { total, reserved } = subnetAddresses(p.subnetPrefixLength);
  const cells = Math.min(total, 1024);
  const perCell = total / cells;
  const side = Math.ceil(Math.sqrt(cells));
  const step = Math.max(1, Math.floor(80 / side));
  const y0 = panelSize.height - side * step;
  // ENIs take the first subnet's addresses after the 5 AWS reserves.
  const reservedCells = Math.ceil(reserved / perCell);
  const used = Math.ceil(Math.min(ipsInUse / Math.max(p.subnetCount, 1), total - reserved) / perCell);
  const name = fill(words.subnet, { prefix: p.subnetPrefixLength }) + (p.subnetCount > 1 ? fill(words.subnets, { n: p.subnetCount }) : '');
  return {
    subnet: {
      grid: rowGrid(`subnet-${side}-${step}`, cells, right, y0, step, side, Math.max(step - (step > 2 ? 1 : 0), 1)),
      ranges: [
        { state: 'reserved', from: 0, to: reservedCells },
        { state: 'used', from: reservedCells, to: reservedCells + used },
        { state: 'free', from: reservedCells + used, to: cells },
      ],
    },
    labels: {
      subnet: { x: right, y: y0 - (perCell > 1 ? 28 : 8), text: name },
      ...(perCell > 1 ? { subnetScale: { x: right, y: y0 - 8, text: fill(words.perCell, { n: perCell }) } } : {}),
    },
  };
}

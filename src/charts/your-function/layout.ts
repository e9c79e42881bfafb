/**
 * The map of one subnet as geometry: memory across, one band for each size Lambda offered (128 MB
 * to 3,008 MB in steps of 64), peak concurrency up (0 to 3,000); each band split where the limit
 * met first stops the function, and coloured by that limit above it. Plain arithmetic rather than
 * d3-scale: the browser redraws the maps as the reader drags, and should carry no scale library.
 */
import { count, fill } from '../../i18n/format.ts';
import { subnetAddresses } from '../../lib/eni-capacity.ts';
import { accountConcurrency2019, firstLimit, limitMet, type Architecture, type FunctionLimits, type Limit } from '../../lib/limit-map.ts';
import { memoryMb } from '../../lib/eni-limits.ts';
import type { ReaderFunction } from '../runtime/reader-function.ts';
import type { YourFunctionStrings } from '../../i18n/your-function.ja.ts';

/** The subnets the map draws before Hyperplane; after it, one panel stands for them all. */
export const mapPrefixes = [24, 22, 20] as const;
export const memoryStep = 64;
export const concurrencyMax = 3000;

export const panelSize = { width: 310, height: 220, top: 30, right: 20, bottom: 34, left: 50 };

/** The memory sizes a band stands for: 128, 192 … 3,008. */
export const memorySizes = Array.from({ length: (memoryMb.max - memoryMb.min) / memoryStep + 1 }, (_, i) => memoryMb.min + i * memoryStep);

export type Region = Limit | 'none';

export interface Band {
  memory: number;
  x0: number;
  x1: number;
  /** Where the function stops fitting: the concurrency the limit met first allows (never past the account's 1,000). */
  y: number;
  limit: Limit;
}

export interface MapPanel {
  architecture: Architecture;
  /** The subnet it is drawn for (after Hyperplane, any: a /24 stands for all). */
  prefix: number;
  title: string;
  /** The panel of the reader's own subnet. */
  yours: boolean;
  bands: Band[];
  plot: { left: number; right: number; top: number; bottom: number };
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  marker: { x: number; y: number; region: Region };
  desc: string;
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

export function mapPanel(state: ReaderFunction, architecture: Architecture, prefix: number, words: YourFunctionStrings): MapPanel {
  const { width, height, top, right, bottom, left } = panelSize;
  const plot = { left, right: width - right, top, bottom: height - bottom };
  // A band is centred on its size, so the axis runs half a step past each end.
  const [lowMb, highMb] = [memoryMb.min - memoryStep / 2, memoryMb.max + memoryStep / 2];
  const x = (mb: number) => plot.left + ((mb - lowMb) / (highMb - lowMb)) * (plot.right - plot.left);
  const y = (concurrency: number) => plot.bottom - (clamp(concurrency, 0, concurrencyMax) / concurrencyMax) * (plot.bottom - plot.top);
  const limits: FunctionLimits = { subnetPrefixLength: prefix, eniQuota: state.quota, accountConcurrency: accountConcurrency2019 };
  const bands = memorySizes.map((memory): Band => {
    const first = firstLimit(memory, limits, architecture);
    return { memory, x0: x(memory - memoryStep / 2), x1: x(memory + memoryStep / 2), y: y(first.at), limit: first.limit };
  });
  const t = words.map;
  const usable = subnetAddresses(prefix).usable;
  const title = architecture === 'before' ? fill(t.before, { prefix, usable }) : t.after;
  const yours = architecture === 'before' && prefix === state.subnet;
  const region = limitMet(state.memory, state.concurrency, limits, architecture);
  const edges = [128, 1024, 2048, 3008].map((memory) => {
    const first = firstLimit(memory, limits, architecture);
    return fill(t.edge, { memory, limit: t.regions[first.limit], at: first.at });
  });
  return {
    architecture,
    prefix,
    title: yours ? fill(t.yours, { title }) : title,
    yours,
    bands,
    plot,
    xTicks: [128, 1024, 2048, 3008].map((mb) => ({ x: x(mb), label: count(mb) })),
    yTicks: [0, 1000, 2000, 3000].map((concurrency) => ({ y: y(concurrency), label: count(concurrency) })),
    marker: { x: x(clamp(state.memory, memoryMb.min, memoryMb.max)), y: y(state.concurrency), region },
    desc: fill(t.desc, {
      edges: edges.join(t.edgeSeparator),
      memory: state.memory,
      concurrency: state.concurrency,
      yours: region === 'none' ? t.yoursFits : fill(t.yoursMeets, { limit: t.regions[region] }),
    }),
  };
}

/** The map's panels for a reader's function: the three subnets before Hyperplane, then one after it. */
export const mapPanels = (state: ReaderFunction, words: YourFunctionStrings): MapPanel[] => [
  ...mapPrefixes.map((prefix) => mapPanel(state, 'before', prefix, words)),
  // After Hyperplane a function in any of these subnets holds one ENI: the /24 stands for all three.
  mapPanel(state, 'after', 24, words),
];

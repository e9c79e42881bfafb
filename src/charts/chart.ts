/**
 * What every chart declares about itself, in one shape: the registry lists them, and routes, the
 * gallery, the static images and the tests read them. A chart's folder holds its `chart.ts`.
 */
import type { Strings } from '../i18n/strings.ts';
import type { Locale } from '../lib/locales.ts';
import type { HeyRun } from '../lib/hey-run.ts';

/** What a reader is looking at: recorded numbers, a reconstruction, a model, a calculation or a drawing. */
export type ChartNature = 'recorded' | 'reconstruction' | 'model' | 'calculation' | 'diagram';

/** One drawing of a static image: SVG markup and the size it is placed at. */
export interface Drawing {
  markup: string;
  width: number;
  height: number;
  /** A line over the drawing, e.g. which run a row is. */
  label?: string;
  /** Colours a drawing by the architecture it shows. */
  model?: 'before' | 'after';
}

/** A chart as a standalone .svg: its drawings stacked, the caveats its page shows beside them. */
export interface StaticImage {
  drawings: Drawing[];
  /** Classes the file's root takes, for the chart's styles. */
  classes: string;
  model?: 'before' | 'after';
  notes?: string[];
}

export interface Chart {
  id: string;
  title: string;
  nature: ChartNature;
  /** The talk's slide it belongs to. */
  slide?: number;
  /** Files to download, relative to the site's base. */
  data: { label: string; path: string }[];
  /** The URL query its own page reads (documented in the gallery). */
  query?: string[];
  /** The component that draws it on its own page, with its props (drawnBy checks one against the other). */
  render: ChartRender;
  /** Its folder's styles and those it uses (src/charts/styles.ts), which its page inlines, and no other chart's. */
  styles: string;
  image: () => StaticImage | Promise<StaticImage>;
}

/** A chart as its folder declares it: the registry adds what the folder itself says (its styles). */
export type DeclaredChart = Omit<Chart, 'styles'>;

/** A component and the props it is drawn with, paired where their types can be checked. */
export interface ChartRender {
  Component: (props: Record<string, unknown>) => unknown;
  props: Record<string, unknown>;
}

/** Pairs an Astro component with its props: a prop it does not take, or one it lacks, fails `astro check`. */
export function drawnBy<Props extends Record<string, unknown>>(Component: (props: Props) => unknown, props: Props): ChartRender {
  // Past this point the pair travels together and is only ever drawn together.
  return { Component: Component as ChartRender['Component'], props };
}

/** What a chart folder gets to declare its charts with. */
export interface ChartContext {
  locale: Locale;
  words: Strings;
  /** The recorded hey runs the talk showed, in the order of its slides. */
  talkRuns: HeyRun[];
}

export const runData = (run: HeyRun) => [
  { label: `${run.id}.json`, path: `/data/${run.id}.json` },
  { label: `${run.id}.csv`, path: `/data/${run.id}.csv` },
];

/** Places a drawing's markup at its size (the marks leave size to their container). */
export const sized = (markup: string, width: number, height: number): string => `<svg width="${width}" height="${height}"${markup.slice('<svg'.length)}`;

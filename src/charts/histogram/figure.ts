/**
 * A hey histogram as a whole figure: the SVG marks, a caption saying what it is, and the buckets
 * as a table. The build places it in slides, the reading page and embeds; the import page draws
 * a reader's own run with it in the browser, so both show the same chart and table.
 */
import { count, fill } from '../../i18n/format.ts';
import type { HeyRun } from '../../lib/hey-run.ts';
import type { Strings } from '../../i18n/strings.ts';
import { sized, type Drawing } from '../chart.ts';
import { el, text } from '../svg.ts';
import { histogramLayout, type HistogramLayout, type HistogramOptions } from './layout.ts';
import { histogramMarks, histogramText } from './marks.ts';

/** The words a histogram figure and a comparison are written with: a part of a dictionary. */
export type HistogramWords = Pick<Strings, 'charts' | 'date' | 'separator'>;
/** The words a replay adds. */
export type ChartWords = HistogramWords & Pick<Strings, 'replay' | 'seconds' | 'secondsUnit'>;

export interface HistogramFigureOptions extends HistogramOptions {
  /** Unique on its page. */
  id: string;
  caption?: boolean;
  /** The buckets as a table; a slide leaves it out (its hey output beside the chart holds the same numbers). */
  table?: boolean;
  className?: string;
  /** What the caption calls the figures: as recorded, unless said otherwise. */
  nature?: string;
}

export function histogramFigure(run: HeyRun, words: HistogramWords, options: HistogramFigureOptions): string {
  const { id, caption = true, table = true, className, nature, ...layoutOptions } = options;
  const histogram = run.report.histogram;
  if (!histogram) throw new Error(`Histogram: run ${run.id} has no histogram to draw`);
  const layout = histogramLayout(histogram, layoutOptions);
  const t = words.charts;
  const figureWords = histogramText(run, words, id);
  return el(
    'figure',
    { class: ['chart', 'histogram', className].filter(Boolean).join(' '), 'data-chart': `histogram-${run.id}`, 'data-model': run.model },
    histogramMarks(layout, figureWords),
    caption &&
      el(
        'figcaption',
        {},
        text([figureWords.title, run.model && t.model[run.model], nature ?? t.recorded].filter(Boolean).join(words.separator)),
        run.slide ? text(` (${fill(t.slide, { n: run.slide })})`) : '',
      ),
    table && histogramTable(layout, figureWords.title, words),
  );
}

export function histogramTable(layout: HistogramLayout, title: string, words: HistogramWords): string {
  const t = words.charts;
  return el(
    'details',
    { class: 'chart-data' },
    el('summary', {}, text(t.dataTable)),
    el(
      'table',
      {},
      el('caption', {}, text(title)),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, text(t.bucket)), el('th', { scope: 'col' }, text(t.count)))),
      el(
        'tbody',
        {},
        ...layout.bars.map((bar) =>
          el(
            'tr',
            {},
            el('th', { scope: 'row' }, text(bar.index === 0 ? bar.to.toFixed(3) : `${bar.from.toFixed(3)} 〜 ${bar.to.toFixed(3)}`)),
            el('td', { 'data-bucket': bar.index }, text(count(bar.count))),
          ),
        ),
      ),
    ),
  );
}

/** A run's histogram as a drawing for a static image (the .svg files, and a reader's download). */
export function histogramDrawing(words: HistogramWords, run: HeyRun, options: HistogramOptions = { width: 600, height: 300 }): Drawing {
  const layout = histogramLayout(run.report.histogram!, options);
  const markup = histogramMarks(layout, histogramText(run, words, `static-${run.id}`));
  return { markup: sized(markup, layout.width, layout.height), width: layout.width, height: layout.height, model: run.model };
}

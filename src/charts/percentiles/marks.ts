/**
 * The percentile chart as SVG: the axes, a line and points per run (the reader's run over the
 * talk's), and each line's name at its end. The numbers are in the figure's table and description.
 */
import { el, text } from '../svg.ts';
import type { PercentileLayout } from './layout.ts';

export interface PercentileMarkWords {
  title: string;
  description: string;
  percentileAxis: string;
  latencyAxis: string;
  seconds: (seconds: number) => string;
}

/** 0.05 s, 1 s, 20 s: a tick's latency as short as it reads. */
const short = (seconds: number) => (seconds >= 1 ? String(seconds) : String(Number(seconds.toPrecision(2))));

export function percentileMarks(layout: PercentileLayout, words: PercentileMarkWords, id: string): string {
  const { plot, width, height } = layout;
  const axes = el(
    'g',
    { class: 'axis', 'aria-hidden': 'true' },
    ...layout.yTicks.map((tick) => el('g', {}, el('line', { x1: plot.left, x2: plot.right, y1: tick.y, y2: tick.y, class: 'grid' }), el('text', { x: plot.left - 6, y: tick.y, 'text-anchor': 'end', 'dominant-baseline': 'middle' }, text(words.seconds(Number(short(tick.seconds))))))),
    ...layout.xTicks.map((tick) => el('g', {}, el('line', { x1: tick.x, x2: tick.x, y1: plot.top, y2: plot.bottom, class: 'grid' }), el('text', { x: tick.x, y: plot.bottom + 16, 'text-anchor': 'middle' }, text(tick.label)))),
    el('text', { x: (plot.left + plot.right) / 2, y: height - 2, 'text-anchor': 'middle', class: 'axis-title' }, text(words.percentileAxis)),
    el('text', { x: 12, y: (plot.top + plot.bottom) / 2, 'text-anchor': 'middle', transform: `rotate(-90 12 ${(plot.top + plot.bottom) / 2})`, class: 'axis-title' }, text(words.latencyAxis)),
  );
  // The talk's runs first, so the reader's is drawn over them.
  const lines = [...layout.lines].sort((a, b) => Number(a.yours) - Number(b.yours)).map((line, i) =>
    el(
      'g',
      { class: line.yours ? 'percentile-line yours' : `percentile-line talk talk-${i}`, 'aria-hidden': 'true' },
      el('path', { d: line.points.map((p, j) => `${j ? 'L' : 'M'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join('') }),
      // A range where only a histogram is known: a bar from the bucket's low edge to its high one.
      ...line.points.map((p) =>
        p.low === undefined ? el('circle', { cx: p.x, cy: p.y, r: line.yours ? 3.5 : 2.5 }) : el('line', { class: 'range', x1: p.x, x2: p.x, y1: p.low, y2: p.y }),
      ),
    ),
  );
  return el(
    'svg',
    { class: 'percentile-svg', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': `${id}-title`, 'aria-describedby': `${id}-desc` },
    el('title', { id: `${id}-title` }, text(words.title)),
    el('desc', { id: `${id}-desc` }, text(words.description)),
    axes,
    ...lines,
  );
}

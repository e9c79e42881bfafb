/** Slide 22's timeline as SVG markup: the axis (with its break, if it has two scales), and every event with its leader. */
import { talk } from '../../lib/talk.ts';
import { el, text } from '../svg.ts';
import type { RolloutLayout } from './layout.ts';

export interface RolloutText {
  id: string;
  title: string;
  description: string;
  /** Event labels' font size: the wide drawing's is larger. */
  fontSize: number;
  tickSize: number;
  tickAnchor: 'middle' | 'end';
  className: string;
}

export function rolloutMarks(layout: RolloutLayout, words: RolloutText): string {
  const size = words.fontSize;
  return el(
    'svg',
    { class: `diagram-svg ${words.className}`, viewBox: `-4 -4 ${layout.width + 8} ${layout.height + 8}`, role: 'img', 'aria-labelledby': `${words.id}-title ${words.id}-desc` },
    el('title', { id: `${words.id}-title` }, text(words.title)),
    el('desc', { id: `${words.id}-desc` }, text(words.description)),
    el(
      'g',
      { class: 'r-axis' },
      ...layout.segments.map((segment) => el('line', { x1: segment.x1, y1: segment.y1, x2: segment.x2, y2: segment.y2 })),
      layout.breakAt && el('text', { class: 'r-break', x: layout.breakAt.x, y: layout.breakAt.y + 6, 'text-anchor': 'middle', 'font-size': 18 }, '≈'),
      ...layout.ticks.map((tick) => el('text', { class: 'r-tick', x: tick.x, y: tick.y, 'text-anchor': words.tickAnchor, 'font-size': words.tickSize }, text(tick.label))),
    ),
    ...layout.labels.map((label) =>
      el(
        'g',
        // What happened after the talk is told apart from what the talk could show.
        { class: `r-event r-${label.event.kind}${label.event.date > talk.date ? ' r-after-talk' : ''}` },
        el('line', { class: 'r-leader', x1: label.leader.x1, y1: label.leader.y1, x2: label.leader.x2, y2: label.leader.y2 }),
        el('circle', { cx: label.at.x, cy: label.at.y, r: label.event.kind === 'talk' ? 7 : 5 }),
        el(
          'text',
          { x: label.x, y: label.y, 'font-size': size, 'text-anchor': label.anchor },
          el('tspan', { class: 'r-date', x: label.x }, text(label.dateLine)),
          ...label.lines.map((line) => el('tspan', { x: label.x, dy: size * 1.25 }, text(line))),
        ),
      ),
    ),
  );
}

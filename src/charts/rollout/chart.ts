/** Slide 22's rollout timeline, with every region's completion date. */
import { drawnBy, sized, type DeclaredChart, type ChartContext } from '../chart.ts';
import { rolloutDrawings } from './drawings.ts';
import { rolloutMarks } from './marks.ts';
import Rollout from './Rollout.astro';

export function rolloutCharts({ locale, words }: ChartContext): DeclaredChart[] {
  return [
    {
      id: 'rollout',
      title: words.diagrams.rollout.title,
      nature: 'diagram',
      slide: 22,
      data: [{ label: 'rollout.json', path: '/data/rollout.json' }],
      render: drawnBy(Rollout, {}),
      image: () => ({
        drawings: rolloutDrawings(locale, words, ['wide']).drawings.map(({ layout, text }) => {
          const [width, height] = [layout.width + 8, layout.height + 8];
          return { markup: sized(rolloutMarks(layout, text), width, height), width, height };
        }),
        classes: 'diagram rollout',
        notes: [words.diagrams.rollout.scaleBreak, words.diagrams.rollout.afterTalk],
      }),
    },
  ];
}

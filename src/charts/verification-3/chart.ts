/** Verification 3 (slides 32–36) as a model: the recorded charts were screenshots. */
import { drawnBy, sized, type DeclaredChart, type ChartContext } from '../chart.ts';
import { verification3Marks } from './marks.ts';
import { verification3Panels } from './panels.ts';
import Verification3Model from './Verification3Model.astro';

export function verification3Charts({ words }: ChartContext): DeclaredChart[] {
  const t = words.verification3;
  return [
    {
      id: 'verification-3-model',
      title: words.embed.verification3,
      nature: 'model',
      slide: 35,
      data: [],
      render: drawnBy(Verification3Model, {}),
      image: () => ({
        drawings: verification3Panels(words).map(({ layout, text }) => ({ markup: sized(verification3Marks(layout, text), layout.width, layout.height), width: layout.width, height: layout.height })),
        classes: 'chart verification-3',
        model: 'after',
        notes: [`${t.badge}: ${t.note}`],
      }),
    },
  ];
}

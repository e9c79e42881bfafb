/** "Predict, then see": the reading page's two questions, before slides 25 and 30, each a chart of its own. */
import { drawnBy, sized, type ChartContext, type DeclaredChart } from '../chart.ts';
import { enisQuestion, slowestQuestion, type PredictQuestion } from './figure.ts';
import { drawnHeight, predictMarks } from './marks.ts';
import Predict from './Predict.astro';

/** The static image is the answer, as a reader without JavaScript sees it: no handle, no guess. */
const answerImage = (q: PredictQuestion) => ({
  drawings: [{ markup: sized(predictMarks(q.layout, { ...q.text, id: `static-${q.id}` }), q.layout.width, drawnHeight(q.layout)), width: q.layout.width, height: drawnHeight(q.layout), model: q.model }],
  classes: 'chart predict',
  notes: [q.question, q.answer],
});

export function predictCharts({ words, talkRuns }: ChartContext): DeclaredChart[] {
  const run = (id: string) => talkRuns.find((r) => r.id === id)!;
  return [
    {
      id: 'predict-slowest',
      title: slowestQuestion(run('v1-2019-05-29'), words).title,
      nature: 'recorded',
      slide: 25,
      data: [{ label: 'v1-2019-05-29.json', path: '/data/v1-2019-05-29.json' }],
      render: drawnBy(Predict, { question: 'slowest' as const }),
      image: () => answerImage(slowestQuestion(run('v1-2019-05-29'), words)),
    },
    {
      id: 'predict-enis',
      title: enisQuestion(run('v2-2019-10-20'), words).title,
      nature: 'model',
      slide: 30,
      data: [],
      render: drawnBy(Predict, { question: 'enis' as const }),
      image: () => answerImage(enisQuestion(run('v2-2019-10-20'), words)),
    },
  ];
}

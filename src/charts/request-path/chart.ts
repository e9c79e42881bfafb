/** One request followed through both architectures (slide 13's commentary): a timeline from two records, the sources and stated assumptions. */
import { drawnBy, runData, sized, type ChartContext, type DeclaredChart } from '../chart.ts';
import { requestPath } from '../../lib/request-path.ts';
import { requestPathDrawings, requestPathRuns } from './figure.ts';
import { requestPathMarks } from './marks.ts';
import RequestPath from './RequestPath.astro';

export function requestPathCharts({ words, talkRuns }: ChartContext): DeclaredChart[] {
  const run = (id: string) => {
    const found = talkRuns.find((candidate) => candidate.id === id);
    if (!found) throw new Error(`request-path: no recorded run ${id} among the talk's runs`);
    return found;
  };
  const [before, after] = [run(requestPathRuns.before), run(requestPathRuns.after)];
  const t = words.requestPath;
  return [
    {
      id: 'request-path',
      title: t.title,
      nature: 'reconstruction',
      slide: 13,
      data: [...runData(before), ...runData(after)],
      render: drawnBy(RequestPath, {}),
      image: () => {
        const [{ layout, labels }] = requestPathDrawings(requestPath(before, after), words);
        return {
          drawings: [{ markup: sized(requestPathMarks(layout!, labels!), layout!.width, layout!.height), width: layout!.width, height: layout!.height }],
          classes: 'chart request-path',
          notes: [`${words.charts.reconstruction}: ${t.note}`, t.caption],
        };
      },
    },
  ];
}

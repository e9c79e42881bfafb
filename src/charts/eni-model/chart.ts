/** The ENI model before and after Hyperplane (slides 13 and 20), under a scenario from the URL. */
import { drawnBy, sized, type DeclaredChart, type ChartContext } from '../chart.ts';
import EniModel from './EniModel.astro';
import { panelSize } from './layout.ts';
import { panelFrame, panelFrameWords, panelTitle, runScenario } from './frame.ts';
import { defaultScenario, scenarioKeys } from './scenario.ts';

export function eniModelCharts({ words }: ChartContext): DeclaredChart[] {
  const t = words.eniModel;
  return [
    {
      id: 'eni-model',
      title: words.embed.eniModel,
      nature: 'model',
      slide: 13,
      data: [],
      query: [...scenarioKeys],
      render: drawnBy(EniModel, {}),
      // The same two panels the page draws, at the end of the default scenario, with the model's caveat.
      image: () => {
        const { panels, endSeconds } = runScenario(defaultScenario, ['before', 'after']);
        const frameWords = panelFrameWords(words);
        const drawings = panels.map((panel) => {
          const model = panel.run.model;
          const { markup, desc } = panelFrame(panel, endSeconds, frameWords, panelTitle(words, model));
          return { markup: sized(markup, panelSize.width, panelSize.height), ...panelSize, label: `${t.titles[model]}: ${desc}`, model };
        });
        return { drawings, classes: 'chart eni-model', notes: [t.static.note] };
      },
    },
  ];
}

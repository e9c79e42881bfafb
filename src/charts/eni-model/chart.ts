/** The ENI model before and after Hyperplane (slides 13 and 20), under a scenario from the URL. */
import { fill } from '../../i18n/strings.ts';
import { coldStartsAt, coldStartTimeline, sampleAt, simulate } from '../../lib/eni-model.ts';
import { drawnBy, sized, type DeclaredChart, type ChartContext } from '../chart.ts';
import EniModel from './EniModel.astro';
import { eniModelFrame, panelSize } from './layout.ts';
import { eniModelPanelMarks, panelDescription, readoutWords } from './marks.ts';
import { assumptions } from './assumptions.ts';
import { defaultScenario, scenarioModel } from './scenario.ts';

export function eniModelCharts({ words }: ChartContext): DeclaredChart[] {
  const t = words.eniModel;
  return [
    {
      id: 'eni-model',
      title: words.embed.eniModel,
      nature: 'model',
      slide: 13,
      data: [],
      query: ['preset', 'concurrency', 'memory', 'subnet', 'quota', 'account', 'burst', ...assumptions.map((assumption) => assumption.query)],
      render: drawnBy(EniModel, {}),
      // The same two panels the page draws, at the end of the default scenario, with the model's caveat.
      image: () => {
        const { profile, parameters } = scenarioModel(defaultScenario);
        const runs = (['before', 'after'] as const).map((model) => simulate(model, profile, parameters));
        // Both at the end of the longer run, as the page rests.
        const endSeconds = Math.max(...runs.map((run) => run.summary.endSeconds));
        const drawings = runs.map((run) => {
          const model = run.model;
          const end = sampleAt(run, endSeconds);
          const frame = eniModelFrame(model, run.parameters, profile.clientStarts.length, end, endSeconds, t.panel);
          const desc = panelDescription(end, run.parameters, coldStartsAt(coldStartTimeline(run), endSeconds), readoutWords(words));
          const markup = eniModelPanelMarks(frame, { title: fill(t.panelLabel, { title: t.titles[model] }), desc });
          return { markup: sized(markup, panelSize.width, panelSize.height), ...panelSize, label: `${t.titles[model]}: ${desc}`, model };
        });
        return { drawings, classes: 'chart eni-model', notes: [t.static.note] };
      },
    },
  ];
}

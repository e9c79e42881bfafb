/** Your function on the map (slide 12's commentary): slide 12's formula against 2019's limits, for the reader's own function. */
import { drawnBy, sized, type ChartContext, type DeclaredChart } from '../chart.ts';
import { readerFunction } from '../runtime/reader-function.ts';
import { mapPanels, panelSize } from './layout.ts';
import { mapMarks, sentenceValues } from './marks.ts';
import { fill } from '../../i18n/format.ts';
import { sliderNames, sliderOf } from './sliders.ts';
import YourFunction from './YourFunction.astro';

export function yourFunctionCharts({ words }: ChartContext): DeclaredChart[] {
  const t = words.yourFunction;
  return [
    {
      id: 'your-function',
      title: t.title,
      nature: 'calculation',
      slide: 12,
      data: [],
      query: [...readerFunction.keys],
      render: drawnBy(YourFunction, {}),
      // The file is slide 13's case: the sentence in its notes, the four maps stacked.
      image: () => {
        const state = readerFunction.defaults;
        const { width, height } = panelSize;
        const gap = 20;
        const grid =
          `<svg viewBox="0 0 ${2 * width + gap} ${2 * height + gap}">` +
          mapPanels(state, t)
            .map((panel, i) => mapMarks(panel, t).replace('<svg', `<svg x="${(i % 2) * (width + gap)}" y="${Math.floor(i / 2) * (height + gap)}" width="${width}" height="${height}"`))
            .join('') +
          '</svg>';
        const sliders = Object.fromEntries(sliderNames.map((name) => [name, sliderOf(name, state, t).text]));
        return {
          // The four maps two by two, as a page wider than a phone shows them, so the notes wrap at a reading width.
          drawings: [{ markup: sized(grid, 2 * width + gap, 2 * height + gap), width: 2 * width + gap, height: 2 * height + gap }],
          classes: 'chart your-function',
          notes: [fill(t.sentence, { ...sentenceValues(state, t), ...sliders }), `● ${t.legend.marker}`, fill(t.axes, { quota: state.quota }), t.caption],
        };
      },
    },
  ];
}

/** The recorded hey histograms of slides 25, 26 and 29, and slides 25 and 26 on one time axis. */
import type { HeyRun } from '../../lib/hey-run.ts';
import { fill, formatDate } from '../../i18n/strings.ts';
import { drawnBy, runData, type DeclaredChart, type ChartContext } from '../chart.ts';
import Histogram from './Histogram.astro';
import HistogramCompare from './HistogramCompare.astro';
import { compareScales } from './compare.ts';
import { histogramDrawing } from './figure.ts';

export function histogramCharts(context: ChartContext): DeclaredChart[] {
  const { locale, words, talkRuns } = context;
  const [before, after] = ['v1-2019-05-29', 'v1-2019-10-20'].map((id) => talkRuns.find((run) => run.id === id)!) as [HeyRun, HeyRun];
  return [
    ...talkRuns.map((run): DeclaredChart => ({
      id: `histogram-${run.id}`,
      title: fill(words.embed.histogram, { date: formatDate(run.date, locale) }),
      nature: 'recorded',
      slide: run.slide,
      data: runData(run),
      render: drawnBy(Histogram, { run }),
      image: () => ({ drawings: [histogramDrawing(words, run)], classes: 'chart histogram', model: run.model }),
    })),
    {
      id: 'histogram-v1-compare',
      title: words.embed.compare,
      nature: 'recorded',
      slide: 26,
      data: [...runData(before), ...runData(after)],
      render: drawnBy(HistogramCompare, { before, after }),
      image: () => {
        // Both rows on one time and count scale, as on the page; each keeps its architecture's colour.
        const { timeMax, countMax } = compareScales([before, after]);
        return {
          drawings: [before, after].map((run, i) => ({
            ...histogramDrawing(words, run, { width: 600, height: 170, timeMin: 0, timeMax, countMax, labels: 'nonzero' }),
            label: words.embed.compareLabels[i],
          })),
          classes: 'chart histogram',
        };
      },
    },
  ];
}

/** The replays of the talk's hey runs: reconstructions whose still image is the histogram they end on. */
import { fill, formatDate } from '../../i18n/strings.ts';
import { drawnBy, runData, type DeclaredChart, type ChartContext } from '../chart.ts';
import { histogramDrawing } from '../histogram/figure.ts';
import Replay from './Replay.astro';

export function replayCharts(context: ChartContext): DeclaredChart[] {
  return context.talkRuns.map((run) => ({
    id: `replay-${run.id}`,
    title: fill(context.words.embed.replay, { date: formatDate(run.date, context.locale) }),
    nature: 'reconstruction',
    slide: run.slide,
    data: runData(run),
    render: drawnBy(Replay, { run }),
    image: () => ({ drawings: [histogramDrawing(context.words, run)], classes: 'chart histogram', model: run.model }),
  }));
}

/**
 * A reader's run's percentiles over the talk's three runs: the import page draws it with its run,
 * the embed loads it only for another tool's run (a hey run's embed is its histogram, and stays light).
 */
import { fill } from '../../i18n/format.ts';
import type { HeyRun } from '../../lib/hey-run.ts';
import type { Strings } from '../../i18n/strings.ts';
import { sized, type Drawing } from '../../charts/chart.ts';
import { percentileDrawing, percentileFigure } from '../../charts/percentiles/figure.ts';
import type { PercentilePoint, PercentileSeries } from '../../charts/percentiles/layout.ts';

/** The talk's runs as the percentile chart takes them: a label, and where each percentile lies. */
export interface TalkPercentiles {
  label: string;
  percentiles?: PercentilePoint[];
}

export type PercentileChartWords = Pick<Strings, 'seconds'> & { charts: Pick<Strings['charts'], 'listSeparator'>; importer: Pick<Strings['importer'], 'percentileChart' | 'tools' | 'yoursSuccessful'> };

/** The percentiles drawn for a run: all its requests', or its successful ones' where the tool timed those apart. */
export function drawnPercentiles(run: HeyRun, successfulOnly = false) {
  const successful = successfulOnly ? run.report.successful : undefined;
  return { printed: (successful ?? run.report).latencyDistribution!, slowest: successful ? successful.slowestSeconds : run.report.summary?.slowestSeconds };
}

/** The lines drawn: the talk's runs, then the reader's percentiles (its slowest as the 100th, where printed). */
function seriesOf(run: HeyRun, words: PercentileChartWords, talkRuns: readonly TalkPercentiles[], successfulOnly: boolean): PercentileSeries[] {
  const t = words.importer;
  const { printed, slowest } = drawnPercentiles(run, successfulOnly);
  const drawn = slowest === undefined || printed.some((p) => p.percent === 100) ? printed : [...printed, { percent: 100, seconds: slowest }];
  return [
    ...talkRuns.filter((talk) => talk.percentiles?.length).map((talk) => ({ label: talk.label, percentiles: talk.percentiles! })),
    { label: fill(successfulOnly ? t.yoursSuccessful : t.percentileChart.yours, { tool: t.tools[run.provenance.tool ?? 'hey'] }), percentiles: drawn, yours: true },
  ];
}

const chartWords = (words: PercentileChartWords) => ({ ...words.importer.percentileChart, seconds: words.seconds, listSeparator: words.charts.listSeparator });
const size = (width: number) => ({ id: 'percentiles-your-run', width, height: Math.max(240, Math.round(width / 2)) });

/** The reader's run's percentiles over the talk's three runs, as a figure. */
export function yourRunPercentiles(run: HeyRun, words: PercentileChartWords, talkRuns: readonly TalkPercentiles[], width: number, successfulOnly = false): string {
  return percentileFigure(seriesOf(run, words, talkRuns, successfulOnly), chartWords(words), size(width));
}

/** The same chart as a static image's drawing, its legend in words (each line by the dash it is drawn with). */
export function yourRunPercentileDrawing(run: HeyRun, words: PercentileChartWords, talkRuns: readonly TalkPercentiles[], successfulOnly = false): { drawing: Drawing; legend: string[] } {
  const series = seriesOf(run, words, talkRuns, successfulOnly);
  const { markup, width, height } = percentileDrawing(series, chartWords(words), size(640));
  const dashes = ['– – ', '· · · ', '–·– '];
  return { drawing: { markup: sized(markup, width, height), width, height }, legend: series.map((s, i) => `${s.yours ? '━━ ' : dashes[i] ?? ''}${s.label}`) };
}

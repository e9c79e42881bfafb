/**
 * A reader's run's percentiles over the talk's three runs: the import page draws it with its run,
 * the embed loads it only for another tool's run (a hey run's embed is its histogram, and stays light).
 */
import { fill } from '../../i18n/format.ts';
import type { HeyRun } from '../../lib/hey-run.ts';
import type { Strings } from '../../i18n/strings.ts';
import { percentileFigure } from '../../charts/percentiles/figure.ts';
import type { PercentilePoint } from '../../charts/percentiles/layout.ts';

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

/** The reader's run's percentiles (its slowest as the 100th, where printed) over the talk's three runs. */
export function yourRunPercentiles(run: HeyRun, words: PercentileChartWords, talkRuns: readonly TalkPercentiles[], width: number, successfulOnly = false): string {
  const t = words.importer;
  const { printed, slowest } = drawnPercentiles(run, successfulOnly);
  const drawn = slowest === undefined || printed.some((p) => p.percent === 100) ? printed : [...printed, { percent: 100, seconds: slowest }];
  const series = [
    ...talkRuns.filter((talk) => talk.percentiles?.length).map((talk) => ({ label: talk.label, percentiles: talk.percentiles! })),
    { label: fill(successfulOnly ? t.yoursSuccessful : t.percentileChart.yours, { tool: t.tools[run.provenance.tool ?? 'hey'] }), percentiles: drawn, yours: true },
  ];
  return percentileFigure(series, { ...t.percentileChart, seconds: words.seconds, listSeparator: words.charts.listSeparator }, { id: 'percentiles-your-run', width, height: Math.max(240, Math.round(width / 2)) });
}


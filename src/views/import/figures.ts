/**
 * A reader's run drawn as the talk's runs are: alone (as pasted, or computed from a CSV as hey
 * computes it), or beside one of the talk's runs on one time axis. The import page and its embed
 * draw with these.
 */
import { compareFigure } from '../../charts/histogram/compare.ts';
import { histogramFigure, type HistogramWords } from '../../charts/histogram/figure.ts';
import { dateIn, fill } from '../../i18n/format.ts';
import type { HeyRun } from '../../lib/hey-run.ts';
import type { Strings } from '../../i18n/strings.ts';
import { importedRunId } from '../../lib/run-share.ts';
import { percentileFigure } from '../../charts/percentiles/figure.ts';
import type { PercentilePoint } from '../../charts/percentiles/layout.ts';

/** The talk's runs as the percentile chart takes them: a label, and where each percentile lies. */
export interface TalkPercentiles {
  label: string;
  percentiles?: PercentilePoint[];
}

export type PercentileChartWords = Pick<Strings, 'seconds'> & { charts: Pick<Strings['charts'], 'listSeparator'>; importer: Pick<Strings['importer'], 'percentileChart' | 'tools'> };

/** The reader's run's percentiles (its slowest as the 100th, where printed) over the talk's three runs. */
export function yourRunPercentiles(run: HeyRun, words: PercentileChartWords, talkRuns: readonly TalkPercentiles[], width: number): string {
  const t = words.importer;
  const printed = run.report.latencyDistribution!;
  const slowest = run.report.summary?.slowestSeconds;
  const drawn = slowest === undefined || printed.some((p) => p.percent === 100) ? printed : [...printed, { percent: 100, seconds: slowest }];
  const series = [
    ...talkRuns.filter((talk) => talk.percentiles?.length).map((talk) => ({ label: talk.label, percentiles: talk.percentiles! })),
    { label: fill(t.percentileChart.yours, { tool: t.tools[run.provenance.tool ?? 'hey'] }), percentiles: drawn, yours: true },
  ];
  return percentileFigure(series, { ...t.percentileChart, seconds: words.seconds, listSeparator: words.charts.listSeparator }, { id: 'percentiles-your-run', width, height: Math.round(width / 2) });
}

export type YourRunWords = HistogramWords & { importer: Pick<Strings['importer'], 'theTalk' | 'yourRun' | 'compareCaption' | 'histogramNature' | 'csvNature'> };

export function yourRunHistogram(run: HeyRun, words: YourRunWords, options: { id: string; width: number; height: number }): string {
  const t = words.importer;
  return histogramFigure(run, words, { ...options, id: `${importedRunId}-${options.id}`, nature: run.provenance.format === 'csv' ? t.csvNature : t.histogramNature });
}

export function yourRunBesideTalk(talkRun: HeyRun, run: HeyRun, words: YourRunWords, width: number): string {
  const t = words.importer;
  return compareFigure([{ run: talkRun, label: t.theTalk }, { run, label: t.yourRun }], words, {
    id: 'import-compare',
    caption: fill(t.compareCaption, { date: dateIn(talkRun.date, words.date), n: talkRun.slide ?? '' }),
    width,
    rowHeight: 170,
  });
}

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

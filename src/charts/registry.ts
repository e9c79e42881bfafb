/**
 * Every chart and diagram once, in the gallery's order. Routes (/embed/<id>/ and its .svg), the
 * gallery and the tests read this list. It is built from the chart folders (src/charts/<id>/index.ts,
 * in the order of chartFolderIds): adding a chart is its folder and one line there.
 */
import { getRuns } from '../runs.ts';
import type { Locale } from '../lib/locales.ts';
import { strings } from '../i18n/strings.ts';
import type { Chart, ChartContext } from './chart.ts';
import { chartFolderIds } from './folder.ts';
import { chartFolders } from './folders.ts';
import { cssOf, sheetsOf } from './styles.ts';

export type { Chart };

export async function chartsFor(locale: Locale): Promise<Chart[]> {
  const context: ChartContext = { locale, words: strings[locale], talkRuns: (await getRuns()).filter((run) => run.slide) };
  return chartFolderIds.flatMap((id) => {
    const styles = cssOf(sheetsOf(id, chartFolders));
    return chartFolders[id].charts(context).map((chart) => ({ ...chart, styles }));
  });
}

/**
 * Every chart and diagram once, in the gallery's order. Routes (/embed/<id>/ and its .svg), the
 * gallery and the tests read this list; adding a chart is its folder and one line here.
 */
import { getRuns } from '../runs.ts';
import type { Locale } from '../lib/locales.ts';
import { strings } from '../i18n/strings.ts';
import type { Chart, ChartContext } from './chart.ts';
import { histogramCharts } from './histogram/chart.ts';
import { replayCharts } from './replay/chart.ts';
import { capacityCharts } from './eni-capacity/chart.ts';
import { eniModelCharts } from './eni-model/chart.ts';
import { verification3Charts } from './verification-3/chart.ts';
import { rdbCharts } from './rdb-connections/chart.ts';
import { rolloutCharts } from './rollout/chart.ts';
import { diagramCharts } from './diagram/chart.ts';

const registry: ((context: ChartContext) => Chart[])[] = [
  histogramCharts,
  replayCharts,
  capacityCharts,
  eniModelCharts,
  verification3Charts,
  rdbCharts,
  rolloutCharts,
  diagramCharts,
];

export type { Chart };

export async function chartsFor(locale: Locale): Promise<Chart[]> {
  const context: ChartContext = { locale, words: strings[locale], talkRuns: (await getRuns()).filter((run) => run.slide) };
  return registry.flatMap((charts) => charts(context));
}

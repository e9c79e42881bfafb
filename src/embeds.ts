/**
 * Every chart and diagram that has a page of its own under /embed/: the gallery, the embed
 * route, the static images and the tests all read this list.
 */
import type { HeyRun } from './lib/hey-run.ts';
import { boxDiagram, boxDiagramIds, type BoxDiagramId } from './lib/diagrams.ts';
import { fill, formatDate, strings, type Locale } from './lib/i18n.ts';
import { getRuns } from './runs.ts';

export type EmbedKind = 'histogram' | 'compare' | 'replay' | 'capacity' | 'eni-model' | 'verification-3' | 'rdb' | 'rollout' | 'diagram';
/** What a reader is looking at: recorded numbers, a reconstruction, a model, a calculation or a drawing. */
export type EmbedNature = 'recorded' | 'reconstruction' | 'model' | 'calculation' | 'diagram';

export interface EmbedChart {
  id: string;
  kind: EmbedKind;
  title: string;
  nature: EmbedNature;
  /** The talk's slide it belongs to. */
  slide?: number;
  runId?: string;
  diagramId?: BoxDiagramId;
  /** Files to download, relative to the site's base. */
  data: { label: string; path: string }[];
}

const runData = (run: HeyRun) => [
  { label: `${run.id}.json`, path: `/data/${run.id}.json` },
  { label: `${run.id}.csv`, path: `/data/${run.id}.csv` },
];

export async function getEmbedCharts(locale: Locale = 'ja'): Promise<EmbedChart[]> {
  const t = strings[locale].embed;
  const diagrams = strings[locale].diagrams;
  const dated = (template: string, date: string) => fill(template, { date: formatDate(date, locale) });
  const talkRuns = (await getRuns()).filter((run) => run.slide);
  const [before, after] = ['v1-2019-05-29', 'v1-2019-10-20'].map((id) => talkRuns.find((run) => run.id === id)!);
  const diagramSlides: Record<BoxDiagramId, number> = {
    'lambda-isolation': 8,
    'worker-models': 9,
    'vpc-before': 12,
    'vpc-after': 19,
    hyperplane: 21,
    'setup-verification-1': 24,
    'setup-verification-3': 32,
  };
  return [
    ...talkRuns.map((run): EmbedChart => ({ id: `histogram-${run.id}`, kind: 'histogram', title: dated(t.histogram, run.date), nature: 'recorded', slide: run.slide, runId: run.id, data: runData(run) })),
    { id: 'histogram-v1-compare', kind: 'compare', title: t.compare, nature: 'recorded', slide: 26, runId: before.id, data: [...runData(before), ...runData(after)] },
    ...talkRuns.map((run): EmbedChart => ({ id: `replay-${run.id}`, kind: 'replay', title: dated(t.replay, run.date), nature: 'reconstruction', slide: run.slide, runId: run.id, data: runData(run) })),
    { id: 'eni-capacity', kind: 'capacity', title: t.capacity, nature: 'calculation', slide: 12, data: [] },
    { id: 'eni-model', kind: 'eni-model', title: t.eniModel, nature: 'model', slide: 13, data: [] },
    { id: 'verification-3-model', kind: 'verification-3', title: t.verification3, nature: 'model', slide: 35, data: [] },
    { id: 'rdb-connections', kind: 'rdb', title: t.rdb, nature: 'model', slide: 16, data: [{ label: 'rds-mysql.json', path: '/data/rds-mysql.json' }] },
    { id: 'rollout', kind: 'rollout', title: diagrams.rollout.title, nature: 'diagram', slide: 22, data: [{ label: 'rollout.json', path: '/data/rollout.json' }] },
    ...boxDiagramIds.map((id): EmbedChart => ({
      id,
      kind: 'diagram',
      title: boxDiagram(id, diagrams).title,
      nature: 'diagram',
      slide: diagramSlides[id],
      diagramId: id,
      data: [],
    })),
  ];
}

/**
 * The data behind the charts, to download: each recorded run as JSON, its hey text and its histogram as CSV,
 * the RDS instance classes of slide 16, and the rollout dates of slide 22.
 */
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import rdsJson from '../../../data/rds-mysql.json';
import { rolloutEvents, rolloutSource } from '~/charts/rollout/events';
import { histogramCsv } from '~/lib/hey';
import { strings } from '~/i18n/strings';
import { parseRdsData } from '~/lib/rds-data';
import { getRuns } from '~/runs';

export const getStaticPaths = (async () => {
  const runs = await getRuns();
  return [
    ...runs.map((run) => ({ params: { file: `${run.id}.json` }, props: { body: `${JSON.stringify(run, null, 2)}\n`, type: 'application/json' } })),
    // The hey text each run is read from, as the slide showed it (the import page offers them to try).
    ...runs.map((run) => ({ params: { file: `${run.id}.txt` }, props: { body: readFileSync(run.provenance.text, 'utf8'), type: 'text/plain' } })),
    ...runs
      .filter((run) => run.report.histogram)
      .map((run) => ({ params: { file: `${run.id}.csv` }, props: { body: histogramCsv(run.report.histogram!), type: 'text/csv' } })),
    { params: { file: 'rds-mysql.json' }, props: { body: `${JSON.stringify(parseRdsData(rdsJson), null, 2)}\n`, type: 'application/json' } },
    {
      params: { file: 'rollout.json' },
      props: {
        body: `${JSON.stringify(
          {
            source: rolloutSource,
            events: rolloutEvents.map(({ date, kind, key }) => ({ date, kind, ja: strings.ja.diagrams.rollout.events[key], en: strings.en.diagrams.rollout.events[key] })),
          },
          null,
          2,
        )}\n`,
        type: 'application/json',
      },
    },
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props.body as string, { headers: { 'Content-Type': `${props.type}; charset=utf-8` } });

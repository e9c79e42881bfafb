/** Every chart and diagram as a standalone SVG file (see src/charts/static-image.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartsFor, type Chart } from '~/charts/registry';
import { staticImageFile } from '~/charts/static-image';
import { editions, type Locale } from '~/lib/locales';
import { strings } from '~/i18n/strings';

export const getStaticPaths = (async () =>
  (await Promise.all(editions().map(async ({ params, props }) =>
    (await chartsFor(props.locale)).map((chart) => ({ params: { ...params, chart: chart.id }, props: { chart, locale: props.locale } })),
  ))).flat()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { chart, locale } = props as { chart: Chart; locale: Locale };
  return new Response(await staticImageFile(chart, strings[locale]), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};

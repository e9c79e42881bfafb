/** Every chart and diagram as a standalone SVG file (see src/views/static-svg.ts). */
import type { GetStaticPaths } from 'astro';
import { getEmbedCharts } from '~/embeds';
import { staticSvg } from '~/views/static-svg';

export const getStaticPaths = (async () =>
  (await getEmbedCharts('ja')).map((chart) => ({ params: { chart: chart.id }, props: { chart, locale: 'ja' as const } }))) satisfies GetStaticPaths;

export const GET = staticSvg;

/** The diagrams' tall drawings as files (src/charts/diagram/tall.ts), which the reading page shows on phones. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { tallDrawings, tallFile, tallName } from '~/charts/diagram/tall';
import { strings } from '~/i18n/strings';
import { editions } from '~/lib/locales';

export const getStaticPaths = (() =>
  editions().flatMap(({ params, props }) =>
    tallDrawings.map(({ id, focus }) => ({ params: { ...params, drawing: tallName(id, focus) }, props: { id, focus, locale: props.locale } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
  new Response(tallFile(props.id, strings[props.locale].diagrams, props.focus), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });

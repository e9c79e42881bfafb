/**
 * Taking a reader's run away: the page's own address (the run in its fragment), an embed snippet
 * for /embed/import/ that sizes itself like every embed, and the run as files (JSON in the
 * data/runs shape, the histogram as CSV, the chart as a static SVG).
 */
import { histogramDrawing } from '../../charts/histogram/figure.ts';
import { staticImageFile } from '../../charts/static-image.ts';
import { cssOf } from '../../charts/styles.ts';
import type { Chart, StaticImage } from '../../charts/chart.ts';
import percentileCss from '../../charts/percentiles/style.css?inline';
import { drawnPercentiles, yourRunPercentileDrawing, type TalkPercentiles } from './percentiles.ts';
import { histogramCsv, percentileCsv } from '../../lib/hey.ts';
import type { HeyRun } from '../../lib/hey-run.ts';
import type { Strings } from '../../i18n/strings.ts';
import { encodeView, type SharedView } from '../../lib/run-share.ts';
import { escapeXml } from '../../lib/xml.ts';

const objectUrls = new WeakMap<HTMLElement, string[]>();

export async function offerShare(main: HTMLElement, run: HeyRun, { compare, concurrency, in2019, successfulOnly }: Omit<SharedView, 'run'>): Promise<void> {
  const fragment = await encodeView({ run: { date: run.date, format: run.provenance.format, ...(run.provenance.tool ? { tool: run.provenance.tool, layout: run.provenance.layout } : {}), report: run.report }, ...(compare ? { compare } : {}), ...(concurrency ? { concurrency } : {}), ...(in2019 ? { in2019 } : {}), ...(successfulOnly ? { successfulOnly } : {}) });
  // The address bar now reproduces this view; replaceState, so Back still leaves the page.
  history.replaceState(null, '', `#${fragment}`);
  const link = main.querySelector<HTMLInputElement>('[data-share-link]');
  const code = main.querySelector<HTMLTextAreaElement>('[data-embed-code]');
  if (!link || !code) return;
  link.value = location.href;
  const site = new URL(main.dataset.base!, location.href);
  const edition = main.dataset.locale === 'en' ? 'en/' : '';
  const title = main.querySelector('h1')!.textContent!;
  code.value = [
    `<iframe src="${new URL(`${edition}embed/import/#${fragment}`, site).href}" title="${escapeXml(title)}" loading="lazy" width="100%" height="480" style="border:0;width:100%"></iframe>`,
    `<script src="${new URL('embed.js', site).href}" async></script>`,
  ].join('\n');
}

/** A static image of one drawing, with the styles it wears (a histogram's folder sheets, or the percentile chart's). */
function imageOf(run: HeyRun, words: Strings, styles: string, classes: string, image: () => Pick<StaticImage, 'drawings' | 'notes'>): Chart {
  return { id: run.id, title: words.importer.embedTitle, nature: 'recorded', data: [], render: { Component: () => undefined, props: {} }, styles, image: () => ({ ...image(), classes }) };
}

export function offerDownloads(result: HTMLElement, run: HeyRun, words: Strings, { talkRuns, successfulOnly }: { talkRuns: readonly TalkPercentiles[]; successfulOnly?: boolean }): void {
  for (const url of objectUrls.get(result) ?? []) URL.revokeObjectURL(url);
  const urls: string[] = [];
  const offer = (kind: string, body: string, type: string) => {
    const link = result.querySelector<HTMLAnchorElement>(`[data-download="${kind}"]`);
    if (!link) return;
    const url = URL.createObjectURL(new Blob([body], { type }));
    urls.push(url);
    link.href = url;
  };
  offer('json', `${JSON.stringify(run, null, 2)}\n`, 'application/json');
  if (run.report.latencyDistribution) {
    offer('percentiles', percentileCsv(drawnPercentiles(run, successfulOnly).printed), 'text/csv');
    const { drawing, legend } = yourRunPercentileDrawing(run, words, talkRuns, successfulOnly);
    // The chart's own sheet, which the page wears too (styles/importer.css imports it).
    const chart = imageOf(run, words, cssOf([]) + percentileCss, 'chart percentiles', () => ({ drawings: [drawing], notes: [words.importer.percentileChart.caption, ...legend] }));
    staticImageFile(chart, words).then((svg) => offer('percentiles-svg', svg, 'image/svg+xml'));
  }
  if (run.report.histogram) {
    offer('csv', histogramCsv(run.report.histogram), 'text/csv');
    // A histogram's still image: the histogram folder's sheets (the registry's would need its components).
    const chart = imageOf(run, words, cssOf(['histogram']), 'chart histogram', () => ({ drawings: [histogramDrawing(words, run)] }));
    staticImageFile(chart, words).then((svg) => offer('svg', svg, 'image/svg+xml'));
  }
  objectUrls.set(result, urls);
}


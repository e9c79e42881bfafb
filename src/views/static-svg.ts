/**
 * Every chart and diagram as a standalone SVG file, for hosts that allow no iframes
 * (newsletters, RSS, Markdown READMEs). The build renders the same components as the pages
 * and keeps their SVG, with the site's chart styles inside so the file looks the same alone
 * (light, or dark where the reader prefers it).
 */
import type { APIRoute } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import tokensCss from '~/styles/tokens.css?raw';
import chartsCss from '~/styles/charts.css?raw';
import diagramsCss from '~/styles/diagrams.css?raw';
import Diagram from '~/components/diagrams/Diagram.astro';
import Histogram from '~/charts/histogram/Histogram.astro';
import HistogramCompare from '~/charts/histogram/HistogramCompare.astro';
import RdbConnections from '~/charts/rdb-connections/RdbConnections.astro';
import Rollout from '~/charts/rollout/Rollout.astro';
import Verification3Model from '~/charts/verification-3/Verification3Model.astro';
import { staticBarsSvg } from '~/charts/static-bars';
import { scenarioModel, defaultScenario } from '~/charts/eni-model/scenario';
import type { EmbedChart } from '~/embeds';
import { fill, strings, type Locale } from '~/lib/i18n';
import { eniCapacity } from '~/lib/eni-capacity';
import { errorKinds, simulate } from '~/lib/eni-model';
import { escapeXml } from '~/lib/diagram-svg';
import { wrapText } from '~/lib/diagram-layout';
import { talk } from '~/lib/talk';
import { getRun } from '~/runs';


/** The <svg> elements of rendered markup, without the phone-sized alternatives. */
function svgsOf(html: string): string[] {
  return (html.match(/<svg\b[\s\S]*?<\/svg>/g) ?? []).filter((svg) => !/class="[^"]*\b(diagram-tall|rdb-narrow)\b/.test(svg));
}

const viewBoxOf = (svg: string) => (/viewBox="([-\d.]+) ([-\d.]+) ([\d.]+) ([\d.]+)"/.exec(svg) ?? []).slice(1).map(Number);

/** Stacks several drawings (a chart's panels) into one file, each keeping its own viewBox. */
function stack(svgs: string[], labels: string[] = [], gap = 16): { inner: string; width: number; height: number } {
  let y = 0;
  let width = 0;
  const inner = svgs
    .map((svg, i) => {
      const [, , w, h] = viewBoxOf(svg);
      const label = labels[i] ? `<text class="static-label" x="0" y="${y + 14}">${escapeXml(labels[i])}</text>` : '';
      if (label) y += 22;
      const placed = label + svg.replace(/^<svg\b/, `<svg x="0" y="${y}" width="${w}" height="${h}"`);
      y += h + gap;
      width = Math.max(width, w);
      return placed;
    })
    .join('');
  return { inner, width, height: y - gap };
}

/** A chart's drawing(s), and the caveats its page shows beside them, which the file must keep. */
interface Drawing {
  svgs: string[];
  classes: string;
  model?: string;
  labels?: string[];
  notes?: string[];
}

async function drawingOf(chart: EmbedChart, locale: Locale): Promise<Drawing> {
  const container = await AstroContainer.create();
  const words = strings[locale];
  const render = async (component: Parameters<typeof container.renderToString>[0], props: Record<string, unknown>) =>
    container.renderToString(component, { props: { ...props, locale } });
  const run = chart.runId ? await getRun(chart.runId) : undefined;
  switch (chart.kind) {
    case 'histogram':
    case 'replay':
      // A replay is an animation; its still is the recorded histogram it ends on.
      return { svgs: svgsOf(await render(Histogram, { run, caption: false, table: false })), classes: 'chart histogram', model: run!.model };
    case 'compare':
      // The two rows keep their colours: before (May) and after (October).
      return {
        svgs: svgsOf(await render(HistogramCompare, { before: run, after: await getRun('v1-2019-10-20') })).map((svg, i) =>
          svg.replace(/^<svg\b/, `<svg data-model="${i === 0 ? 'before' : 'after'}"`),
        ),
        classes: 'chart histogram',
        labels: words.embed.compareLabels,
      };
    case 'verification-3':
      return {
        svgs: svgsOf(await render(Verification3Model, { table: false })),
        classes: 'chart verification-3',
        model: 'after',
        notes: [`${words.verification3.badge}: ${words.verification3.note}`],
      };
    case 'rdb':
      return { svgs: svgsOf(await render(RdbConnections, { table: false })), classes: 'chart rdb-connections', notes: [`${words.rdb.badge}: ${words.rdb.note}`] };
    case 'rollout':
      return { svgs: svgsOf(await render(Rollout, { table: false, caption: false })), classes: 'diagram rollout', notes: [words.diagrams.rollout.scaleBreak] };
    case 'diagram':
      return {
        svgs: svgsOf(await render(Diagram, { id: chart.diagramId, caption: false })),
        classes: 'diagram',
        notes: chart.diagramId === 'hyperplane' ? [words.diagrams.unverifiedLegend] : [],
      };
    case 'eni-model': {
      const { profile, parameters } = scenarioModel(defaultScenario);
      const [before, after] = (['before', 'after'] as const).map((model) => simulate(model, profile, parameters).summary);
      const errors = (summary: typeof before) => errorKinds.reduce((sum, kind) => sum + summary.errors[kind], 0);
      const pair = (label: string, of: (summary: typeof before) => number, format: (value: number) => string) => ({
        label,
        bars: [
          { value: of(before), text: fill(words.eniModel.static.before, { value: format(of(before)) }), tone: 'before' as const },
          { value: of(after), text: fill(words.eniModel.static.after, { value: format(of(after)) }), tone: 'after' as const },
        ],
      });
      const count = (value: number) => value.toLocaleString('en-US');
      const secs = (value: number) => fill(words.seconds, { value: value.toFixed(2) });
      return {
        svgs: [
          staticBarsSvg(
            [
              pair(words.eniModel.enis, (s) => s.enis, count),
              pair(words.eniModel.ips, (s) => s.ipsInUse, count),
              pair(words.eniModel.coldStartP50, (s) => s.coldStartP50, secs),
              pair(words.eniModel.coldStartMax, (s) => s.coldStartMax, secs),
              pair(words.eniModel.errorsTotal, errors, count),
            ],
            { note: words.eniModel.static.note },
          ),
        ],
        classes: 'chart',
      };
    }
    case 'capacity': {
      const result = eniCapacity({ concurrency: 1000, memoryMb: 1024, subnetPrefixLength: 24, subnetCount: 1, eniQuota: 350 });
      return {
        svgs: [
          staticBarsSvg(
            [
              { label: words.capacity.needed, bars: [{ value: result.enisNeeded, text: result.enisNeeded.toLocaleString('en-US'), tone: 'before' }] },
              { label: fill(words.capacity.subnetIpsOf, { prefix: 24 }), bars: [{ value: result.subnetIps, text: result.subnetIps.toLocaleString('en-US'), tone: 'plain' }] },
              { label: words.capacity.quota, bars: [{ value: result.eniQuota, text: result.eniQuota.toLocaleString('en-US'), tone: 'after' }] },
            ],
            { note: 'Projected peak concurrent executions * (Memory in GB / 3GB) = 1,000 × (1024 MB ÷ 3,072 MB)' },
          ),
        ],
        classes: 'chart',
      };
    }
  }
}

const staticCss = `
.static-bars .bar-before { fill: var(--color-before); } .static-bars .bar-after { fill: var(--color-after); } .static-bars .bar-plain { fill: var(--color-muted); }
.static-bars .bar-row-label, .static-bars .panel-title { fill: var(--color-text); font-size: 14px; }
.static-bars .panel-title { font-weight: 700; font-size: 16px; }
.static-note { fill: var(--color-muted); font-size: 12px; font-family: var(--font-sans); }
.static-credit { fill: var(--color-muted); font-size: 12px; font-family: var(--font-sans); }
.static-label { fill: var(--color-text); font-size: 14px; font-weight: 600; font-family: var(--font-sans); }
.static-title { fill: var(--color-text); font-size: 17px; font-weight: 700; font-family: var(--font-sans); }
`;

/** The route's GET: the chart of its props as a standalone SVG file, in the route's edition. */
export const staticSvg: APIRoute = async ({ props }) => {
  const chart = props.chart as EmbedChart;
  const locale = props.locale as Locale;
  const words = strings[locale];
  const { svgs, classes, model, labels, notes = [] } = await drawingOf(chart, locale);
  if (!svgs.length) throw new Error(`static SVG for ${chart.id}: the component drew no <svg>`);
  // Inner drawings keep their own classes; the file's root carries the chart's, for the styles.
  const { inner, width, height } = stack(svgs.map((svg) => svg.replace(/ role="[^"]*"| aria-[a-z]+="[^"]*"| tabindex="[^"]*"/g, '')), labels);
  const credit = fill(words.embed.staticCredit, { talk: words.talk.title, speaker: words.talk.speaker, event: talk.event }) + (chart.slide ? ' ' + fill(words.embed.staticSlide, { n: chart.slide }) : '');
  // The caveats the page shows beside the chart (a model, a dashed claim, a broken axis) stay with the image.
  const noteLines = notes.flatMap((note) => wrapText(note, width, 12));
  const noteBlock = noteLines.map((line, i) => `<text class="static-note" x="0" y="${38 + i * 16}">${escapeXml(line)}</text>`).join('');
  const titleHeight = 30 + noteLines.length * 16 + (noteLines.length ? 8 : 0);
  const total = titleHeight + height + 28;
  const file =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" class="${classes}"${model ? ` data-model="${model}"` : ''} viewBox="-8 -8 ${width + 16} ${total + 8}" width="${width + 16}" height="${total + 8}" role="img" aria-label="${escapeXml(chart.title)}">` +
    `<title>${escapeXml(chart.title)}</title>` +
    `<style>${tokensCss}${chartsCss}${diagramsCss}${staticCss} :root { background: var(--color-bg); }</style>` +
    `<rect x="-8" y="-8" width="${width + 16}" height="${total + 8}" fill="var(--color-bg)"/>` +
    `<text class="static-title" x="0" y="16">${escapeXml(chart.title)}</text>` +
    noteBlock +
    `<g transform="translate(0 ${titleHeight})">${inner}</g>` +
    `<text class="static-credit" x="0" y="${total - 4}">${escapeXml(credit)}</text>` +
    `</svg>\n`;
  return new Response(file, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};

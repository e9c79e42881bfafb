/**
 * The embed of a reader's run (/embed/import/#run=…): its histogram, or the comparison it was
 * shared with, drawn by the same functions as on the import page, and a link back to that page.
 * It carries only the words it uses (a JSON island), not the dictionary; the embed layout posts
 * the new height to the host page once the chart is in.
 */
import { jsonOf } from '../../charts/runtime/json.ts';
import { el, message, text } from '../../charts/svg.ts';
import type { HeyRun } from '../../lib/hey-run.ts';
import type { Strings } from '../../i18n/strings.ts';
import { decodeView, importedRun } from '../../lib/run-share.ts';
import { yourRunBesideTalk, yourRunHistogram, type YourRunWords } from './figures.ts';
import type { PercentileChartWords, TalkPercentiles } from './percentiles.ts';
import { describeLinkProblem } from './link-problem.ts';

/** What the embed says, from its edition's dictionary. */
export type EmbedWords = YourRunWords &
  PercentileChartWords & {
    importer: Pick<Strings['importer'], 'heading' | 'embedEmpty' | 'embedBroken' | 'linkProblems' | 'noHistogram' | 'toImport' | 'runSource'>;
    /** The talk's runs for the percentile chart of a run without a histogram (another tool's). */
    talkRuns: TalkPercentiles[];
  };

export async function startEmbed(root: HTMLElement): Promise<void> {
  const words = jsonOf<EmbedWords>(root, 'words');
  const t = words.importer;
  const base = root.dataset.base!;
  const importPage = new URL(`${base}${root.dataset.locale === 'en' ? 'en/' : ''}import/${location.hash}`, location.href).href;
  const link = (label: string) => el('a', { href: importPage, target: '_top' }, text(label));
  const result = root.querySelector<HTMLElement>('[data-result]')!;
  try {
    const view = await decodeView(location.hash);
    if (!view) {
      result.innerHTML = el('p', {}, message(t.embedEmpty, {}, { link: link(t.heading) }));
      return;
    }
    const run = importedRun(view.run.report, view.run, view.run.date, t.runSource);
    // Another tool's run: its percentiles over the talk's runs, as on the import page, then its histogram if it has one.
    const percentiles = run.provenance.tool && run.report.latencyDistribution ? (await import('./percentiles.ts')).yourRunPercentiles(run, words, words.talkRuns, Math.min(600, result.clientWidth || 600), view.successfulOnly) : '';
    if (!run.report.histogram) {
      result.innerHTML = (percentiles || el('p', {}, text(t.noHistogram))) + el('p', {}, link(t.toImport));
      return;
    }
    let figure = yourRunHistogram(run, words, { id: 'embed', width: 600, height: 300 });
    if (view.compare) {
      const response = await fetch(`${base}data/${view.compare}.json`);
      if (response.ok) {
        const talkRun = (await response.json()) as HeyRun;
        figure = yourRunBesideTalk(talkRun, run, words, 600);
      }
    }
    result.innerHTML = percentiles + figure + el('p', { class: 'importer-note' }, link(t.toImport));
  } catch (error) {
    result.innerHTML = el('p', {}, text(describeLinkProblem(error, t))) + el('p', {}, link(t.toImport));
  }
}

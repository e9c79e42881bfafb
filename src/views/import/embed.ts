/**
 * The embed of a reader's run (/embed/import/#run=…): its histogram, or the comparison it was
 * shared with, drawn by the same functions as on the import page, and a link back to that page.
 * The embed layout posts the new height to the host page once the chart is in.
 */
import { compareFigure } from '../../charts/histogram/compare.ts';
import { histogramFigure } from '../../charts/histogram/figure.ts';
import { el, message, text } from '../../charts/svg.ts';
import { dateIn, fill } from '../../i18n/format.ts';
import type { HeyRun } from '../../lib/hey-run.ts';
import { decodeView } from '../../lib/run-share.ts';
import { yourRunId } from './result.ts';

export async function startEmbed(root: HTMLElement): Promise<void> {
  const words = root.dataset.locale === 'en' ? (await import('../../i18n/en.ts')).en : (await import('../../i18n/ja.ts')).ja;
  const t = words.importer;
  const base = root.dataset.base!.replace(/\/?$/, '/');
  const importPage = new URL(`${base}${root.dataset.locale === 'en' ? 'en/' : ''}import/${location.hash}`, location.href).href;
  const link = (label: string) => el('a', { href: importPage, target: '_top' }, text(label));
  const result = root.querySelector<HTMLElement>('[data-result]')!;
  try {
    const view = await decodeView(location.hash);
    if (!view) {
      result.innerHTML = el('p', {}, message(t.embedEmpty, {}, { link: link(t.heading) }));
      return;
    }
    const run: HeyRun = { id: yourRunId, date: view.run.date, provenance: { source: t.runSource, text: 'import', format: view.run.format }, report: view.run.report };
    if (!run.report.histogram) {
      result.innerHTML = el('p', {}, text(t.noHistogram)) + el('p', {}, link(t.toImport));
      return;
    }
    let figure = histogramFigure(run, words, { id: `${yourRunId}-embed`, width: 600, height: 300, nature: run.provenance.format === 'csv' ? t.csvNature : t.histogramNature });
    if (view.compare) {
      const response = await fetch(`${base}data/${view.compare}.json`);
      if (response.ok) {
        const talkRun = (await response.json()) as HeyRun;
        figure = compareFigure([{ run: talkRun, label: t.theTalk }, { run, label: t.yourRun }], words, {
          id: 'import-compare',
          caption: fill(t.compareCaption, { date: dateIn(talkRun.date, words.date), n: talkRun.slide ?? '' }),
          width: 600,
          rowHeight: 170,
        });
      }
    }
    result.innerHTML = figure + el('p', { class: 'importer-note' }, link(t.toImport));
  } catch (error) {
    result.innerHTML = el('p', {}, text(fill(t.embedBroken, { message: (error as Error).message }))) + el('p', {}, link(t.toImport));
  }
}

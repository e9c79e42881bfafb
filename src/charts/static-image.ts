/**
 * A chart as a standalone .svg file, for hosts that allow no iframes (newsletters, RSS, Markdown
 * READMEs): its title, the caveats its page shows beside it, its drawings from the same marks as
 * the page, and a credit, with its chart's own styles inside (Chart.styles) so the file looks the same alone
 * (light, or dark where the reader prefers it).
 */
import tokensCss from '../styles/tokens.css?raw';
import { fill } from '../i18n/format.ts';
import type { Strings } from '../i18n/strings.ts';
import { talk } from '../lib/talk.ts';
import { wrapText } from '../lib/text-measure.ts';
import type { Chart } from './chart.ts';
import { el, text } from './svg.ts';

const staticCss = `
.static-note, .static-credit { fill: var(--color-muted); font-size: 12px; font-family: var(--font-sans); }
.static-label { fill: var(--color-text); font-size: 14px; font-weight: 600; font-family: var(--font-sans); }
.static-title { fill: var(--color-text); font-size: 17px; font-weight: 700; font-family: var(--font-sans); }
`;

/** The static image's file, and its size (the gallery shows it in place of a live preview). */
export async function staticImage(chart: Chart, words: Strings): Promise<{ file: string; width: number; height: number }> {
  const { drawings, classes, model, notes = [] } = await chart.image();
  const width = Math.max(...drawings.map((drawing) => drawing.width));
  const noteLines = notes.flatMap((note) => wrapText(note, width, 12));
  let y = 30 + noteLines.length * 16 + (noteLines.length ? 8 : 0);
  const placed = drawings.map((drawing) => {
    const label = (drawing.label ? wrapText(drawing.label, width, 14) : [])
      .map((line) => {
        y += 20;
        return el('text', { class: 'static-label', x: 0, y: y - 6 }, text(line));
      })
      .join('');
    if (label) y += 2;
    // A drawing keeps its architecture's colour when the file shows both.
    const group = el('g', { transform: `translate(0 ${y})`, 'data-model': drawing.model }, drawing.markup);
    y += drawing.height + 16;
    return label + group;
  });
  const credit = fill(words.embed.staticCredit, { talk: words.talk.title, speaker: words.talk.speaker, event: talk.event }) + (chart.slide ? ' ' + fill(words.embed.staticSlide, { n: chart.slide }) : '');
  const creditLines = wrapText(credit, width, 12);
  const height = y + creditLines.length * 16 - 4;
  const [outerWidth, outerHeight] = [width + 16, height + 8];
  const file =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    el(
      'svg',
      { xmlns: 'http://www.w3.org/2000/svg', class: classes, 'data-model': model, viewBox: `-8 -8 ${outerWidth} ${outerHeight}`, width: outerWidth, height: outerHeight, role: 'img', 'aria-label': chart.title },
      el('title', {}, text(chart.title)),
      // CDATA: minified CSS writes media ranges as `(width<=560px)`, and a bare `<` is not XML.
      `<style><![CDATA[${tokensCss}${chart.styles}${staticCss} :root { background: var(--color-bg); }]]></style>`,
      el('rect', { x: -8, y: -8, width: outerWidth, height: outerHeight, fill: 'var(--color-bg)' }),
      el('text', { class: 'static-title', x: 0, y: 16 }, text(chart.title)),
      ...noteLines.map((line, i) => el('text', { class: 'static-note', x: 0, y: 38 + i * 16 }, text(line))),
      ...placed,
      ...creditLines.map((line, i) => el('text', { class: 'static-credit', x: 0, y: height - 4 - (creditLines.length - 1 - i) * 16 }, text(line))),
    ) +
    '\n';
  return { file, width: outerWidth, height: outerHeight };
}

export async function staticImageFile(chart: Chart, words: Strings): Promise<string> {
  return (await staticImage(chart, words)).file;
}

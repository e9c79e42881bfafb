/**
 * Paired horizontal bars as a standalone SVG string: the static image of a chart whose page is
 * interactive (the ENI model's end state, the capacity calculator at its defaults).
 */
import { scaleLinear } from 'd3-scale';
import { escapeXml } from '../lib/diagram-svg.ts';

export interface StaticBarRow {
  label: string;
  bars: { value: number; text: string; tone: 'before' | 'after' | 'plain' }[];
}

export function staticBarsSvg(rows: StaticBarRow[], options: { note: string; width?: number }): string {
  const width = options.width ?? 720;
  const labelWidth = 230;
  const barHeight = 20;
  const rowGap = 14;
  const top = 32;
  const rowHeight = (row: StaticBarRow) => row.bars.length * (barHeight + 4) + rowGap;
  const height = top + rows.reduce((sum, row) => sum + rowHeight(row), 0) + 8;
  let y = top;
  const body = rows
    .map((row) => {
      const x = scaleLinear()
        .domain([0, Math.max(...row.bars.map((bar) => bar.value), 1e-9)])
        .range([0, width - labelWidth - 150]);
      const group =
        `<text class="bar-row-label" x="0" y="${y + 15}">${escapeXml(row.label)}</text>` +
        row.bars
          .map((bar, i) => {
            const by = y + i * (barHeight + 4);
            const w = Math.max(bar.value > 0 ? 2 : 0, x(bar.value));
            return (
              `<rect class="bar bar-${bar.tone}" x="${labelWidth}" y="${by}" width="${w.toFixed(1)}" height="${barHeight}"/>` +
              `<text class="bar-label" x="${(labelWidth + w + 6).toFixed(1)}" y="${by + 15}">${escapeXml(bar.text)}</text>`
            );
          })
          .join('');
      y += rowHeight(row);
      return group;
    })
    .join('');
  return (
    `<svg viewBox="0 0 ${width} ${height}" class="static-bars">` +
    `<text class="static-note" x="0" y="14">${escapeXml(options.note)}</text>` +
    body +
    `</svg>`
  );
}

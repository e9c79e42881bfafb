/** The capacity bars as SVG markup: the same string the build places and the browser swaps in. */
import { escapeXml } from '../../lib/xml.ts';
import type { CapacityLayout } from './layout.ts';

const n = (value: number) => String(Math.round(value * 10) / 10);

export function capacityMarks(layout: CapacityLayout, text: { title: string; desc: string }): string {
  return (
    `<svg class="capacity-svg" viewBox="0 0 ${layout.width} ${layout.height}" role="img">` +
    `<title>${escapeXml(text.title)}</title><desc>${escapeXml(text.desc)}</desc>` +
    layout.rows
      .map(
        (row) =>
          `<g data-limit="${row.limit}"${row.exceeded ? ' data-exceeded="true"' : ''}>` +
          `<text class="capacity-label" x="0" y="${n(row.y + row.height / 2 + 6)}">${escapeXml(row.label)}</text>` +
          `<rect class="capacity-track" x="${n(row.track.x)}" y="${n(row.y)}" width="${n(row.track.width)}" height="${n(row.height)}" rx="4"/>` +
          `<rect class="capacity-fill" x="${n(row.track.x)}" y="${n(row.y)}" width="${n(row.fill)}" height="${n(row.height)}" rx="4"/>` +
          `</g>`,
      )
      .join('') +
    `</svg>`
  );
}

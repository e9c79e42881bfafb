/**
 * Q (or `?qr`): a QR code of the slide shown, on the reading page in the deck's language, and a
 * smaller one for the other edition, so the audience can follow on their phones (a pillar in the
 * way, a screen too far to read). Drawn here from qrcode-generator's modules, as a path: no
 * request, no server, and no style attribute for the page's policy to refuse. Loaded on first use.
 */
import qrcode from 'qrcode-generator';
import type { RevealApi } from 'reveal.js';
import { escapeXml } from '../lib/xml';

/** A QR code as one path of unit squares, and its width in modules. */
export function qrPath(text: string): { size: number; d: string } {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const size = qr.getModuleCount();
  let d = '';
  for (let row = 0; row < size; row++) for (let column = 0; column < size; column++) if (qr.isDark(row, column)) d += `M${column} ${row}h1v1h-1z`;
  return { size, d };
}

/** The code as SVG, dark on white with its quiet zone (four modules), whatever the deck's theme. */
function qrSvg(text: string): string {
  const { size, d } = qrPath(text);
  const side = size + 8;
  return `<svg class="follow-along-code" viewBox="-4 -4 ${side} ${side}" role="img" aria-label="${escapeXml(text)}"><rect x="-4" y="-4" width="${side}" height="${side}" fill="#fff"/><path d="${d}" fill="#000"/></svg>`;
}

interface Words {
  heading: string;
  other: string;
}

const figure = (address: string, caption: string, className: string) =>
  `<figure class="${className}">${qrSvg(address)}<figcaption>${escapeXml(caption)}</figcaption></figure>`;

let shown: { element: HTMLElement; follow: () => void } | undefined;

/** Shows the codes for the slide shown, following the deck, or hides them (`show`: only shows). */
export function toggleFollowAlong(deck: RevealApi, words: Words, show?: 'show'): void {
  if (shown && show) return;
  if (shown) {
    deck.off('slidechanged', shown.follow);
    shown.element.remove();
    shown = undefined;
    return;
  }
  const link = document.querySelector<HTMLElement>('.deck-read-link')!;
  const element = document.createElement('aside');
  element.className = 'follow-along';
  element.setAttribute('aria-label', words.heading);
  const follow = () => {
    const slide = `#slide-${deck.getCurrentSlide()?.getAttribute('data-slide') ?? '1'}`;
    // The deck keeps its "read this slide" link on the slide shown (present.ts): the code is that address.
    const here = (link as HTMLAnchorElement).href;
    const other = new URL(`${link.dataset.otherReadBase}${slide}`, window.location.href).href;
    element.innerHTML = `<p>${escapeXml(words.heading)}</p>${figure(here, here, 'follow-along-here')}${figure(other, words.other, 'follow-along-other')}`;
  };
  follow();
  deck.on('slidechanged', follow);
  document.body.append(element);
  shown = { element, follow };
}

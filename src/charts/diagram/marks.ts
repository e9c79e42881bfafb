/**
 * A laid-out diagram as SVG markup. The same string goes inline into pages (styled by the
 * page's diagram CSS) and into the static .svg files (which carry their own copy of that CSS).
 */
import { escapeXml } from '../../lib/xml.ts';
import type { DiagramLayout, PlacedArrow, PlacedBox, PlacedText } from './spec.ts';


// Whole units: a drawing some hundreds of units wide shows no finer step, and the markup stays short.
const round = (value: number) => Math.round(value);

function textElement(text: PlacedText, className: string, anchor: 'start' | 'middle'): string {
  const lines = text.lines
    .map((line, i) => `<tspan x="${round(text.x)}"${i ? ` dy="${round(text.size * 1.25)}"` : ''}>${escapeXml(line)}</tspan>`)
    .join('');
  return `<text class="${className}" x="${round(text.x)}" y="${round(text.y)}" font-size="${round(text.size)}" text-anchor="${anchor}">${lines}</text>`;
}

/** A box is one <rect> and its words; classes say what it is (group or node), its tone and line. */
function boxShape(box: PlacedBox): string {
  const classes = [box.group ? 'd-group' : 'd-node', box.tone === 'plain' ? '' : `d-tone-${box.tone}`, box.dashed ? 'd-dashed' : '']
    .filter(Boolean)
    .join(' ');
  return (
    `<rect class="${classes}"${box.id ? ` data-id="${escapeXml(box.id)}"` : ''} x="${round(box.x)}" y="${round(box.y)}"` +
    ` width="${round(box.width)}" height="${round(box.height)}" rx="${box.group ? 10 : 6}"/>`
  );
}

function boxText(box: PlacedBox): string {
  const anchor = box.group ? 'start' : 'middle';
  const extra = [box.group ? 'd-in-group' : '', box.tone === 'muted' ? 'd-muted' : ''].filter(Boolean).join(' ');
  const classOf = (kind: string) => (extra ? `${kind} ${extra}` : kind);
  return (box.label ? textElement(box.label, classOf('d-label'), anchor) : '') + (box.note ? textElement(box.note, classOf('d-note'), anchor) : '');
}

function arrowHead(x: number, y: number, fromX: number, fromY: number, size: number): string {
  const angle = Math.atan2(y - fromY, x - fromX);
  const spread = Math.PI / 7;
  const point = (a: number) => `${round(x - size * Math.cos(a))},${round(y - size * Math.sin(a))}`;
  return `<polygon points="${round(x)},${round(y)} ${point(angle - spread)} ${point(angle + spread)}"/>`;
}

function arrowElement(arrow: PlacedArrow, headSize: number): string {
  const classes = `d-arrow d-tone-${arrow.tone}`;
  return (
    `<g class="${classes}">` +
    `<line x1="${round(arrow.x1)}" y1="${round(arrow.y1)}" x2="${round(arrow.x2)}" y2="${round(arrow.y2)}"/>` +
    arrowHead(arrow.x2, arrow.y2, arrow.x1, arrow.y1, headSize) +
    `</g>`
  );
}

export interface DiagramSvgOptions {
  /** Unique within the page: the title and description are referenced by id. */
  id: string;
  title: string;
  description: string;
  className?: string;
  /** A standalone file needs the SVG namespace; inline SVG does not. */
  standalone?: boolean;
}

export function diagramSvg(layout: DiagramLayout, options: DiagramSvgOptions): string {
  const margin = 4;
  const headSize = Math.max(9, (layout.boxes[0]?.label?.size ?? 16) * 0.6);
  const width = round(layout.width + 2 * margin);
  const height = round(layout.height + 2 * margin);
  const attributes = [
    options.standalone ? 'xmlns="http://www.w3.org/2000/svg"' : '',
    `class="diagram-svg${options.className ? ` ${options.className}` : ''}"`,
    `viewBox="${-margin} ${-margin} ${width} ${height}"`,
    options.standalone ? `width="${width}" height="${height}"` : '',
    'role="img"',
    `aria-labelledby="${options.id}-title ${options.id}-desc"`,
  ].filter(Boolean);
  // Shapes outermost first, then the arrows over them, then every word on top (with a halo),
  // so an arrow crossing a group never hides its name.
  const groups = layout.boxes.filter((box) => box.group).sort((a, b) => a.depth - b.depth);
  const leaves = layout.boxes.filter((box) => !box.group);
  const arrowLabels = layout.arrows
    .filter((arrow) => arrow.label)
    .map((arrow) => `<g class="d-arrow d-tone-${arrow.tone}">${textElement(arrow.label!, 'd-arrow-label', arrow.label!.anchor ?? 'middle')}</g>`);
  return (
    `<svg ${attributes.join(' ')}>` +
    `<title id="${options.id}-title">${escapeXml(options.title)}</title>` +
    `<desc id="${options.id}-desc">${escapeXml(options.description)}</desc>` +
    [...groups, ...leaves].map(boxShape).join('') +
    layout.arrows.map((arrow) => arrowElement(arrow, headSize)).join('') +
    [...groups, ...leaves].map(boxText).join('') +
    arrowLabels.join('') +
    `</svg>`
  );
}

/**
 * Box-and-arrow layout for the talk's architecture diagrams: nested groups (cloud, VPC, subnet,
 * worker) laid out as rows, columns or wrapping rows, with arrows between named boxes.
 *
 * One description gives two drawings: `wide` for a slide or a desktop column, and `tall` for a
 * phone, where groups marked `flip` turn their rows into columns and labels wrap to the width.
 * Text is measured by estimate (no DOM here), generously enough that a system font fits.
 */
import { textWidth, wrapText } from '../../lib/text-measure.ts';
import type { DiagramBox, DiagramLayout, DiagramOptions, DiagramSpec, PlacedArrow, PlacedBox } from './spec.ts';

export type * from './spec.ts';

const lineHeight = 1.25;
/** A note's size beside its label's, unless the drawing sets one (a slide holds notes at 16 px). */
const noteSizeOf = (options: DiagramOptions) => options.noteSize ?? options.fontSize * 0.78;

interface Measured {
  box: DiagramBox;
  width: number;
  height: number;
  labelLines: string[];
  noteLines: string[];
  children: Measured[];
  direction: 'row' | 'column' | 'wrap';
  /** For wrapping rows: the children of each line. */
  rows?: Measured[][];
}

function directionOf(box: DiagramBox, orientation: DiagramOptions['orientation']): Measured['direction'] {
  const direction = box.direction ?? 'column';
  if (orientation === 'tall' && box.flip) return direction === 'column' ? 'row' : 'column';
  return direction;
}

/** Sizes every box bottom-up, with maxWidth passed down so that labels and wrapping rows fit. */
function measure(box: DiagramBox, maxWidth: number, options: DiagramOptions): Measured {
  const size = options.fontSize;
  const noteSize = noteSizeOf(options);
  const pad = size * 0.6;
  const gap = size * 0.7 * (box.gap ?? 1);
  const isGroup = Boolean(box.children?.length);
  const direction = directionOf(box, options.orientation);
  const innerMax = maxWidth - 2 * pad;
  const labelLines = box.label ? wrapText(box.label, innerMax, size) : [];
  const noteLines = box.note ? wrapText(box.note, innerMax, noteSize) : [];
  const textWidthMax = Math.max(
    0,
    ...labelLines.map((line) => textWidth(line, size)),
    ...noteLines.map((line) => textWidth(line, noteSize)),
  );
  const textHeight = labelLines.length * size * lineHeight + noteLines.length * noteSize * lineHeight;

  if (!isGroup) {
    // A word longer than the room still gets its width: better a box too wide than text spilling out.
    const width = Math.max(textWidthMax + 2 * pad, Math.min(maxWidth, box.minWidth ?? 0));
    return { box, width, height: textHeight + 2 * pad * 0.8, labelLines, noteLines, children: [], direction };
  }

  const header = textHeight ? textHeight + pad * 0.5 : 0;
  const count = box.children!.length;
  let children: Measured[];
  let contentWidth: number;
  let contentHeight: number;
  let rows: Measured[][] | undefined;
  if (direction === 'column') {
    children = box.children!.map((child) => measure(child, innerMax, options));
    contentWidth = Math.max(...children.map((child) => child.width));
    contentHeight = children.reduce((sum, child) => sum + child.height, 0) + gap * (count - 1);
  } else if (direction === 'row') {
    const available = innerMax - gap * (count - 1);
    children = box.children!.map((child) => measure(child, box.stretch ? available / count : innerMax, options));
    // Too wide: narrow the widest child first (its labels wrap), then the next, until it fits.
    const tried = new Set<number>();
    for (let pass = 0; pass < count * 2; pass += 1) {
      const overflow = children.reduce((sum, child) => sum + child.width, 0) - available;
      if (overflow <= 0.5) break;
      const candidates = children.map((child, i) => ({ child, i })).filter(({ i }) => !tried.has(i));
      if (!candidates.length) break;
      const { child, i } = candidates.reduce((a, b) => (b.child.width > a.child.width ? b : a));
      const narrower = measure(child.box, Math.max(child.width - overflow, child.width * 0.4), options);
      if (narrower.width >= child.width - 0.5) tried.add(i);
      children[i] = narrower;
    }
    contentWidth = children.reduce((sum, child) => sum + child.width, 0) + gap * (count - 1);
    contentHeight = Math.max(...children.map((child) => child.height));
  } else {
    children = box.children!.map((child) => measure(child, innerMax, options));
    rows = [[]];
    let lineWidth = 0;
    for (const child of children) {
      const row = rows[rows.length - 1];
      const next = lineWidth + (row.length ? gap : 0) + child.width;
      if (row.length && next > innerMax) {
        rows.push([child]);
        lineWidth = child.width;
      } else {
        row.push(child);
        lineWidth = next;
      }
    }
    contentWidth = Math.max(...rows.map((row) => row.reduce((sum, child) => sum + child.width, 0) + gap * (row.length - 1)));
    contentHeight = rows.reduce((sum, row) => sum + Math.max(...row.map((child) => child.height)), 0) + gap * (rows.length - 1);
  }
  const width = Math.min(maxWidth, Math.max(box.minWidth ?? 0, contentWidth + 2 * pad, textWidthMax + 2 * pad));
  return { box, width, height: header + contentHeight + 2 * pad, labelLines, noteLines, children, direction, rows };
}

function place(measured: Measured, x: number, y: number, width: number, height: number, depth: number, options: DiagramOptions, out: PlacedBox[]): void {
  const { box } = measured;
  const size = options.fontSize;
  const noteSize = noteSizeOf(options);
  const pad = size * 0.6;
  const gap = size * 0.7 * (box.gap ?? 1);
  const isGroup = measured.children.length > 0;
  const labelHeight = measured.labelLines.length * size * lineHeight;
  const noteHeight = measured.noteLines.length * noteSize * lineHeight;
  const textBlock = labelHeight + noteHeight;
  // Leaves centre their text; groups put their name at the top left, like AWS's own diagrams.
  const textTop = isGroup ? y + pad : y + (height - textBlock) / 2;
  const textX = isGroup ? x + pad : x + width / 2;
  out.push({
    id: box.id,
    x,
    y,
    width,
    height,
    tone: box.tone ?? 'plain',
    dashed: Boolean(box.dashed),
    group: isGroup,
    depth,
    label: measured.labelLines.length ? { lines: measured.labelLines, x: textX, y: textTop + size * 0.95, size } : undefined,
    note: measured.noteLines.length
      ? { lines: measured.noteLines, x: textX, y: textTop + labelHeight + noteSize * 0.95, size: noteSize }
      : undefined,
  });
  if (!isGroup) return;

  const header = textBlock ? textBlock + pad * 0.5 : 0;
  const innerX = x + pad;
  const innerY = y + pad + header;
  const innerWidth = width - 2 * pad;
  const innerHeight = height - 2 * pad - header;
  const children = measured.children;
  if (measured.direction === 'column') {
    const used = children.reduce((sum, child) => sum + child.height, 0);
    // Spare height spreads the children out, so that boxes in neighbouring columns line up.
    const spare = Math.max(0, innerHeight - used - gap * (children.length - 1));
    const step = spare / children.length;
    let cursor = innerY + step / 2;
    for (const child of children) {
      const childWidth = box.stretch || child.children.length ? innerWidth : child.width;
      place(child, innerX + (innerWidth - childWidth) / 2, cursor, childWidth, child.height, depth + 1, options, out);
      cursor += child.height + gap + step;
    }
  } else if (measured.direction === 'row') {
    const used = children.reduce((sum, child) => sum + child.width, 0) + gap * (children.length - 1);
    const spare = Math.max(0, innerWidth - used);
    const extra = box.stretch ? spare / children.length : 0;
    let cursor = innerX + (box.stretch ? 0 : spare / 2);
    for (const child of children) {
      const childWidth = child.width + extra;
      // Groups fill the row's height; single boxes keep theirs, centred, so arrows meet their middle.
      const childHeight = child.children.length ? innerHeight : child.height;
      place(child, cursor, innerY + (innerHeight - childHeight) / 2, childWidth, childHeight, depth + 1, options, out);
      cursor += childWidth + gap;
    }
  } else {
    let cursorY = innerY;
    for (const row of measured.rows ?? []) {
      const rowHeight = Math.max(...row.map((child) => child.height));
      const rowWidth = row.reduce((sum, child) => sum + child.width, 0) + gap * (row.length - 1);
      let cursorX = innerX + (innerWidth - rowWidth) / 2;
      for (const child of row) {
        place(child, cursorX, cursorY, child.width, rowHeight, depth + 1, options, out);
        cursorX += child.width + gap;
      }
      cursorY += rowHeight + gap;
    }
  }
}

/** Where the line from a box's centre towards (tx, ty) leaves the box. */
function exitPoint(box: PlacedBox, tx: number, ty: number): [number, number] {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const dx = tx - cx;
  const dy = ty - cy;
  if (dx === 0 && dy === 0) return [cx, cy];
  const scale = Math.min(dx ? box.width / 2 / Math.abs(dx) : Infinity, dy ? box.height / 2 / Math.abs(dy) : Infinity);
  return [cx + dx * scale, cy + dy * scale];
}

/**
 * Arrows run between the facing sides of two boxes: straight across where the boxes overlap
 * in one direction (the usual case in rows and columns), centre to centre otherwise.
 */
function arrowBetween(from: PlacedBox, to: PlacedBox): [number, number, number, number] {
  const overlapTop = Math.max(from.y, to.y);
  const overlapBottom = Math.min(from.y + from.height, to.y + to.height);
  if (overlapBottom - overlapTop > 8 && (from.x + from.width <= to.x || to.x + to.width <= from.x)) {
    const y = (overlapTop + overlapBottom) / 2;
    return from.x < to.x ? [from.x + from.width, y, to.x, y] : [from.x, y, to.x + to.width, y];
  }
  const overlapLeft = Math.max(from.x, to.x);
  const overlapRight = Math.min(from.x + from.width, to.x + to.width);
  if (overlapRight - overlapLeft > 8 && (from.y + from.height <= to.y || to.y + to.height <= from.y)) {
    const x = (overlapLeft + overlapRight) / 2;
    return from.y < to.y ? [x, from.y + from.height, x, to.y] : [x, from.y, x, to.y + to.height];
  }
  const [x1, y1] = exitPoint(from, to.x + to.width / 2, to.y + to.height / 2);
  const [x2, y2] = exitPoint(to, from.x + from.width / 2, from.y + from.height / 2);
  return [x1, y1, x2, y2];
}

export function diagramLayout(spec: DiagramSpec, options: DiagramOptions): DiagramLayout {
  const measured = measure(spec.root, options.maxWidth, options);
  const boxes: PlacedBox[] = [];
  place(measured, 0, 0, measured.width, measured.height, 0, options, boxes);
  const byId = new Map(boxes.filter((box) => box.id).map((box) => [box.id!, box]));
  const arrows = (spec.arrows ?? []).filter((arrow) => !arrow.only || arrow.only === options.orientation).map((arrow): PlacedArrow => {
    const from = byId.get(arrow.from);
    const to = byId.get(arrow.to);
    if (!from || !to) throw new Error(`diagram arrow ${arrow.from} → ${arrow.to}: no box with id "${!from ? arrow.from : arrow.to}"`);
    const [x1, y1, x2, y2] = arrowBetween(from, to);
    const size = noteSizeOf(options);
    return {
      x1,
      y1,
      x2,
      y2,
      tone: arrow.tone ?? 'muted',
      // Beside a vertical arrow, above a horizontal one.
      label: arrow.label
        ? Math.abs(x2 - x1) < Math.abs(y2 - y1)
          ? { lines: [arrow.label], x: (x1 + x2) / 2 + size * 0.5, y: (y1 + y2) / 2 + size * 0.35, size, anchor: 'start' }
          : { lines: [arrow.label], x: (x1 + x2) / 2, y: (y1 + y2) / 2 - size * 0.4, size, anchor: 'middle' }
        : undefined,
    };
  });
  return { width: measured.width, height: measured.height, boxes, arrows };
}

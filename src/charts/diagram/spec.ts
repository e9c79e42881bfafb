/**
 * A diagram described as boxes and arrows: what the talk's diagrams are written in, and what the
 * layout turns into placed boxes, texts and arrows.
 */
export type DiagramTone = 'none' | 'plain' | 'muted' | 'before' | 'after' | 'account-a' | 'account-b' | 'accent';

export interface DiagramBox {
  id?: string;
  label?: string;
  /** A second, smaller line (or lines) under the label. */
  note?: string;
  tone?: DiagramTone;
  /** A dashed outline: what only the slide claims, no first-party source confirms (see the legend). */
  dashed?: boolean;
  children?: DiagramBox[];
  direction?: 'row' | 'column' | 'wrap';
  /** In the tall drawing, a row becomes a column (and a column a row). */
  flip?: boolean;
  /** Children share the leftover length equally in a row, or stretch to the widest in a column. */
  stretch?: boolean;
  /** Extra space between children, in units of the gap. */
  gap?: number;
  /** A fixed minimum width, e.g. to give a stack of layers one width. */
  minWidth?: number;
}

export interface DiagramArrow {
  from: string;
  to: string;
  label?: string;
  tone?: DiagramTone;
  /** Drawn in one drawing only, where the other needs a different route. */
  only?: 'wide' | 'tall';
}

export interface DiagramSpec {
  root: DiagramBox;
  arrows?: DiagramArrow[];
}

export interface PlacedText {
  lines: string[];
  x: number;
  y: number;
  size: number;
  anchor?: 'start' | 'middle';
}

export interface PlacedBox {
  id?: string;
  x: number;
  y: number;
  width: number;
  height: number;
  tone: DiagramTone;
  dashed: boolean;
  group: boolean;
  depth: number;
  label?: PlacedText;
  note?: PlacedText;
}

export interface PlacedArrow {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  tone: DiagramTone;
  label?: PlacedText;
}

export interface DiagramLayout {
  width: number;
  height: number;
  boxes: PlacedBox[];
  arrows: PlacedArrow[];
}

export interface DiagramOptions {
  orientation: 'wide' | 'tall';
  /** Width available to the whole drawing, in viewBox units. */
  maxWidth: number;
  fontSize: number;
  /** Notes and arrow labels; by default about four fifths of the labels' size. */
  noteSize?: number;
}

export interface DiagramSource {
  title: string;
  href: string;
}

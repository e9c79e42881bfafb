/**
 * A reader's guess on an axis: where a value sits and back, the values the keys step through,
 * and where a marker's label goes. Plain arithmetic rather than d3-scale, so the browser code
 * that moves the guess carries no scale library (the build's layout.ts uses d3 for the rest).
 */

/** Seconds on a linear time axis: the keys step by `keyStep`, a pointer places to `pointerStep`. */
export interface LinearAxis {
  kind: 'linear';
  domain: [number, number];
  range: [number, number];
  keyStep: number;
  pointerStep: number;
}

/** A count on a log axis from 1: a guess is one of its round numbers (1, 2 … 9, 10, 15, 20 …, roundNumbers). */
export interface LogAxis {
  kind: 'log';
  domain: [number, number];
  range: [number, number];
}

export type GuessAxis = LinearAxis | LogAxis;

const clamp = (value: number, [low, high]: readonly [number, number]) => Math.min(high, Math.max(low, value));
/** Floating-point slack when a value sits on a step (7.5 / 0.5 is 15, not 14.999…). */
const slack = 1e-9;

/** Round numbers a decade at a time, 1 to `max`: what a reader says when asked "how many?". */
export function roundNumbers(max: number): number[] {
  const out: number[] = [];
  for (let decade = 1; decade <= max; decade *= 10) {
    const mantissas = decade === 1 ? [1, 2, 3, 4, 5, 6, 7, 8, 9] : [1, 1.5, 2, 2.5, 3, 4, 5, 6, 7, 8, 9];
    for (const m of mantissas) if (m * decade <= max) out.push(m * decade);
  }
  return out;
}

/** Where a value sits on the axis (clamped to it). */
export function positionOf(axis: GuessAxis, value: number): number {
  const [r0, r1] = axis.range;
  const v = clamp(value, axis.domain);
  const [d0, d1] = axis.kind === 'log' ? axis.domain.map(Math.log) : axis.domain;
  const share = ((axis.kind === 'log' ? Math.log(v) : v) - d0!) / (d1! - d0!);
  return r0 + share * (r1 - r0);
}

/** The guess a pointer at `x` places: the nearest step of a linear axis, the nearest round number of a log one. */
export function valueAt(axis: GuessAxis, x: number): number {
  const [r0, r1] = axis.range;
  const share = Math.min(1, Math.max(0, (x - r0) / (r1 - r0)));
  if (axis.kind === 'linear') {
    const [d0, d1] = axis.domain;
    return roundTo(d0 + share * (d1 - d0), axis.pointerStep, axis.domain);
  }
  const [l0, l1] = axis.domain.map(Math.log) as [number, number];
  const wanted = l0 + share * (l1 - l0);
  return roundNumbers(axis.domain[1]).reduce((best, value) => (Math.abs(Math.log(value) - wanted) < Math.abs(Math.log(best) - wanted) ? value : best));
}

const roundTo = (value: number, step: number, domain: readonly [number, number]) => clamp(Number((Math.round(value / step) * step).toFixed(6)), domain);

/**
 * The guess `steps` keys away (negative: down): to the next step of a linear axis, the next
 * round number of a log one. A guess between steps (placed by a pointer) moves to the step
 * beside it first, never past it.
 */
export function stepped(axis: GuessAxis, value: number, steps: number): number {
  if (axis.kind === 'linear') {
    const k = axis.keyStep;
    const from = steps > 0 ? Math.floor(value / k + slack) : Math.ceil(value / k - slack);
    return roundTo((from + steps) * k, k, axis.domain);
  }
  const ladder = roundNumbers(axis.domain[1]);
  const above = ladder.findIndex((v) => v > value + slack);
  const below = ladder.findLastIndex((v) => v < value - slack);
  const index = steps > 0 ? (above === -1 ? ladder.length : above) + steps - 1 : (below === -1 ? -1 : below) + steps + 1;
  return ladder[Math.min(ladder.length - 1, Math.max(0, index))]!;
}

/** Page Up and Page Down: two seconds on the time axis, a factor of ten on a count. */
export function leaped(axis: GuessAxis, value: number, direction: 1 | -1): number {
  if (axis.kind === 'linear') return stepped(axis, value, 4 * direction);
  const wanted = direction > 0 ? value * 10 : value / 10;
  return valueAt(axis, positionOf(axis, wanted));
}

/** A marker's label: beside its line, on the side with room, at the baseline of its row. */
export function labelBeside(x: number, axis: GuessAxis, y: number): { x: number; y: number; anchor: 'start' | 'end' } {
  const [r0, r1] = axis.range;
  const start = x < (r0 + r1) / 2;
  return { x: Math.round((start ? x + 5 : x - 5) * 10) / 10, y, anchor: start ? 'start' : 'end' };
}

export interface Marker {
  value: number;
  x: number;
  /** Where its line starts (under its label) and its label. */
  top: number;
  label: { x: number; y: number; anchor: 'start' | 'end' };
}

/** A value's marker: its line from under its label in `row` down to the axis. */
export function markerAt(axis: GuessAxis, value: number, row: number): Marker {
  const x = Math.round(positionOf(axis, value) * 10) / 10;
  return { value, x, top: row + 6, label: labelBeside(x, axis, row) };
}

/**
 * A histogram's bars at any counts: how tall a bar is for its count, and its rect and count as
 * markup. The build draws the run's end with them (marks.ts); the replay draws every frame with
 * the same function, written onto the build's bars by runtime/svg-frame. Apart from layout.ts, so
 * that the replay's browser code carries no scale.
 */
import { count } from '../../i18n/format.ts';
import { el, text } from '../svg.ts';

/** A bar of 1 beside one of 448 must still be seen. */
export const minimumBarHeight = 2;

/** The bars' scale: the build writes it on the <svg>, the replay reads it back. */
export interface BarScale {
  baseline: number;
  pixelsPerRequest: number;
  minimumBarHeight: number;
}

/** Where a bar stands whatever its count; `labelX` when its count is written (a narrow neighbour's may give way). */
export interface BarPlace {
  index: number;
  x: number;
  width: number;
  slow?: boolean;
  labelX?: number;
}

export function barHeight(scale: Pick<BarScale, 'pixelsPerRequest' | 'minimumBarHeight'>, count: number): number {
  return count === 0 ? 0 : Math.max(scale.minimumBarHeight, count * scale.pixelsPerRequest);
}

const tenth = (value: number) => Math.round(value * 10) / 10;

/** A bar at `requests`, and its count above it (when it has a place for one). */
export function barFrame(place: BarPlace, scale: BarScale, requests: number): { bar: string; label?: string } {
  const height = barHeight(scale, requests);
  const top = scale.baseline - height;
  return {
    bar: el('rect', { class: place.slow ? 'bar bar--slow' : 'bar', 'data-bucket': place.index, 'data-count': requests, x: place.x, y: tenth(top), width: place.width, height: tenth(height) }),
    label: place.labelX === undefined ? undefined : el('text', { class: 'bar-label', 'data-bucket': place.index, x: place.labelX, y: tenth(top - 6), 'text-anchor': 'middle' }, text(count(requests))),
  };
}

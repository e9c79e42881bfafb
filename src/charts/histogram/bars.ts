/**
 * How tall a histogram bar is for its count: the rule the build draws with and the replay grows
 * bars by (apart from layout.ts, so the replay's browser code carries no scale).
 */

/** A bar of 1 beside one of 448 must still be seen. */
export const minimumBarHeight = 2;

export function barHeight(layout: { pixelsPerRequest: number; minimumBarHeight: number }, count: number): number {
  return count === 0 ? 0 : Math.max(layout.minimumBarHeight, count * layout.pixelsPerRequest);
}

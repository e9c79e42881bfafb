import { describe, expect, it } from 'vitest';
import { barHeight, histogramLayout } from './layout';

const slide25 = [
  [0.019, 1], [1.322, 448], [2.625, 1], [3.927, 0], [5.23, 0], [6.533, 0],
  [7.835, 0], [9.138, 0], [10.441, 4], [11.743, 9], [13.046, 37],
].map(([mark, count]) => ({ mark: mark!, count: count! }));

describe('histogramLayout', () => {
  const layout = histogramLayout(slide25, { width: 600, height: 300 });

  it('draws one bar per bucket, in time order, inside the plot', () => {
    expect(layout.bars).toHaveLength(11);
    for (const bar of layout.bars) {
      expect(bar.x).toBeGreaterThanOrEqual(layout.margin.left - 10);
      expect(bar.x + bar.width).toBeLessThanOrEqual(600 - layout.margin.right + 0.5);
    }
    layout.bars.slice(1).forEach((bar, i) => expect(bar.x).toBeGreaterThan(layout.bars[i]!.x));
  });

  it('makes the tallest bar reach the top and keeps a bar of 1 visible beside it', () => {
    expect(layout.bars[1]!.y).toBe(layout.margin.top);
    expect(layout.bars[0]!.height).toBeGreaterThanOrEqual(2);
    expect(layout.bars[2]!.height).toBeGreaterThanOrEqual(2);
    expect(layout.bars[3]!.height).toBe(0);
  });

  it('labels every bar, zeros included, when asked for all', () => {
    expect(layout.bars.every((bar) => bar.label)).toBe(true);
  });

  it('keeps bar heights proportional to counts above the minimum', () => {
    expect(layout.bars[10]!.height / layout.bars[9]!.height).toBeCloseTo(37 / 9, 1);
    expect(barHeight(layout, 448)).toBeCloseTo(layout.baseline - layout.margin.top, 0);
  });

  it('shares a time axis when given one, squeezing a fast run to the left', () => {
    const fast = slide25.map((b) => ({ mark: b.mark / 24, count: b.count }));
    const shared = histogramLayout(fast, { width: 600, height: 300, timeMin: 0, timeMax: 13.046, labels: 'nonzero' });
    expect(shared.bars.at(-1)!.x + shared.bars.at(-1)!.width).toBeLessThan(100);
    // Labels that would collide are dropped rather than overprinted, and the largest count keeps its own.
    const labelled = shared.bars.filter((bar) => bar.label);
    labelled.slice(1).forEach((bar, i) => expect(bar.label!.x - labelled[i]!.label!.x).toBeGreaterThanOrEqual(26));
    expect(shared.bars[1]!.label).toBeDefined();
  });

  it('starts the time axis just before the fastest request, on a round number', () => {
    const slow = slide25.map((b) => ({ mark: 2 + b.mark / 10, count: b.count }));
    const own = histogramLayout(slow, { width: 600, height: 300 });
    expect(own.timeMin).toBeGreaterThan(1.5);
    expect(own.timeMin).toBeLessThanOrEqual(2.002 - 0.13);
    expect(own.bars.every((bar) => bar.label)).toBe(true);
  });

  it('puts round-number ticks on both axes', () => {
    expect(layout.xTicks.map((t) => t.value)).toContain(10);
    expect(layout.yTicks.map((t) => t.value)).toContain(400);
  });
});

import { describe, expect, it } from 'vitest';
import { laneGeometry, lanesLayout } from './layout';

describe('lanesLayout', () => {
  const layout = { lanes: lanesLayout({ width: 600, lanesHeight: 200, timeMax: 13.5 }) };

  it('spans the width it is given, with round ticks on the time axis', () => {
    expect(layout.lanes.width).toBe(600);
    expect(layout.lanes.xTicks.map((tick) => tick.label)).toContain('10');
  });

  it('maps the run’s start and end to the edges of the lanes panel', () => {
    const lanes = laneGeometry(layout.lanes, 50);
    expect(lanes.x(0)).toBe(layout.lanes.margin.left);
    expect(lanes.x(13.5)).toBe(600 - layout.lanes.margin.right);
  });

  it('stacks the workers top to bottom, thinner than their slot when there is room', () => {
    const few = laneGeometry(layout.lanes, 50);
    expect(few.y(0)).toBe(layout.lanes.margin.top);
    expect(few.y(50)).toBeCloseTo(200 - layout.lanes.margin.bottom, 6);
    expect(few.barHeight).toBeLessThan(few.laneHeight);
    const many = laneGeometry(layout.lanes, 1000);
    expect(many.barHeight).toBeGreaterThanOrEqual(0.5);
  });
});

import { describe, expect, it } from 'vitest';
import { snapshotOf } from '../snapshot';
import { laneGeometry, lanesLayout } from './layout';
import { lanesMarks } from './marks';

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

describe('the lanes panel marks', () => {
  const lanes = lanesLayout({ width: 600, lanesHeight: 170, timeMax: 13.5 });
  const svg = lanesMarks(lanes, { id: 'test', name: 'hey workers over time: 50 workers', workersLabel: 'Workers 50', hint: 'Press play' });

  it('name the panel with its number of workers, and draw no requests (the canvas over it does)', () => {
    expect(svg).toContain('<title id="test-lanes-title">hey workers over time: 50 workers</title>');
    expect(svg).not.toContain('<rect class="bar"');
  });

  it('match the snapshot of a 13.5 s run', () => {
    expect(snapshotOf(svg)).toMatchSnapshot();
  });
});

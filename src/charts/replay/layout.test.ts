import { describe, expect, it } from 'vitest';
import { snapshotOf } from '../snapshot';
import { laneGeometry, laneSegments, lanesLayout } from './layout';
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

describe('laneSegments', () => {
  const lanes = lanesLayout({ width: 600, lanesHeight: 170, timeMax: 13 });
  // Two workers: a slow first request (bucket 9), then two fast ones (bucket 1) that merge into one bar.
  const requests = [0, 1].flatMap((worker) => [
    { worker, start: 0, end: 10, bucket: 9 },
    { worker, start: 10, end: 10.5, bucket: 1 },
    { worker, start: 10.5, end: 11, bucket: 1 },
  ]);

  it('draws each worker’s slow requests apart and merges neighbours of one kind, and alike workers into one block', () => {
    const segments = laneSegments(requests, 2, lanes, 8).sort((a, b) => a.y - b.y || a.x - b.x);
    expect(segments.map((s) => s.slow)).toEqual([true, false]);
    const geometry = laneGeometry(lanes, 2);
    expect(segments[0]!.height).toBeCloseTo(geometry.laneHeight + geometry.barHeight, 1);
    // To half a unit, a deck pixel being one.
    expect(Math.abs(segments[1]!.x - geometry.x(10))).toBeLessThanOrEqual(0.25);
    expect(Math.abs(segments[1]!.x + segments[1]!.width - geometry.x(11))).toBeLessThanOrEqual(0.5);
  });

  it('draws no request slow when the run has no slow cluster', () => {
    expect(laneSegments(requests, 2, lanes, undefined).every((s) => !s.slow)).toBe(true);
  });

  it('draws workers alike as one block: 1,000 workers of one schedule fill the panel with one bar', () => {
    const many = Array.from({ length: 1000 }, (_, worker) => ({ worker, start: 0, end: 1, bucket: 0 }));
    const segments = laneSegments(many, 1000, lanes, undefined);
    expect(segments).toHaveLength(1);
    expect(segments[0]!.y).toBe(lanes.margin.top);
    expect(segments[0]!.y + segments[0]!.height).toBeCloseTo(170 - lanes.margin.bottom, 0);
  });

  it('keeps one row a pixel where lanes are thinner than that, each row its own worker', () => {
    // 1,000 workers whose first request grows with the worker: no two pixel rows alike.
    const many = Array.from({ length: 1000 }, (_, worker) => ({ worker, start: 0, end: 1 + worker / 50, bucket: 0 }));
    const segments = laneSegments(many, 1000, lanes, undefined);
    const rows = Math.floor(170 - lanes.margin.top - lanes.margin.bottom);
    expect(segments.length).toBeGreaterThan(rows / 3);
    expect(segments.reduce((sum, s) => sum + s.height, 0)).toBeCloseTo(rows, 0);
  });
});

describe('the lanes panel marks', () => {
  const lanes = lanesLayout({ width: 600, lanesHeight: 170, timeMax: 13.5 });
  const segments = laneSegments(
    Array.from({ length: 50 }, (_, worker) => [
      { worker, start: 0, end: 9 + worker / 12.5, bucket: 10 },
      { worker, start: 9 + worker / 12.5, end: 9.5 + worker / 12.5, bucket: 1 },
    ]).flat(),
    50,
    lanes,
    8,
  );
  const svg = lanesMarks(lanes, segments, { id: 'test', name: 'hey workers over time: 50 workers', workersLabel: 'Workers', workersCount: '50' });

  it('name the panel with its number of workers, and draw the schedule, slow requests apart', () => {
    expect(svg).toContain('<title id="test-lanes-title">hey workers over time: 50 workers</title>');
    expect(svg.match(/<rect /g)).toHaveLength(1 + 100);
    expect(svg).toContain('class="lanes-schedule lanes-schedule--slow"');
  });

  it('match the snapshot of a 13.5 s run', () => {
    expect(snapshotOf(svg)).toMatchSnapshot();
  });
});

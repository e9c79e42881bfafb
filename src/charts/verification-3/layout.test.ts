import { describe, expect, it } from 'vitest';
import { loadPreset, simulate } from '../../lib/eni-model';
import { smooth, verification3Layout, verification3Series } from './layout';

const run = simulate('after', loadPreset('verification-3'));

describe('the verification-3 model over time', () => {
  it('climbs to the 1,000 concurrent executions of the 2019 limit and stays there', () => {
    const concurrency = verification3Series(run.samples, 'concurrency', 60);
    expect(Math.max(...concurrency.map((p) => p.value))).toBe(1000);
    expect(concurrency.find((p) => p.t >= 30)!.value).toBe(1000);
  });

  it('throttles once the users outnumber the limit, and not before', () => {
    const throttles = smooth(verification3Series(run.samples, 'throttles', 60), 1);
    expect(throttles.find((p) => p.t <= 5)!.value).toBe(0);
    expect(throttles.find((p) => p.t >= 20)!.value).toBeGreaterThan(100);
  });

  it('keeps the successful requests near the function’s 3 s: no long waits', () => {
    const latency = smooth(verification3Series(run.samples, 'latency', 60), 1);
    for (const point of latency) {
      expect(point.value).toBeGreaterThanOrEqual(3);
      expect(point.value).toBeLessThan(3.5);
    }
  });

  it('lays out a path across the plot with the limit as a reference line', () => {
    const points = verification3Series(run.samples, 'concurrency', 60);
    const layout = verification3Layout(points, 'concurrency', { width: 600, height: 240, duration: 60, reference: 1000 });
    expect(layout.path.startsWith('M56,')).toBe(true);
    expect(layout.reference!.y).toBeGreaterThan(layout.margin.top - 1);
    expect(layout.yTicks.map((t) => t.label)).toContain('1,000');
  });
});

import { describe, expect, it } from 'vitest';
import rdsJson from '../../../data/rds-mysql.json';
import { defaultParameters, loadPreset, simulate } from '../../lib/eni-model';
import { rdsProxyFigure } from '../../lib/rds-proxy';
import { parseRdsData } from '../../lib/rds-data';
import { verification3Series } from '../verification-3/layout';
import { changePoints, crossingSeconds, firstAbove, surgeLayout } from './layout';
import { surgeClasses, surgeDrawing } from './surge';

const data = parseRdsData(rdsJson);
// The model's run made here again, not taken from the chart, so the crossings are checked against the model itself.
const series = verification3Series(simulate('after', loadPreset('verification-3')).samples, 'concurrency', 60);
const layout = surgeDrawing();

describe('the overlay’s numbers against slide 16’s data', () => {
  it('gives each class the max_connections of RDS’s formula on its memory, {DBInstanceClassMemory/12582880} truncated', () => {
    expect(surgeClasses()).toEqual([
      { name: 'db.t3.micro', maxConnections: 85 },
      { name: 'db.t3.small', maxConnections: 170 },
      { name: 'db.t3.medium', maxConnections: 341 },
      { name: 'db.t3.large', maxConnections: 682 },
      { name: 'db.r5.large', maxConnections: 1365 },
    ]);
    for (const { name, maxConnections } of surgeClasses()) {
      const instance = data.classes.find((c) => c.name === name)!;
      expect(maxConnections, name).toBe(Math.floor((instance.memoryGiB * 2 ** 30) / data.maxConnectionsFormula.bytesPerConnection));
    }
  });

  it('draws AWS’s figure for RDS Proxy: 20,000 client connections, the database capped at 187, between db.t3.small and db.t3.medium', () => {
    expect(layout.proxy.clients.value).toBe(20_000);
    expect(layout.proxy.database.value).toBe(187);
    expect(rdsProxyFigure.source.url).toMatch(/^https:\/\/docs\.aws\.amazon\.com\/prescriptive-guidance\//);
    const [, small, medium] = layout.limits;
    expect(layout.proxy.database.y).toBeLessThan(small!.y);
    expect(layout.proxy.database.y).toBeGreaterThan(medium!.y);
  });
});

describe('when the surge first passes each limit, against the model', () => {
  it('is the model’s first sample above the limit: every sample before it is at or under it', () => {
    const crossed = layout.limits.filter((limit) => limit.crossing);
    expect(crossed).toHaveLength(4);
    for (const limit of crossed) {
      const i = series.findIndex((point) => point.t === limit.crossing!.t);
      expect(series[i]!.value, limit.name).toBeGreaterThan(limit.maxConnections);
      expect(series.slice(0, i).every((point) => point.value <= limit.maxConnections), limit.name).toBe(true);
    }
  });

  it('passes the t3 classes within seven seconds, and never db.r5.large: the surge stops at the account’s 1,000', () => {
    expect(layout.limits.map((limit) => limit.crossing && crossingSeconds(limit.crossing.t))).toEqual(['0.1', '1.1', '3.0', '6.1', undefined]);
    expect(layout.peak.value).toBe(defaultParameters.accountConcurrency);
    expect(crossingSeconds(layout.peak.t)).toBe('9.1');
  });

  it('counts strictly more than the limit as passing it, and none when the series never does', () => {
    const steps = [{ t: 0, value: 0 }, { t: 1, value: 85 }, { t: 2, value: 86 }];
    expect(firstAbove(steps, 85)).toBe(2);
    expect(firstAbove(steps, 86)).toBeUndefined();
  });
});

describe('the geometry', () => {
  it('draws the step line through the points where the count changes, which hold the whole series', () => {
    const points = changePoints(series);
    expect(points.length).toBeLessThan(20);
    for (const sample of series) expect(points.findLast((point) => point.t <= sample.t)!.value).toBe(sample.value);
    expect(layout.path.startsWith(`M${layout.plot.left},${layout.plot.bottom}`)).toBe(true);
  });

  it('spaces the classes, each twice the last, evenly up the log axis, every line inside the plot', () => {
    const ys = layout.limits.slice(0, 4).map((limit) => limit.y);
    const gaps = ys.slice(1).map((y, i) => ys[i]! - y);
    for (const gap of gaps) expect(gap).toBeCloseTo(gaps[0]!, 0);
    for (const y of [...layout.limits.map((limit) => limit.y), layout.proxy.clients.y, layout.proxy.database.y]) {
      expect(y).toBeGreaterThanOrEqual(layout.plot.top);
      expect(y).toBeLessThanOrEqual(layout.plot.bottom);
    }
    expect(layout.yTicks.map((tick) => tick.value)).toEqual([100, 1000, 10000]);
  });

  it('puts each crossing where its time falls on the time axis', () => {
    const small = surgeLayout({ series, classes: [{ name: 'a', maxConnections: 170 }], proxy: rdsProxyFigure, duration: 60, width: 600 });
    const { plot } = small;
    expect(small.limits[0]!.crossing!.x).toBeCloseTo(plot.left + (1.1 / 60) * (plot.right - plot.left), 1);
  });
});

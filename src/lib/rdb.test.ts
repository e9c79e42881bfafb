import { describe, expect, it } from 'vitest';
import rdsJson from '../../data/rds-mysql.json';
import { demandAt, familySteps, instanceFor, maxConnections, rdbChanges, rdbTimeline, unusedShare } from './rdb';
import { parseRdsData } from './rds-data';

const data = parseRdsData(rdsJson);
const t3 = familySteps(data, 't3');

describe('maxConnections', () => {
  it('is RDS for MySQL’s default {DBInstanceClassMemory/12582880} on nominal memory, truncated', () => {
    // AWS's own example: 8 GiB gives 8589934592/12582880 = 683 before the OS reservation.
    expect(maxConnections({ memoryGiB: 8 })).toBe(682);
    expect(8 * 2 ** 30 / 12582880).toBeCloseTo(682.67, 2);
    expect(maxConnections({ memoryGiB: 1 })).toBe(85);
    expect(maxConnections({ memoryGiB: 768 })).toBe(65536);
  });
});

describe('instanceFor', () => {
  it('chooses the smallest class whose maximum connections cover the demand', () => {
    for (const demand of [1, 85, 86, 170, 171, 500, 682, 683, 1365, 2000, 2730]) {
      const chosen = instanceFor(demand, t3)!;
      expect(chosen.maxConnections).toBeGreaterThanOrEqual(demand);
      const smaller = t3.filter((step) => step.maxConnections < chosen.maxConnections);
      smaller.forEach((step) => expect(step.maxConnections).toBeLessThan(demand));
    }
    expect(instanceFor(683, t3)!.instance.name).toBe('db.t3.xlarge');
    expect(instanceFor(682, t3)!.instance.name).toBe('db.t3.large');
  });

  it('finds none when the demand is beyond the family’s largest class', () => {
    expect(instanceFor(2731, t3)).toBeUndefined();
  });
});

describe('rdbTimeline', () => {
  const points = rdbTimeline(1000, t3);

  it('reaches the chosen peak and starts well below it', () => {
    expect(Math.max(...points.map((point) => point.demand))).toBeCloseTo(1000, 0);
    expect(points[0].demand).toBeLessThan(200);
  });

  it('always has room for the demand, and never steps down', () => {
    for (let i = 0; i < points.length; i += 1) {
      expect(points[i].step!.maxConnections).toBeGreaterThanOrEqual(points[i].demand);
      if (i) expect(points[i].step!.maxConnections).toBeGreaterThanOrEqual(points[i - 1].step!.maxConnections);
    }
  });

  it('changes class exactly when the demand passes the class in service', () => {
    const changes = rdbChanges(points);
    expect(changes.map((change) => change.to!.instance.name)).toEqual(['db.t3.medium', 'db.t3.large', 'db.t3.xlarge']);
    for (const change of changes) expect(demandAt(change.month, 1000)).toBeGreaterThan(change.from!.maxConnections);
  });

  it('leaves part of what is paid for unused', () => {
    const share = unusedShare(points);
    expect(share).toBeGreaterThan(0.1);
    expect(share).toBeLessThan(1);
  });
});

describe('parseRdsData', () => {
  it('names the file and the field of a bad value', () => {
    const broken = structuredClone(rdsJson) as { classes: { memoryGiB: unknown }[] };
    broken.classes[2].memoryGiB = 'four';
    expect(() => parseRdsData(broken)).toThrow(/^data\/rds-mysql\.json: classes\.2\.memoryGiB: /);
  });
});

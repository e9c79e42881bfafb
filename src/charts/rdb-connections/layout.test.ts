import { describe, expect, it } from 'vitest';
import rdsJson from '../../../data/rds-mysql.json';
import { familySteps, instanceFor } from '../../lib/rdb';
import { parseRdsData } from '../../lib/rds-data';
import { rdbLayout } from './layout';

const steps = familySteps(parseRdsData(rdsJson), 't3');

describe('rdbLayout', () => {
  it('puts at the cursor the smallest instance whose maximum connections cover the demand so far', () => {
    for (const month of [0, 4, 9, 13, 18, 24]) {
      const { cursor, points } = rdbLayout({ steps, peak: 1000, month });
      const highest = Math.max(...points.filter((point) => point.month <= cursor.point.month).map((point) => point.demand));
      expect(cursor.point.step).toBe(instanceFor(highest, steps));
    }
  });

  it('draws the staircase above the demand curve, never under it', () => {
    const layout = rdbLayout({ steps, peak: 1500, month: 12 });
    expect(layout.cursor.stepY).toBeLessThanOrEqual(layout.cursor.demandY);
    expect(layout.staircase).toMatch(/^M/);
    expect(layout.waste).toMatch(/Z$/);
  });

  it('names the next forced change after the cursor', () => {
    const early = rdbLayout({ steps, peak: 1000, month: 2 });
    expect(early.cursor.next?.to?.instance.name).toBe('db.t3.medium');
    const late = rdbLayout({ steps, peak: 1000, month: 20 });
    expect(late.cursor.next).toBeUndefined();
  });

  it('turns pointer positions back into months and connections', () => {
    const layout = rdbLayout({ steps, peak: 1000, month: 12 });
    expect(layout.monthAt(layout.plot.left)).toBe(0);
    expect(layout.monthAt(layout.plot.right + 50)).toBe(24);
    expect(layout.connectionsAt(layout.cursor.demandY)).toBeCloseTo(layout.cursor.point.demand, 5);
  });
});

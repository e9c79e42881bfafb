import { describe, expect, it } from 'vitest';
import rdsJson from '../../../data/rds-mysql.json';
import { rdbEn } from '../../i18n/rdb.en';
import { familySteps } from '../../lib/rdb';
import { parseRdsData } from '../../lib/rds-data';
import { snapshotOf } from '../snapshot';
import { rdbDefaults, rdbLayout } from './layout';
import { rdbMarks, rdbMessages, rdbParts, rdbTableRows } from './marks';

const steps = familySteps(parseRdsData(rdsJson), 't3');
const layout = rdbLayout({ steps, peak: rdbDefaults.peak, month: rdbDefaults.month, width: 720, height: 360 });
const state = { family: 't3', peak: 1000, maxPeak: steps.at(-1)!.maxConnections };
const svg = rdbMarks(layout, rdbEn, { id: 'test', className: 'rdb-wide', ...state });

describe('slide 16 marks', () => {
  it('make the drawing a named group around a handle a keyboard can move', () => {
    expect(svg).toContain('role="group"');
    expect(svg).toContain(`<title id="test-title">${rdbEn.title}</title>`);
    expect(svg).toMatch(/<circle class="rdb-handle"[^>]*tabindex="0"[^>]*role="slider"/);
  });

  it('describe the staircase with its family, its peak and the share paid for but unused', () => {
    expect(rdbMessages.description(rdbEn, 't3', 1000, 0.354)).toContain('db.t3 family growing to a peak of 1,000 connections');
    expect(rdbMessages.description(rdbEn, 't3', 1000, 0.354)).toContain('35%');
  });

  it('draw the parts the browser redraws from the same functions', () => {
    for (const [name, part] of Object.entries(rdbParts)) {
      expect(svg).toContain(`data-rdb="${name}"`);
      expect(svg).toContain(part(layout, { ...state, words: rdbEn }));
    }
  });

  it('give the numbers every three months as table rows', () => {
    const rows = rdbTableRows(layout);
    expect(rows.match(/<tr>/g)).toHaveLength(9);
    expect(rows).toContain('<th scope="row">0</th>');
  });

  it('match the snapshot of the wide drawing', () => {
    expect(snapshotOf(svg)).toMatchSnapshot();
  });
});

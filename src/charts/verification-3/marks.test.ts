import { describe, expect, it } from 'vitest';
import { strings } from '../../i18n/strings';
import { snapshotOf } from '../snapshot';
import { verification3Marks } from './marks';
import { verification3Panels, verification3Table } from './panels';

describe('verification 3 marks', () => {
  const panels = verification3Panels(strings.en);

  it('draw three panels, each named as a model', () => {
    expect(panels.map(({ layout }) => layout.panel)).toEqual(['concurrency', 'throttles', 'latency']);
    for (const { layout, text } of panels) expect(verification3Marks(layout, text)).toContain(`aria-label="${text.name.replace(/'/g, '&apos;')}"`);
  });

  it('draw the account limit of 1,000 as the concurrency panel’s reference line', () => {
    const [concurrency] = panels;
    expect(verification3Marks(concurrency!.layout, concurrency!.text)).toContain(strings.en.verification3.panels.concurrency.reference);
  });

  it('give their numbers every five seconds for the table', () => {
    const table = verification3Table();
    expect(table.slice(0, 3).map((row) => row.t)).toEqual([5, 10, 15]);
    expect(table.at(-1)!.concurrency).toBe(1000);
  });

  it('match the snapshot of the three panels', () => {
    expect(snapshotOf(panels.map(({ layout, text }) => verification3Marks(layout, text)).join('\n'))).toMatchSnapshot();
  });
});

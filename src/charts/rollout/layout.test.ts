import { describe, expect, it } from 'vitest';
import { diagramsJa } from '../../i18n/diagrams.ja';
import { formatDate } from '../../lib/i18n';
import { rolloutEvents } from './events';
import { rolloutLayout, type RolloutLabel } from './layout';

const events = rolloutEvents.map((event) => ({ ...event, text: diagramsJa.rollout.events[event.key] }));
const formats = { formatDate: (isoDate: string) => formatDate(isoDate, 'ja', 'short'), formatTick: diagramsJa.rollout.formatTick };
const box = (label: RolloutLabel) => ({ left: label.x, right: label.x + label.width, top: label.y - 18, bottom: label.y - 18 + label.height });

describe('rolloutLayout', () => {
  for (const orientation of ['wide', 'tall'] as const) {
    const layout = rolloutLayout(events, { orientation, width: orientation === 'wide' ? 1000 : 380, fontSize: 18, labelWidth: 220, ...formats });

    it(`${orientation}: places the events in date order along the axis`, () => {
      const positions = layout.labels.map((label) => (orientation === 'wide' ? label.at.x : label.at.y));
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    });

    it(`${orientation}: no two labels overlap`, () => {
      const boxes = layout.labels.map(box);
      for (let i = 0; i < boxes.length; i += 1) {
        for (let j = i + 1; j < boxes.length; j += 1) {
          const a = boxes[i];
          const b = boxes[j];
          const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
          expect(apart, `${layout.labels[i].dateLine} and ${layout.labels[j].dateLine}`).toBe(true);
        }
      }
    });

    it(`${orientation}: keeps every label inside the drawing`, () => {
      for (const label of layout.labels) {
        expect(label.x).toBeGreaterThanOrEqual(0);
        expect(label.x + label.width).toBeLessThanOrEqual(layout.width + 0.5);
      }
    });
  }

  it('marks the talk and shows the slide’s two dates', () => {
    const layout = rolloutLayout(events, { orientation: 'wide', width: 1000, fontSize: 18, labelWidth: 220, ...formats });
    expect(layout.labels.map((label) => label.dateLine)).toEqual(expect.arrayContaining(['2019/9/3', '2019/9/27', '2019/10/26']));
    expect(layout.labels.find((label) => label.event.kind === 'talk')!.dateLine).toBe('2019/10/26');
    expect(layout.segments).toHaveLength(2);
  });
});

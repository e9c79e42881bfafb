import { describe, expect, it } from 'vitest';
import { diagramsJa } from '../../i18n/diagrams.ja';
import { formatDate } from '../../i18n/strings';
import { talk } from '../../lib/talk';
import { rolloutEvents } from './events';
import { rolloutLayout, talkDayAxis, type RolloutLabel, type RolloutOptions } from './layout';

const events = rolloutEvents.map((event) => ({ ...event, text: diagramsJa.rollout.events[event.key] }));
const formats = { formatDate: (isoDate: string) => formatDate(isoDate, 'ja', 'short'), formatTick: diagramsJa.rollout.formatTick };
const box = (label: RolloutLabel) => ({ left: label.x, right: label.x + label.width, top: label.y - 18, bottom: label.y - 18 + label.height });

const upToTalk = events.filter((event) => event.date <= talk.date);
const talkDay: Omit<RolloutOptions, 'formatDate' | 'formatTick'> = { orientation: 'wide', width: 1144, fontSize: 16, labelWidth: 400, axis: talkDayAxis };

describe('rolloutLayout', () => {
  const cases = [
    ['wide', rolloutLayout(events, { orientation: 'wide', width: 1000, fontSize: 18, labelWidth: 220, ...formats })],
    ['tall', rolloutLayout(events, { orientation: 'tall', width: 380, fontSize: 18, labelWidth: 220, ...formats })],
    ['up to the talk', rolloutLayout(upToTalk, { ...talkDay, ...formats })],
  ] as const;
  for (const [name, layout] of cases) {
    const orientation = name === 'tall' ? 'tall' : 'wide';

    it(`${name}: places the events in date order along the axis`, () => {
      const positions = layout.labels.map((label) => (orientation === 'wide' ? label.at.x : label.at.y));
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    });

    it(`${name}: no two labels overlap`, () => {
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

    it(`${name}: keeps every label inside the drawing`, () => {
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

  it('up to the talk: one scale with no break, ending soon after the talk and naming no later month', () => {
    const layout = rolloutLayout(upToTalk, { ...talkDay, ...formats });
    expect(layout.segments).toHaveLength(1);
    expect(layout.breakAt).toBeUndefined();
    expect(layout.ticks.map((tick) => tick.label)).toEqual(['2019年9月', '10月']);
    // The four events spread over the slide's width, the talk near its right end.
    const talkX = layout.labels.find((label) => label.event.kind === 'talk')!.at.x;
    expect(talkX / layout.width).toBeGreaterThan(0.85);
    expect(talkX).toBeLessThan(layout.width - talkDay.fontSize);
  });
});

import { describe, expect, it } from 'vitest';
import { strings } from '../../i18n/strings';
import { talk } from '../../lib/talk';
import { snapshotOf } from '../snapshot';
import { rolloutEvents } from './events';
import { rolloutDrawings } from './drawings';
import { rolloutMarks } from './marks';

describe('rollout marks', () => {
  const [wide] = rolloutDrawings('en', strings.en, ['wide']).drawings;
  const svg = rolloutMarks(wide!.layout, wide!.text);

  it('name the timeline and list every event with its date in the description', () => {
    expect(svg).toContain('<title id="rollout-diagram-wide-title">');
    for (const event of Object.values(strings.en.diagrams.rollout.events)) expect(svg).toContain(event.replace(/&/g, '&amp;').split(' ')[0]);
    expect(svg).toMatch(/<desc[^>]*>[^<]*Sep 3, 2019/);
  });

  it('mark the talk’s own date apart from the rollout’s', () => {
    expect(svg.match(/class="r-event r-talk"/g)).toHaveLength(1);
    expect(svg.match(/class="r-event r-region/g)!.length).toBeGreaterThan(3);
  });

  it('tell the events after the talk apart from those the talk could show', () => {
    const after = rolloutEvents.filter((event) => event.date > talk.date);
    expect(after.map((event) => event.date)).toEqual(['2019-11-06', '2019-11-25', '2019-11-28', '2020-03-31', '2020-08-05']);
    expect(svg.match(/ r-after-talk"/g)).toHaveLength(after.length);
  });

  it('match the snapshot of the wide timeline', () => {
    expect(snapshotOf(svg)).toMatchSnapshot();
  });
});

describe('rollout marks on slide 22 as the talk gave it', () => {
  const [talkDay] = rolloutDrawings('ja', strings.ja, ['slide-talk-day']).drawings;
  const svg = rolloutMarks(talkDay!.layout, talkDay!.text);
  const later = rolloutEvents.filter((event) => event.date > talk.date);

  it('draw and describe only what was known on the talk’s day', () => {
    expect(svg.match(/class="r-event /g)).toHaveLength(rolloutEvents.length - later.length);
    expect(svg).not.toContain('r-after-talk');
    for (const event of later) expect(svg, event.date).not.toContain(strings.ja.diagrams.rollout.events[event.key]);
    expect(svg).toMatch(/<desc[^>]*>[^<]*2019\/10\/26 このトーク。<\/desc>/);
  });

  it('draw one scale, so no break', () => {
    expect(svg).not.toContain('r-break');
  });

  it('match the snapshot of the talk-day slide drawing', () => {
    expect(snapshotOf(svg)).toMatchSnapshot();
  });
});

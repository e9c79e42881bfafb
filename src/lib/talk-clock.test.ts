import { describe, expect, it } from 'vitest';
import { clockText, enterSection, paceAt, readClock, spokenAt, startClock, toggleClock, usedAt } from './talk-clock';

const minute = 60_000;

describe('the talk clock', () => {
  it('counts time spoken, and a pause for questions is left out of it and of the section', () => {
    let clock = startClock(0, 6, 1);
    expect(spokenAt(clock, 3 * minute)).toBe(3 * minute);
    clock = toggleClock(clock, 3 * minute); // paused for questions
    expect(spokenAt(clock, 10 * minute)).toBe(3 * minute);
    expect(usedAt(clock, 10 * minute)).toEqual([3 * minute, 0, 0, 0, 0, 0]);
    clock = toggleClock(clock, 10 * minute); // resumed
    expect(spokenAt(clock, 11 * minute)).toBe(4 * minute);
    expect(usedAt(clock, 11 * minute)[0]).toBe(4 * minute);
  });

  it('books time to the section being spoken in, and names the section ended when the talk moves on', () => {
    let clock = startClock(0, 6, 1);
    const next = enterSection(clock, 5 * minute, 2);
    expect(next.ended).toBe(1);
    clock = next.clock;
    expect(usedAt(clock, 7 * minute)).toEqual([5 * minute, 2 * minute, 0, 0, 0, 0]);
    // Back a section (a question about an earlier slide): booked, but nothing ended.
    const back = enterSection(clock, 8 * minute, 1);
    expect(back.ended).toBeUndefined();
    expect(usedAt(back.clock, 9 * minute)).toEqual([6 * minute, 3 * minute, 0, 0, 0, 0]);
    // The same section: nothing changes.
    expect(enterSection(back.clock, 9 * minute, 1).clock).toBe(back.clock);
    // Forward again past section 1: it ended once already, so nothing is said; section 2's end is.
    const again = enterSection(back.clock, 10 * minute, 2);
    expect(again.ended).toBeUndefined();
    expect(enterSection(again.clock, 11 * minute, 3).ended).toBe(2);
  });

  it('starts from zero, running or paused', () => {
    expect(spokenAt(startClock(0, 6, 2, true), minute)).toBe(0);
    expect(startClock(0, 6, 2)).toEqual({ spoken: 0, since: 0, used: [0, 0, 0, 0, 0, 0], section: 2, said: 0 });
  });

  it('paces against the slides’ planned seconds as reveal does: ahead before the slide’s start, behind after its end', () => {
    const timings = [60, 60, 120];
    expect(paceAt(30_000, timings, 2)).toEqual({ kind: 'ahead', by: 90_000 });
    expect(paceAt(150_000, timings, 2)).toEqual({ kind: 'on-track', by: 0 });
    expect(paceAt(250_000, timings, 2)).toEqual({ kind: 'behind', by: 10_000 });
  });

  it('writes a stopwatch’s m:ss and h:mm:ss', () => {
    expect(clockText(0)).toBe('0:00');
    expect(clockText(59_999)).toBe('0:59');
    expect(clockText(61_000)).toBe('1:01');
    expect(clockText(3_725_000)).toBe('1:02:05');
    expect(clockText(-5)).toBe('0:00');
  });

  it('reads back a clock the speaker view kept, and nothing else', () => {
    const clock = toggleClock(enterSection(startClock(0, 6, 1), minute, 2).clock, 2 * minute);
    expect(readClock(JSON.stringify(clock), 6)).toEqual(clock);
    for (const text of [undefined, '', 'not json', '{}', JSON.stringify({ ...clock, used: [1] }), JSON.stringify({ ...clock, section: 7 }), JSON.stringify({ ...clock, spoken: -1 }), JSON.stringify({ ...clock, since: 'now' }), JSON.stringify({ ...clock, said: undefined })]) {
      expect(readClock(text, 6)).toBeNull();
    }
  });
});

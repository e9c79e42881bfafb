import { describe, expect, it } from 'vitest';
import { formatJapaneseDate, talk } from './talk';

describe('talk', () => {
  it('is the 47-slide talk of 2019-10-26', () => {
    expect(talk.slideCount).toBe(47);
    expect(formatJapaneseDate(talk.date)).toBe('2019年10月26日');
  });

  it('writes dates without leading zeros, and refuses what is not a date', () => {
    expect(formatJapaneseDate('2019-09-03')).toBe('2019年9月3日');
    expect(() => formatJapaneseDate('2019/9/3')).toThrow('expected a date as YYYY-MM-DD, got "2019/9/3"');
  });
});

import { describe, expect, it } from 'vitest';
import { formatDate } from './i18n';
import { talk } from './talk';

describe('talk', () => {
  it('is the 47-slide talk of 2019-10-26', () => {
    expect(talk.slideCount).toBe(47);
    expect(formatDate(talk.date, 'ja')).toBe('2019年10月26日');
  });

  it('writes dates without leading zeros, and refuses what is not a date', () => {
    expect(formatDate('2019-09-03', 'ja')).toBe('2019年9月3日');
    expect(() => formatDate('2019/9/3', 'ja')).toThrow('expected a date as YYYY-MM-DD, got "2019/9/3"');
  });
});

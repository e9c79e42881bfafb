import { describe, expect, it } from 'vitest';
import { readableText, readingMinutes, readingRates } from './reading';

describe('readingMinutes', () => {
  it('counts the words a reader reads, not the markup around them', () => {
    expect(readableText('<Notes>\n\n**ENI**の[話](https://example.com)です。\n\n</Notes>')).toBe('ENIの話です。');
  });

  it('leaves out JSX attributes whole, even one whose value holds a >', () => {
    expect(readableText('<Figure caption="1 > 0" source={links.aws}>\n\n図の説明\n\n</Figure>')).toBe('図の説明');
  });

  it('leaves out code blocks and expressions, and reads inline code as the prose it names', () => {
    expect(readableText('`ENILimitReachedException`が返る。\n\n```sh\nhey -n 500 <url>\n```\n\n{/* 注 */}')).toBe('ENILimitReachedExceptionが返る。');
  });

  it('keeps words apart across blocks and a <br />, and together across inline marks', () => {
    expect(readingRates.en.count('an anti-pattern:<br />how un*real*\n\n- one\n- two\n\n<Notes>three</Notes>')).toBe(7);
  });

  it('reads Japanese at about 500 characters a minute, and never less than a minute', () => {
    expect(readingMinutes(['あ'.repeat(2500)], 'ja')).toBe(5);
    expect(readingMinutes(['短い'], 'ja')).toBe(1);
  });

  it('reads English at about 230 words a minute, counting words, not letters', () => {
    // 2,300 words of 5 letters: 10 minutes, where 500 characters a minute would say 23.
    expect(readingMinutes(['<Notes>\n\nThe [quick](https://example.com) brown **foxes** leapt.\n\n</Notes> '.repeat(460)], 'en')).toBe(10);
    expect(readingMinutes(['Short.'], 'en')).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { readableText, readingMinutes } from './reading';

describe('readingMinutes', () => {
  it('counts the words a reader reads, not the markup around them', () => {
    expect(readableText('<Notes>\n\n**ENI**の[話](https://example.com)です。\n\n</Notes>')).toBe('ENIの話です。');
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

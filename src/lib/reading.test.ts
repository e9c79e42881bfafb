import { describe, expect, it } from 'vitest';
import { readableText, readingMinutes } from './reading';

describe('readingMinutes', () => {
  it('counts the words a reader reads, not the markup around them', () => {
    expect(readableText('<Notes>\n\n**ENI**の[話](https://example.com)です。\n\n</Notes>')).toBe('ENIの話です。');
  });

  it('reads about 500 characters a minute, and never less than a minute', () => {
    expect(readingMinutes(['あ'.repeat(2500)])).toBe(5);
    expect(readingMinutes(['短い'])).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { checkSlideSet, SlideSetError } from './slide-set';

const where = 'src/content/slides/ja';
const files = (numbers: number[]) =>
  numbers.map((number) => ({ file: `${where}/${String(number).padStart(2, '0')}-slide.mdx`, number }));
const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('checkSlideSet', () => {
  it('accepts exactly the slides 1 to N, in any order', () => {
    expect(() => checkSlideSet(files(range(47).reverse()), 47, where)).not.toThrow();
  });

  it('names the neighbouring files when a slide number is missing', () => {
    const numbers = range(47).filter((n) => n !== 12);
    expect(() => checkSlideSet(files(numbers), 47, where)).toThrow(
      `slide 12 is missing in ${where} (expected a file after ${where}/11-slide.mdx and before ${where}/13-slide.mdx)`,
    );
  });

  it('names both files when a slide number is duplicated', () => {
    const set = [...files(range(47)), { file: `${where}/12-copy.mdx`, number: 12 }];
    expect(() => checkSlideSet(set, 47, where)).toThrow(
      `slide 12 is duplicated: ${where}/12-slide.mdx, ${where}/12-copy.mdx`,
    );
  });

  it('names the file whose number is outside 1 to N', () => {
    const set = [...files(range(47)), { file: `${where}/48-extra.mdx`, number: 48 }];
    expect(() => checkSlideSet(set, 47, where)).toThrow(`${where}/48-extra.mdx: slide number 48 is outside 1–47`);
  });

  it('reports every problem at once, as a SlideSetError', () => {
    const set = files([1, 2, 2, 4]);
    let error: unknown;
    try {
      checkSlideSet(set, 4, where);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SlideSetError);
    expect((error as Error).message).toMatch(/slide 2 is duplicated/);
    expect((error as Error).message).toMatch(/slide 3 is missing/);
  });

  it('rejects an empty locale', () => {
    expect(() => checkSlideSet([], 47, where)).toThrow(/slide 1 is missing/);
  });
});

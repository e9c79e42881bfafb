import { describe, expect, it } from 'vitest';
import { checkEditions, checkSlideSet, SlideSetError, figuresOf } from './slide-set';

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

describe('checkEditions', () => {
  const slide = (file: string, number: number, figures: string[] = ['Notes'], section: string | number = 1) => ({ file, number, section, figures });
  const where = { original: 'ja', translation: 'en' };

  it('accepts a translation with the same slides, sections and figures', () => {
    expect(() => checkEditions([slide('ja/01.mdx', 1), slide('ja/02.mdx', 2, ['Figure', 'Diagram', 'Notes'])], [slide('en/01.mdx', 1), slide('en/02.mdx', 2, ['Figure', 'Diagram', 'Notes'])], where)).not.toThrow();
  });

  it('names the file of a slide that exists in one edition only', () => {
    expect(() => checkEditions([slide('ja/01.mdx', 1), slide('ja/02.mdx', 2)], [slide('en/01.mdx', 1)], where)).toThrow('ja/02.mdx: slide 2 has no translation in en');
    expect(() => checkEditions([slide('ja/01.mdx', 1)], [slide('en/01.mdx', 1), slide('en/48.mdx', 2)], where)).toThrow('en/48.mdx: slide 2 exists only in en');
  });

  it('names a translation whose figures or section differ', () => {
    expect(() => checkEditions([slide('ja/12.mdx', 12, ['Figure', 'Diagram'])], [slide('en/12.mdx', 12, ['Figure'])], where)).toThrow('en/12.mdx: figures Figure, but ja/12.mdx has Figure, Diagram');
    expect(() => checkEditions([slide('ja/07.mdx', 7, [], 'agenda')], [slide('en/07.mdx', 7, [], 1)], where)).toThrow('en/07.mdx: section 1, but ja/07.mdx has agenda');
  });

  it('reads the figures a slide shows from its MDX', () => {
    expect(figuresOf('<Figure source="x">\n  <Diagram id="vpc-before" />\n</Figure>\n\n<Notes>\ntext <code>x</code>\n</Notes>')).toEqual(['Figure', 'Diagram', 'Notes']);
  });

  it('reads a component used inside a line of text, as the MDX parser does', () => {
    expect(figuresOf('Before <Since2019>after</Since2019>, and <span>not this</span>.')).toEqual(['Since2019']);
  });

  it('takes a tag written in code for code, not for a figure', () => {
    const body = 'Write `<Figure source="…">` around a diagram:\n\n```mdx\n<Diagram id="vpc-before" />\n```\n\n<Notes>\nThe tag `<Commentary>` is for the site.\n</Notes>';
    expect(figuresOf(body)).toEqual(['Notes']);
  });
});

describe('the site’s own editions', () => {
  it('have the same slide numbers, sections and figures in Japanese and English', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const read = (locale: string) =>
      readdirSync(`src/content/slides/${locale}`).map((name) => {
        const text = readFileSync(`src/content/slides/${locale}/${name}`, 'utf8');
        const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
        const field = (key: string) => new RegExp(`^${key}: *'?([^'\\n]*)'?$`, 'm').exec(front)?.[1] ?? '';
        const section = field('section');
        return { file: `${locale}/${name}`, number: Number(field('number')), section: /^\d$/.test(section) ? Number(section) : section, figures: figuresOf(body) };
      });
    const ja = read('ja');
    const en = read('en');
    expect(ja).toHaveLength(47);
    expect(() => checkEditions(ja, en, { original: 'ja', translation: 'en' })).not.toThrow();
  });
});

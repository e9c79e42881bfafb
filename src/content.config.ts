import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { frameParts } from './lib/agenda';
import { heyRunSchema } from './lib/hey-run';
import { checkEditions, checkSlideSet, figuresOf, type EditionSlide } from './lib/slide-set';
import { talk } from './lib/talk';

const slidesDirectory = 'src/content/slides';

/**
 * The glob loader reads one MDX file per slide; afterwards each locale's set must be exactly
 * slides 1–47, and each translation must match the Japanese slide for slide, so a missing,
 * duplicated or diverging slide fails the build with the files named.
 */
function slideLoader(): Loader {
  const files = glob({ pattern: '*/*.mdx', base: `./${slidesDirectory}` });
  return {
    name: 'slide-loader',
    async load(context) {
      await files.load(context);
      const byLocale = new Map<string, EditionSlide[]>();
      for (const entry of context.store.values()) {
        const locale = entry.id.split('/')[0] ?? '';
        const slide = {
          file: entry.filePath ?? entry.id,
          number: Number(entry.data.number),
          section: entry.data.section as string | number,
          figures: figuresOf(entry.body ?? ''),
        };
        byLocale.set(locale, [...(byLocale.get(locale) ?? []), slide]);
      }
      if (!byLocale.has('ja')) byLocale.set('ja', []);
      for (const [locale, slides] of byLocale) {
        checkSlideSet(slides, talk.slideCount, `${slidesDirectory}/${locale}`);
      }
      // Every translation is the talk slide for slide: same numbers, sections and figures.
      for (const [locale, slides] of byLocale) {
        if (locale === 'ja') continue;
        checkEditions(byLocale.get('ja')!, slides, { original: `${slidesDirectory}/ja`, translation: `${slidesDirectory}/${locale}` });
      }
    },
  };
}

const slides = defineCollection({
  loader: slideLoader(),
  schema: z.object({
    /** The slide's number in the talk, 1–47: the deck's `#/N` and the reading page's `#slide-N`. */
    number: z.number().int().min(1).max(talk.slideCount),
    /** One of the agenda's six sections, or a part outside them. */
    section: z.union([z.literal([1, 2, 3, 4, 5, 6]), z.enum(frameParts)]),
    title: z.string().min(1),
    /** (Not `layout`: MDX reserves that key.) `title` and `statement` slides are set large and centred; the rest are headed content. */
    variant: z.enum(['title', 'statement', 'content']).default('content'),
    /** Whether the original slide showed its title; when not, the title only names the slide (for screen readers and navigation). */
    titleShown: z.boolean().default(true),
  }),
});

/** The recorded hey runs; a file that does not fit the schema fails the build, naming the field. */
const runs = defineCollection({
  loader: glob({ pattern: '*.json', base: './data/runs' }),
  schema: heyRunSchema,
});

export const collections = { slides, runs };

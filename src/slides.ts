import { getCollection, type CollectionEntry } from 'astro:content';

import type { Locale } from './lib/locales.ts';

export type { Locale };
export type SlideEntry = CollectionEntry<'slides'>;

/** A locale's slides in the talk's order (the loader has already checked they are 1–47). */
export async function getSlides(locale: Locale): Promise<SlideEntry[]> {
  const slides = await getCollection('slides', (entry) => entry.id.startsWith(`${locale}/`));
  return slides.sort((a, b) => a.data.number - b.data.number);
}

/** The handout's words (`?print-pdf&handout`), in English (same shape as handout.ja.ts). */
import type { HandoutStrings } from './handout.ja.ts';

export const handoutEn: HandoutStrings = {
  script: 'Script',
  page: 'Slide {n} of {total}',
};

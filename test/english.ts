/**
 * What counts as Japanese left in the English edition, for the checks over the build
 * (test/dist) and over the rendered chart pages (e2e).
 */
import { en } from '../src/i18n/en.ts';
import { talk } from '../src/lib/talk.ts';

const japanese = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/;
/** Japanese the English edition may show: the talk's title, its speaker, the link back to Japanese. */
const allowed = [talk.title, talk.speaker, '「', '」', en.switcher.title, en.switcher.label];

/** The texts that still hold Japanese once the allowed words are taken out, cut to 80 characters. */
export function japaneseIn(texts: readonly string[]): string[] {
  return texts
    .map((text) => allowed.reduce((rest, word) => rest.split(word).join(''), text))
    .filter((text) => japanese.test(text))
    .map((text) => text.trim().slice(0, 80));
}

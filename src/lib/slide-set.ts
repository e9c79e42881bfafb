import { componentsOf, slideTree } from './slide-mdx.ts';

/**
 * Checks that a locale's slides are exactly the talk's slides 1…N, one file each.
 * Pure so that it can be unit-tested; the content loader calls it on every build.
 */
export interface SlideFile {
  /** Path of the MDX file, as the build should name it in an error. */
  file: string;
  number: number;
}

export class SlideSetError extends Error {
  override name = 'SlideSetError';
}

export function checkSlideSet(files: readonly SlideFile[], expectedCount: number, where: string): void {
  const problems: string[] = [];
  const byNumber = new Map<number, string[]>();
  for (const { file, number } of files) {
    if (!Number.isInteger(number) || number < 1 || number > expectedCount) {
      problems.push(`${file}: slide number ${number} is outside 1–${expectedCount}`);
      continue;
    }
    byNumber.set(number, [...(byNumber.get(number) ?? []), file]);
  }
  for (const [number, sameNumber] of [...byNumber].sort(([a], [b]) => a - b)) {
    if (sameNumber.length > 1) problems.push(`slide ${number} is duplicated: ${sameNumber.join(', ')}`);
  }
  const sortedFiles = [...byNumber].sort(([a], [b]) => a - b);
  for (let number = 1; number <= expectedCount; number++) {
    if (byNumber.has(number)) continue;
    const before = sortedFiles.filter(([n]) => n < number).at(-1);
    const after = sortedFiles.find(([n]) => n > number);
    const neighbours = [before && `after ${before[1][0]}`, after && `before ${after[1][0]}`].filter(Boolean);
    problems.push(
      `slide ${number} is missing in ${where}${neighbours.length ? ` (expected a file ${neighbours.join(' and ')})` : ''}`,
    );
  }
  if (problems.length) {
    throw new SlideSetError(`${where} must hold slides 1–${expectedCount}, one file each:\n- ${problems.join('\n- ')}`);
  }
}

/** A slide as the editions are compared: its number, section and the figures (components) it shows. */
export interface EditionSlide extends SlideFile {
  section: string | number;
  /** Component names in the order the slide uses them, e.g. ['Figure', 'Diagram', 'Notes']. */
  figures: string[];
}

/** The components an MDX body uses, in order, as the MDX parser finds them (a tag in code is not one). */
export function figuresOf(body: string): string[] {
  return componentsOf(slideTree(body));
}

/**
 * A translation must be the same talk: every slide in one edition exists in the other, in the
 * same section, with the same figures. Problems name the file.
 */
export function checkEditions(original: readonly EditionSlide[], translation: readonly EditionSlide[], where: { original: string; translation: string }): void {
  const problems: string[] = [];
  const byNumber = (slides: readonly EditionSlide[]) => new Map(slides.map((slide) => [slide.number, slide]));
  const first = byNumber(original);
  const second = byNumber(translation);
  for (const [number, slide] of first) {
    const twin = second.get(number);
    if (!twin) {
      problems.push(`${slide.file}: slide ${number} has no translation in ${where.translation}`);
      continue;
    }
    if (String(twin.section) !== String(slide.section)) problems.push(`${twin.file}: section ${twin.section}, but ${slide.file} has ${slide.section}`);
    if (twin.figures.join(',') !== slide.figures.join(',')) {
      problems.push(`${twin.file}: figures ${twin.figures.join(', ') || '(none)'}, but ${slide.file} has ${slide.figures.join(', ') || '(none)'}`);
    }
  }
  for (const [number, twin] of second) {
    if (!first.has(number)) problems.push(`${twin.file}: slide ${number} exists only in ${where.translation}, not in ${where.original}`);
  }
  if (problems.length) throw new SlideSetError(`${where.translation} must translate ${where.original} slide for slide:\n- ${problems.join('\n- ')}`);
}

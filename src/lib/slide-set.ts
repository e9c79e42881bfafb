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

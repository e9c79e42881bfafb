/**
 * What terminals, chat and hand editing do to a pasted report, for the readers' property tests
 * (src/lib/hey-properties.test.ts, src/lib/load-report/properties.test.ts): lines lost, doubled,
 * cut, swapped, inserted, or a number replaced by other digits.
 */
import fc from 'fast-check';

export const edit = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('double' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), keep: fc.nat({ max: 80 }) }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), line: fc.string({ maxLength: 60 }) }),
  fc.record({ kind: fc.constant('digits' as const), at: fc.nat(), digits: fc.stringMatching(/^-?[0-9.eE+]{1,12}$/) }),
);

export function applyEdits(text: string, edits: (typeof edit extends fc.Arbitrary<infer T> ? T : never)[]): string {
  const lines = text.split('\n');
  for (const change of edits) {
    if (lines.length === 0) break;
    const at = change.at % lines.length;
    if (change.kind === 'drop') lines.splice(at, 1);
    else if (change.kind === 'double') lines.splice(at, 0, lines[at]!);
    else if (change.kind === 'cut') lines[at] = lines[at]!.slice(0, change.keep);
    else if (change.kind === 'swap') [lines[at], lines[change.with % lines.length]] = [lines[change.with % lines.length]!, lines[at]!];
    else if (change.kind === 'insert') lines.splice(at, 0, change.line);
    else lines[at] = lines[at]!.replace(/-?\d+(\.\d+)?/, change.digits);
  }
  return lines.join('\n');
}

/**
 * The other tools' readers on inputs nobody wrote by hand (fast-check), as hey's are
 * (hey-properties.test.ts): every published report damaged as pasted text is, and any string, read
 * as a report or refused with the reader's own error naming a line; never another exception; and
 * what is read always fits the run schema the share link checks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HeyParseError } from '../hey-messages.ts';
import { heyReportSchema } from '../hey-report-schema.ts';
import { readLoadReport } from './index.ts';

fc.configureGlobal({ seed: 20191026 });

const root = new URL('../fixtures/published-tools/', import.meta.url);
const reports = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((name) => /\.(txt|json)$/.test(name))
  .map((name) => readFileSync(new URL(name, root), 'utf8'));

function readsOrSaysWhere(text: string): void {
  try {
    const { report } = readLoadReport(text);
    expect(heyReportSchema.safeParse(report).success).toBe(true);
  } catch (error) {
    if (!(error instanceof HeyParseError)) throw error;
    expect(error.message).toMatch(/^line \d+: \w+$/);
  }
}

/** Lines lost, doubled, cut, swapped, or a number replaced by other digits. */
const edit = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('double' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), keep: fc.nat({ max: 80 }) }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant('digits' as const), at: fc.nat(), digits: fc.stringMatching(/^-?[0-9.eE+]{1,12}$/) }),
);

function damaged(text: string, edits: (typeof edit extends fc.Arbitrary<infer T> ? T : never)[]): string {
  const lines = text.split('\n');
  for (const change of edits) {
    if (lines.length === 0) break;
    const at = change.at % lines.length;
    if (change.kind === 'drop') lines.splice(at, 1);
    else if (change.kind === 'double') lines.splice(at, 0, lines[at]!);
    else if (change.kind === 'cut') lines[at] = lines[at]!.slice(0, change.keep);
    else if (change.kind === 'swap') [lines[at], lines[change.with % lines.length]] = [lines[change.with % lines.length]!, lines[at]!];
    else lines[at] = lines[at]!.replace(/-?\d+(\.\d+)?/, change.digits);
  }
  return lines.join('\n');
}

describe("the load testers' readers, on any input", () => {
  it('read a published report damaged in any of the ways pasted text is, or say which line', () => {
    fc.assert(fc.property(fc.constantFrom(...reports), fc.array(edit, { minLength: 1, maxLength: 8 }), (report, edits) => readsOrSaysWhere(damaged(report, edits))), { numRuns: 1500 });
  });

  it('read any string, or say which line they could not read', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 1000 }), readsOrSaysWhere), { numRuns: 300 });
  });

  it('turn away a paste past the bounds, naming the line that passes them', () => {
    const rows = Array.from({ length: 1_001 }, (_, i) => `  ${(i / 10).toFixed(1)}%  1.00ms`).join('\n');
    expect(() => readLoadReport(`Running 1s test @ http://x\n  Latency Distribution\n${rows}\n`)).toThrow(/^line 1,?003: tooManyPercentiles$/);
  });
});

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
import { applyEdits, edit } from '../../../test/pasted';

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

describe("the load testers' readers, on any input", () => {
  it('read a published report damaged in any of the ways pasted text is, or say which line', () => {
    fc.assert(fc.property(fc.constantFrom(...reports), fc.array(edit, { minLength: 1, maxLength: 8 }), (report, edits) => readsOrSaysWhere(applyEdits(report, edits))), { numRuns: 1500 });
  });

  it('read any string, or say which line they could not read', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 1000 }), readsOrSaysWhere), { numRuns: 300 });
  });

  it('turn away a paste past the bounds, naming the line that passes them', () => {
    const rows = Array.from({ length: 1_001 }, (_, i) => `  ${(i / 10).toFixed(1)}%  1.00ms`).join('\n');
    expect(() => readLoadReport(`Running 1s test @ http://x\n  Latency Distribution\n${rows}\n`)).toThrow(/^line 1,?003: tooManyPercentiles$/);
  });
});

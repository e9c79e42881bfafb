/**
 * The readers of strangers' input, tried on inputs nobody wrote by hand (fast-check): any text
 * yields a report or the reader's own error naming a line; any link a view or the link's own
 * error; never another exception. Time is held to a second a megabyte on inputs of megabytes,
 * where it means something; on a few bytes a busy machine's pause would be all it measured.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inEnglish } from '../../test/hey-in-english';
import { applyEdits, edit } from '../../test/pasted';
import { heyCsvHeader, HeyParseError, readHeyOutput } from './hey';
import { decodeView, SharedViewError } from './run-share';

// One seed, so a run of the suite is the same run everywhere (CI included); change it to explore further.
fc.configureGlobal({ seed: 20191026 });

const fixtures = new URL('./fixtures/published/', import.meta.url);
const published = readdirSync(fixtures)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(new URL(name, fixtures), 'utf8'));
const talk = ['v1-2019-05-29', 'v1-2019-10-20', 'v2-2019-10-20'].map((id) => readFileSync(new URL(`../../data/runs/${id}.txt`, import.meta.url), 'utf8'));
const reports = [...talk, ...published];

/** A report or the reader's own error. */
function readsOrSaysWhere(text: string): void {
  try {
    readHeyOutput(text);
  } catch (error) {
    if (!(error instanceof HeyParseError)) throw error;
    expect(error.problem.line).toBeGreaterThanOrEqual(0);
    expect(error.message).toMatch(/^line \d+: \w+$/);
  }
}

/** As readsOrSaysWhere, within a second a megabyte. */
function readsInTime(text: string): void {
  const megabytes = new TextEncoder().encode(text).length / 1_048_576;
  expect(megabytes).toBeGreaterThan(1);
  const started = performance.now();
  readsOrSaysWhere(text);
  expect(performance.now() - started).toBeLessThan(megabytes * 1000);
}

describe('the hey text reader, on any input', () => {
  it('reads any string, or says which line it could not read', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 2000 }), readsOrSaysWhere), { numRuns: 500 });
  });

  it('reads a real report damaged in any of the ways pasted text is, or says which line', () => {
    fc.assert(
      fc.property(fc.constantFrom(...reports), fc.array(edit, { minLength: 1, maxLength: 12 }), (report, edits) => readsOrSaysWhere(applyEdits(report, edits))),
      { numRuns: 1000 },
    );
  });

  it('reads a report of hundreds of thousands of lines within a second a megabyte', () => {
    const errors = Array.from({ length: 200_000 }, (_, i) => `  [${i + 1}]\tGet http://10.0.0.${i % 250}:8080/: dial tcp: connection refused`).join('\n');
    readsInTime(`${talk[0]}\nError distribution:\n${errors}\n`);
    const buckets = Array.from({ length: 200_000 }, (_, i) => `  ${(i / 1000).toFixed(3)} [1]\t|`).join('\n');
    readsInTime(`Response time histogram:\n${buckets}\n`);
  });
});

describe('the hey CSV reader, on any input', () => {
  const cell = fc.oneof(fc.double({ noNaN: false }).map(String), fc.integer().map(String), fc.string({ maxLength: 8 }), fc.constant(''));
  const row = fc.array(cell, { minLength: 0, maxLength: 10 }).map((cells) => cells.join(','));

  it('reads any rows under hey’s header, or says which line it could not read', () => {
    fc.assert(fc.property(fc.array(row, { maxLength: 40 }), (rows) => readsOrSaysWhere([heyCsvHeader, ...rows].join('\n'))), { numRuns: 500 });
  });
});

describe('the link decoder, on any link', () => {
  const decodesOrSaysWhy = async (fragment: string) => {
    try {
      await decodeView(fragment);
    } catch (error) {
      if (!(error instanceof SharedViewError)) throw error;
      expect(['tooLong', 'tooLarge', 'notPacked', 'notARun']).toContain(error.problem.code);
    }
  };

  it('reads any fragment as a view, nothing, or the link’s own error', async () => {
    await fc.assert(fc.asyncProperty(fc.string({ maxLength: 400 }), (text) => decodesOrSaysWhy(`#run=${text}`)), { numRuns: 300 });
  });

  it('reads any packed JSON as a view or says what in it is not a run', async () => {
    const packed = (value: unknown) => `#run=${deflateRawSync(Buffer.from(JSON.stringify(value) ?? 'null')).toString('base64url')}`;
    const nearlyARun = fc.record({
      v: fc.oneof(fc.constant(1), fc.jsonValue()),
      run: fc.record({ date: fc.oneof(fc.constant('2026-12-01'), fc.string()), format: fc.constantFrom('text', 'csv', 'xml'), report: fc.jsonValue() }, { requiredKeys: [] }),
    });
    await fc.assert(fc.asyncProperty(fc.oneof(fc.jsonValue(), nearlyARun), (value) => decodesOrSaysWhy(packed(value))), { numRuns: 300 });
  });
});

describe('a pasted report past the bounds no hey report nears', () => {
  it('is turned away at the line that passes them, naming the limit', () => {
    const buckets = Array.from({ length: 1_001 }, (_, i) => `  ${(i / 1000).toFixed(3)} [1]\t|`).join('\n');
    expect(inEnglish(() => readHeyOutput(`Response time histogram:\n${buckets}\n`))).toMatch(/^line 1,002: expected at most 1,000 histogram buckets/);
  });
});

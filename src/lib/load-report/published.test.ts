/**
 * The load testers' readers on reports other people published (src/lib/fixtures/published-tools/,
 * one folder per tool, sources in each SOURCES.md). The expected values (expected.json) were
 * written by a person reading each file, never by running a reader: every figure drawn must be
 * the one printed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readLoadReport } from './index.ts';
import type { HeyReport } from '../hey-report.ts';

interface Expected {
  file: string;
  summary?: Partial<Record<'totalSeconds' | 'slowestSeconds' | 'fastestSeconds' | 'averageSeconds' | 'requestsPerSecond' | 'requests', number>>;
  histogram?: { buckets: number; count: number; first: [number, number]; last: [number, number] };
  percentiles?: { count: number; rows: [number, number][] };
  statusCodes?: [number, number][];
  errors?: [number, string][];
  note?: string;
}

const root = new URL('../fixtures/published-tools/', import.meta.url);
const tools = readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);

/** Times as printed carry 4 to 9 digits: equal to the hand-read value within a nanosecond. */
const close = (value: number | undefined) => (value === undefined ? undefined : expect.closeTo(value, 9));

function check(report: HeyReport, expected: Expected) {
  for (const [key, value] of Object.entries(expected.summary ?? {})) expect(report.summary?.[key as keyof typeof expected.summary], key).toEqual(close(value));
  if (expected.histogram) {
    const buckets = report.histogram!;
    expect(buckets).toHaveLength(expected.histogram.buckets);
    expect(buckets.reduce((sum, bucket) => sum + bucket.count, 0)).toBe(expected.histogram.count);
    expect([buckets[0]!.mark, buckets[0]!.count]).toEqual([close(expected.histogram.first[0]), expected.histogram.first[1]]);
    expect([buckets.at(-1)!.mark, buckets.at(-1)!.count]).toEqual([close(expected.histogram.last[0]), expected.histogram.last[1]]);
  } else expect(report.histogram).toBeUndefined();
  if (expected.percentiles) {
    const percentiles = report.latencyDistribution!;
    expect(percentiles).toHaveLength(expected.percentiles.count);
    for (const [percent, seconds] of expected.percentiles.rows) expect(percentiles.find((p) => p.percent === percent)?.seconds, `${percent}%`).toEqual(close(seconds));
  }
  if (expected.statusCodes) expect(report.statusCodes?.map((s) => [s.code, s.responses])).toEqual(expected.statusCodes);
  if (expected.errors) expect(report.errors?.map((e) => [e.count, e.message.slice(0, expected.errors![0]![1].length)])).toEqual(expected.errors);
}

for (const tool of tools) {
  const folder = new URL(`${tool}/`, root);
  const expectations: Expected[] = JSON.parse(readFileSync(new URL('expected.json', folder), 'utf8'));
  describe(`${tool}: reports as published`, () => {
    it('has a hand-read expectation for every file, and at least five files', () => {
      const files = readdirSync(folder).filter((name) => !['SOURCES.md', 'expected.json'].includes(name));
      expect(expectations.map((e) => e.file).sort()).toEqual(files.sort());
      expect(files.length).toBeGreaterThanOrEqual(5);
    });
    for (const expected of expectations) {
      it(`${expected.file}: read as ${tool}, every figure the one printed`, () => {
        const reading = readLoadReport(readFileSync(new URL(expected.file, folder), 'utf8'));
        expect(reading.tool).toBe(tool);
        check(reading.report, expected);
      });
    }
  });
}

/**
 * The parser on hey reports other people published (src/lib/fixtures/published/, sources in its
 * SOURCES.md). The expected values were written by reading each file, never by running the parser.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inEnglish } from '../../test/hey-in-english';
import { HeyParseError, readHeyOutput, requestCount, type HeyReading } from './hey';

interface Expected {
  file: string;
  layout: string;
  total_secs?: number | null;
  slowest_secs?: number | null;
  fastest_secs?: number | null;
  average_secs?: number | null;
  requests_per_sec?: number | null;
  total_data_bytes?: number | null;
  size_per_request_bytes?: number | null;
  histogram?: [number, number][];
  latency_distribution?: [number, number][] | null;
  status_codes?: Record<string, number> | null;
  errors?: [number, string][];
  has_details_block?: boolean;
  rows?: number;
}

const folder = new URL('./fixtures/published/', import.meta.url);
const expectations: Expected[] = JSON.parse(readFileSync(new URL('expected.json', folder), 'utf8'));
const read = (file: string) => readHeyOutput(readFileSync(new URL(file, folder), 'utf8'));
const orUndefined = <T>(value: T | null | undefined) => (value === null ? undefined : value);

// Negative times: hey's clock jumped during that run (hey issue 320). Turned away, naming the line.
const rejected: Record<string, RegExp> = {
  'issue320-negative-clock-jump.txt': /^line 2: expected a time of 0 s or more/,
};

describe('the parser on reports published by others', () => {
  it('has at least 15 of them, each with its source', () => {
    const sources = readFileSync(new URL('SOURCES.md', folder), 'utf8');
    expect(expectations.length).toBeGreaterThanOrEqual(15);
    for (const { file } of expectations) expect(sources).toContain(`| ${file} |`);
  });

  for (const expected of expectations) {
    if (rejected[expected.file]) {
      it(`turns away ${expected.file}, naming the line`, () => {
        expect(() => read(expected.file)).toThrow(HeyParseError);
        expect(inEnglish(() => read(expected.file))).toMatch(rejected[expected.file]!);
      });
      continue;
    }
    it(`reads ${expected.file} as its author published it`, () => {
      const reading: HeyReading = read(expected.file);
      const { report } = reading;
      if (expected.layout === 'csv') {
        expect(reading.format).toBe('csv');
        expect(requestCount(report)).toBe(expected.rows);
        expect(Object.fromEntries(report.statusCodes!.map((s) => [String(s.code), s.responses]))).toEqual(expected.status_codes);
        return;
      }
      const summary = report.summary ?? {};
      expect(summary.totalSeconds).toBe(orUndefined(expected.total_secs));
      expect(summary.slowestSeconds).toBe(orUndefined(expected.slowest_secs));
      expect(summary.fastestSeconds).toBe(orUndefined(expected.fastest_secs));
      expect(summary.averageSeconds).toBe(orUndefined(expected.average_secs));
      expect(summary.requestsPerSecond).toBe(orUndefined(expected.requests_per_sec));
      expect(summary.totalDataBytes).toBe(orUndefined(expected.total_data_bytes));
      expect(summary.sizePerRequestBytes).toBe(orUndefined(expected.size_per_request_bytes));
      expect((report.histogram ?? []).map((b) => [b.mark, b.count])).toEqual(expected.histogram ?? []);
      const latency = expected.latency_distribution?.length ? expected.latency_distribution : undefined;
      expect(report.latencyDistribution?.map((p) => [p.percent, p.seconds])).toEqual(latency);
      const statuses = expected.status_codes && Object.keys(expected.status_codes).length ? expected.status_codes : undefined;
      expect(report.statusCodes && Object.fromEntries(report.statusCodes.map((s) => [String(s.code), s.responses]))).toEqual(statuses);
      expect((report.errors ?? []).map((e) => [e.count, e.message.slice(0, 40)])).toEqual(expected.errors ?? []);
      // Details of a run where nothing succeeded are NaN over no requests: not kept.
      const nothingSucceeded = expected.total_secs != null && expected.average_secs == null;
      expect(report.details !== undefined).toBe(Boolean(expected.has_details_block) && !nothingSucceeded);
    });
  }
});

describe('what the reader is told about a published report', () => {
  const codes = (file: string) => read(file).notes.map((note) => `${note.line} ${note.code}`);

  it('names the prose and the stray fragment before a report pasted into an issue, and leaves the fragment out', () => {
    expect(codes('issue257-spaces-lost-blank-lines.txt')).toEqual(['1 leftOut', '4 skipped']);
  });

  it('says no request succeeded when hey printed NaN', () => {
    expect(codes('issue328-all-failed-nan-no-indent.txt')).toContain('7 noSuccess');
  });

  it('says where an error list was cut short', () => {
    expect(codes('bench-nginx-1M-errors-ellipsis.txt').filter((c) => c.endsWith(' cut'))).toHaveLength(3);
  });

  it('says when the status codes and the histogram count different responses, and leaves out a second fragment', () => {
    expect(codes('gocomment-gloo-reindented.txt').filter((c) => /countsDisagree|leftOut|skipped/.test(c))).toEqual(['40 countsDisagree', '43 skipped', '44 leftOut']);
  });

  it('leaves out a remark after a number, saying so', () => {
    expect(codes('readme-annotated-rps-arrows.txt').some((c) => c.endsWith('trailing'))).toBe(true);
  });

  it('says a cut Summary cannot be replayed', () => {
    expect(codes('blog-istio-503-trimmed.txt').some((c) => c.endsWith('summaryIncomplete'))).toBe(true);
  });

  it('passes over the command and the progress lines without a word', () => {
    expect(codes('smashbox-2017-progress-lines.txt')).toEqual([]);
    expect(codes('pr207-quoted-markdown.txt')).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { heyLines } from './hey-lines';
import { heyRunSchema } from './hey-run';
import { recordProofs, type ProofRow } from './record-proofs';

const run = (id: string) => heyRunSchema.parse(JSON.parse(readFileSync(new URL(`../../data/runs/${id}.json`, import.meta.url), 'utf8')));
const row = (rows: ProofRow[], key: string) => rows.find((r) => r.key === key);

describe('what slide 25’s record proves', () => {
  const may = run('v1-2019-05-29');
  const s = may.report.summary!;
  const rows = recordProofs(may);

  it('counts 500 requests from the data lines, and 50 slow ones after the empty buckets', () => {
    expect(row(rows, 'requests')!.values.n).toBe(s.totalDataBytes! / s.sizePerRequestBytes!);
    expect(row(rows, 'slowCluster')!.values).toMatchObject({ n: 50, counts: '4 + 9 + 37', empty: 5 });
  });

  it('shows the worker that sent the slowest had 13.4614 − 13.046 = 0.415 s for its nine others', () => {
    const tail = row(rows, 'tail')!;
    expect(tail.values.left).toBeCloseTo(s.totalSeconds! - s.slowestSeconds!, 4);
    expect(tail.values).toMatchObject({ others: 9, each: Number(((s.totalSeconds! - s.slowestSeconds!) / 9).toFixed(3)) });
    expect(tail.restsOn).toEqual(['total', 'slowest']);
  });

  it('proves no worker sent two slow responses, so each of the 50 sent exactly one', () => {
    const one = row(rows, 'oneSlowEach')!;
    expect(one.values.least).toBeGreaterThan(s.totalSeconds!);
    expect(one.values.workers).toBe(50);
  });

  it('infers the ENI wait, and assumes hey’s default -c and a memory size', () => {
    expect(rows.filter((r) => r.kind !== 'proved').map((r) => [r.kind, r.key])).toEqual([
      ['inferred', 'coldStartEni'],
      ['assumed', 'concurrencyDefault'],
      ['assumed', 'memory'],
    ]);
  });
});

describe('what slide 26’s record proves', () => {
  const rows = recordProofs(run('v1-2019-10-20'));

  it('finds 62 slow responses for 50 workers: at least 12 are not a worker’s first', () => {
    expect(row(rows, 'slowCluster')!.values.n).toBe(62);
    expect(row(rows, 'moreSlowThanWorkers')!.values).toMatchObject({ slow: 62, workers: 50, extra: 12 });
    expect(row(rows, 'oneSlowEach')).toBeUndefined();
    expect(row(rows, 'coldStartSome')!.kind).toBe('inferred');
  });
});

describe('what slide 29’s record proves', () => {
  const october = run('v2-2019-10-20');
  const s = october.report.summary!;
  const rows = recordProofs(october);

  it('rules out the slide’s -c 500: 20 requests of 2.0223 s or more take 40.4 s, not 21.81', () => {
    const out = row(rows, 'ruledOut')!;
    expect(out.values).toMatchObject({ c: 500, share: 20 });
    expect(out.values.least).toBeCloseTo(20 * s.fastestSeconds!, 2);
    expect(out.values.least as number).toBeGreaterThan(s.totalSeconds!);
  });

  it('allows at most 10 requests a worker, so at least 1,000 workers', () => {
    expect(row(rows, 'range')!.values).toMatchObject({ maxShare: 10, byShare: 1000, feasible: '1000, 1250' });
    expect(Math.floor((s.totalSeconds! - s.slowestSeconds!) / s.fastestSeconds! + 1)).toBe(10);
  });

  it('proves one slow response for each of the 1,000 workers, and the 22 ms on top of the 2 s sleep', () => {
    expect(row(rows, 'oneSlowEach')!.values.workers).toBe(1000);
    expect(row(rows, 'overhead')!.values.overhead).toBe(Math.round((s.fastestSeconds! - 2) * 1000));
  });

  it('assumes the memory: 334 ENIs at 1 GB, 42 at 128 MB for 1,000 concurrent executions', () => {
    expect(row(rows, 'memory')!.values).toMatchObject({ c: 1000, at1024: 334, at128: 42 });
    expect(row(rows, 'concurrencyFromRecord')!.kind).toBe('assumed');
  });
});

describe('heyLines', () => {
  it('names every summary figure and bucket of a talk run, and keeps the text exact', () => {
    const text = readFileSync(new URL('../../data/runs/v2-2019-10-20.txt', import.meta.url), 'utf8');
    const lines = heyLines(text);
    expect(lines.map((l) => l.text).join('\n')).toBe(text);
    expect(lines.filter((l) => l.line).map((l) => l.line)).toEqual([
      'total', 'slowest', 'fastest', 'average', 'rps', 'totalData', 'sizePerRequest',
      ...Array.from({ length: 11 }, (_, i) => `bucket-${i}`),
    ]);
  });

  it('names every line each run’s proofs rest on', () => {
    for (const id of ['v1-2019-05-29', 'v1-2019-10-20', 'v2-2019-10-20']) {
      const named = new Set(heyLines(readFileSync(new URL(`../../data/runs/${id}.txt`, import.meta.url), 'utf8')).map((l) => l.line));
      for (const r of recordProofs(run(id))) for (const line of r.restsOn) expect(named).toContain(line);
    }
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { heyHistogram, parseHeyText } from './hey';
import { momentAt, reconstructRun, ReconstructionError, replayTimeline } from './replay';

const recorded = (id: string) => {
  const report = parseHeyText(readFileSync(new URL(`../../data/runs/${id}.txt`, import.meta.url), 'utf8'));
  return { summary: report.summary!, histogram: report.histogram! };
};

const runs = [
  { id: 'v1-2019-05-29', requests: 500, littlesLaw: 46.53 },
  { id: 'v1-2019-10-20', requests: 500, littlesLaw: 35.42 },
  { id: 'v2-2019-10-20', requests: 10_000, littlesLaw: 987.22 },
];

describe.each(runs)('the reconstruction of $id', ({ id, requests, littlesLaw }) => {
  const { summary, histogram } = recorded(id);
  const replay = reconstructRun(summary, histogram);

  it('has every recorded request', () => {
    expect(replay.requests).toHaveLength(requests);
  });

  it('reproduces every bucket count exactly, by hey’s own bucketing', () => {
    const rebucketed = heyHistogram(replay.requests.map((r) => r.latency));
    expect(rebucketed.map((b) => b.count)).toEqual(histogram.map((b) => b.count));
    // hey printed marks from unrounded times; the summary keeps 4 decimals, so marks agree to the printed digit.
    rebucketed.forEach((bucket, i) => expect(Math.abs(bucket.mark - histogram[i]!.mark)).toBeLessThanOrEqual(0.001));
  });

  it('reproduces the fastest and slowest requests exactly', () => {
    expect(replay.fastestSeconds).toBe(summary.fastestSeconds);
    expect(replay.slowestSeconds).toBe(summary.slowestSeconds);
  });

  it('reproduces the average within 0.5 %', () => {
    expect(Math.abs(replay.averageSeconds / summary.averageSeconds! - 1)).toBeLessThanOrEqual(0.005);
  });

  it('ends within 5 % of the recorded total', () => {
    expect(Math.abs(replay.totalSeconds / summary.totalSeconds! - 1)).toBeLessThanOrEqual(0.05);
  });

  it('derives its concurrency from Little’s law: requests × average ÷ total', () => {
    expect(replay.littlesLaw.inFlight).toBeCloseTo(littlesLaw, 1);
    expect(replay.workers).toBeGreaterThanOrEqual(Math.ceil(replay.littlesLaw.inFlight));
  });

  it('runs hey’s workers as closed loops: one request at a time, back to back from 0', () => {
    const byWorker = new Map<number, typeof replay.requests>();
    for (const r of replay.requests) byWorker.set(r.worker, [...(byWorker.get(r.worker) ?? []), r]);
    expect(byWorker.size).toBe(replay.workers);
    for (const queue of byWorker.values()) {
      const ordered = [...queue].sort((a, b) => a.start - b.start);
      expect(ordered[0]!.start).toBe(0);
      ordered.slice(1).forEach((r, i) => expect(r.start).toBeCloseTo(ordered[i]!.end, 9));
      const shares = [...byWorker.values()].map((q) => q.length);
      expect(Math.max(...shares) - Math.min(...shares)).toBeLessThanOrEqual(1);
    }
  });

  it('is deterministic for a seed, and another seed gives another run that still fits', () => {
    expect(reconstructRun(summary, histogram).requests).toEqual(replay.requests);
    const other = reconstructRun(summary, histogram, 7);
    expect(other.requests).not.toEqual(replay.requests);
    expect(heyHistogram(other.requests.map((r) => r.latency)).map((b) => b.count)).toEqual(histogram.map((b) => b.count));
  });

  it('counts, at the end of the replay, the recorded histogram and summary', () => {
    const end = momentAt(replayTimeline(replay), replay.totalSeconds);
    expect(end.done).toBe(requests);
    expect(end.bucketCounts).toEqual(histogram.map((b) => b.count));
    expect(Math.abs(end.averageSeconds! / summary.averageSeconds! - 1)).toBeLessThanOrEqual(0.005);
    expect(Math.abs(end.requestsPerSecond / summary.requestsPerSecond! - 1)).toBeLessThanOrEqual(0.05);
  });
});

describe('the reconstruction’s story for slide 25', () => {
  const { summary, histogram } = recorded('v1-2019-05-29');
  const replay = reconstructRun(summary, histogram);

  it('needs 50 workers, hey’s default, to fit the 50 cold starts of 9–13 s', () => {
    expect(replay.workers).toBe(50);
  });

  it('puts each worker’s slow request first, as a cold start', () => {
    const firsts = replay.requests.filter((r) => r.start === 0);
    expect(firsts.filter((r) => r.latency > 9).length).toBe(50);
  });
});

describe('momentAt', () => {
  const { summary, histogram } = recorded('v1-2019-10-20');
  const timeline = replayTimeline(reconstructRun(summary, histogram));

  it('shows nothing done at the start', () => {
    expect(momentAt(timeline, 0)).toMatchObject({ done: 0, averageSeconds: undefined, requestsPerSecond: 0 });
  });

  it('never counts more in a bucket than was recorded', () => {
    for (const t of [0.1, 0.3, 0.6, 1.0]) {
      const moment = momentAt(timeline, t);
      moment.bucketCounts.forEach((count, i) => expect(count).toBeLessThanOrEqual(histogram[i]!.count));
      expect(moment.bucketCounts.reduce((a, b) => a + b, 0)).toBe(moment.done);
    }
  });
});

describe('reconstructRun refuses histograms hey could not have printed', () => {
  const { summary, histogram } = recorded('v1-2019-05-29');
  it('names a mark that does not follow from fastest and slowest', () => {
    const broken = histogram.map((b, i) => (i === 3 ? { ...b, mark: 4.5 } : b));
    expect(() => reconstructRun(summary, broken)).toThrow(/bucket 4's mark 4.5 s does not follow/);
  });
  it('refuses an empty first bucket', () => {
    const broken = histogram.map((b, i) => (i === 0 ? { ...b, count: 0 } : b));
    expect(() => reconstructRun(summary, broken)).toThrow(ReconstructionError);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { heyHistogram, parseHeyText } from './hey';
import { momentAt, reconstructRun, ReconstructionError, replayTimeline } from './replay';

const recorded = (id: string) => {
  const report = parseHeyText(readFileSync(new URL(`../../data/runs/${id}.txt`, import.meta.url), 'utf8'));
  const { setup } = JSON.parse(readFileSync(new URL(`../../data/runs/${id}.json`, import.meta.url), 'utf8')) as { setup: { concurrency: number } };
  return { summary: report.summary!, histogram: report.histogram!, concurrency: setup.concurrency };
};

const runs = [
  { id: 'v1-2019-05-29', requests: 500, littlesLaw: 46.53 },
  { id: 'v1-2019-10-20', requests: 500, littlesLaw: 35.42 },
  { id: 'v2-2019-10-20', requests: 10_000, littlesLaw: 987.22 },
];

describe.each(runs)('the reconstruction of $id', ({ id, requests, littlesLaw }) => {
  const { summary, histogram, concurrency } = recorded(id);
  const replay = reconstructRun(summary, histogram, { concurrency });
  const byWorker = Map.groupBy(replay.requests, (r) => r.worker);

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

  it('ends within 0.5 % of the recorded total: the worker that sent the slowest request is busy to the end', () => {
    expect(Math.abs(replay.totalSeconds / summary.totalSeconds! - 1)).toBeLessThanOrEqual(0.005);
  });

  it('reports Little’s law, requests × average ÷ total, as a lower bound on its workers', () => {
    expect(replay.littlesLaw.inFlight).toBeCloseTo(littlesLaw, 1);
    expect(replay.workers).toBeGreaterThanOrEqual(Math.ceil(replay.littlesLaw.inFlight));
  });

  it('uses a worker count the record allows: the run’s own -c where it can, else the smallest', () => {
    const { feasible } = replay.workerChoice.bounds;
    expect(feasible).toContain(replay.workers);
    expect(replay.workers).toBe(feasible.includes(concurrency) ? concurrency : feasible[0]);
  });

  it('runs hey’s rule: every worker sends n/c requests, one after another from 0', () => {
    expect(byWorker.size).toBe(replay.workers);
    for (const queue of byWorker.values()) {
      expect(queue).toHaveLength(requests / replay.workers);
      const ordered = [...queue].sort((a, b) => a.start - b.start);
      expect(ordered[0]!.start).toBe(0);
      ordered.slice(1).forEach((r, i) => expect(r.start).toBeCloseTo(ordered[i]!.end, 9));
    }
  });

  it('has each worker send its slowest request first', () => {
    for (const queue of byWorker.values()) {
      const first = queue.find((r) => r.start === 0)!;
      expect(first.latency).toBe(Math.max(...queue.map((r) => r.latency)));
    }
  });

  it('is deterministic for a seed, and another seed gives another run that still fits', () => {
    expect(reconstructRun(summary, histogram, { concurrency }).requests).toEqual(replay.requests);
    const other = reconstructRun(summary, histogram, { concurrency, seed: 7 });
    expect(other.requests).not.toEqual(replay.requests);
    expect(heyHistogram(other.requests.map((r) => r.latency)).map((b) => b.count)).toEqual(histogram.map((b) => b.count));
  });

  it('counts, at the end of the replay, the recorded histogram and summary', () => {
    const end = momentAt(replayTimeline(replay), replay.totalSeconds);
    expect(end.done).toBe(requests);
    expect(end.bucketCounts).toEqual(histogram.map((b) => b.count));
    expect(Math.abs(end.averageSeconds! / summary.averageSeconds! - 1)).toBeLessThanOrEqual(0.005);
    expect(Math.abs(end.requestsPerSecond / summary.requestsPerSecond! - 1)).toBeLessThanOrEqual(0.01);
  });
});

/** The slow cluster: every request above the run's longest stretch of empty buckets. */
const slowCount = (histogram: { count: number }[]) => {
  let gapEnd = 0;
  let longest = 0;
  for (let i = 0, run = 0; i < histogram.length; i++) {
    run = histogram[i]!.count === 0 ? run + 1 : 0;
    if (run > longest) [longest, gapEnd] = [run, i];
  }
  return histogram.slice(gapEnd + 1).reduce((sum, b) => sum + b.count, 0);
};

describe('the replays tell the talk’s story: each worker’s first request is a slow one', () => {
  it.each([
    ['v1-2019-05-29', 50, 50],
    ['v1-2019-10-20', 62, 50],
    ['v2-2019-10-20', 1_000, 1_000],
  ])('%s: %i slow requests, %i workers, every worker’s first among them', (id, slow, workers) => {
    const { summary, histogram, concurrency } = recorded(id);
    expect(slowCount(histogram)).toBe(slow);
    const replay = reconstructRun(summary, histogram, { concurrency });
    expect(replay.workers).toBe(workers);
    const threshold = [...replay.requests].sort((a, b) => b.latency - a.latency)[slow - 1]!.latency;
    const firsts = replay.requests.filter((r) => r.start === 0);
    expect(firsts.every((r) => r.latency >= threshold)).toBe(true);
    // Slide 26: 62 slow responses for 50 workers, so at least 12 are not a worker's first.
    expect(replay.requests.filter((r) => r.start > 0 && r.latency >= threshold)).toHaveLength(slow - workers);
  });
});

describe('momentAt', () => {
  const { summary, histogram } = recorded('v1-2019-10-20');
  const timeline = replayTimeline(reconstructRun(summary, histogram, { concurrency: 50 }));

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

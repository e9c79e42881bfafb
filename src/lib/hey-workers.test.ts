import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHeyText } from './hey';
import { chooseWorkers, workerBounds } from './hey-workers';

const recorded = (id: string) => parseHeyText(readFileSync(new URL(`../../data/runs/${id}.txt`, import.meta.url), 'utf8')).summary!;
const requestsOf = (summary: ReturnType<typeof recorded>) => summary.totalDataBytes! / summary.sizePerRequestBytes!;

/**
 * hey's rule checked count by count, straight from the printed summary (4 decimals, so each
 * figure may be off by half a unit of the last): c workers, n/c requests each, one after another.
 */
function allowedByHand(summary: ReturnType<typeof recorded>, n: number, c: number): boolean {
  const e = 0.00005;
  const [total, slowest, fastest, average] = [summary.totalSeconds!, summary.slowestSeconds!, summary.fastestSeconds!, summary.averageSeconds!];
  if (n % c !== 0) return false;
  const share = n / c;
  return (
    // the worker with the slowest request fits its other requests, each at least the fastest, in the total
    slowest - e + (share - 1) * (fastest - e) <= total + e &&
    // the busiest worker carries at least the average share of the work, within the total
    (n * (average - e)) / c <= total + e &&
    // and some worker, at most Slowest a request, is busy until the total
    share * (slowest + e) >= total - e
  );
}

describe.each([
  { id: 'v1-2019-05-29', slide: 25, stated: 50 },
  { id: 'v1-2019-10-20', slide: 26, stated: 50 },
  { id: 'v2-2019-10-20', slide: 29, stated: 500 },
])('the workers slide $slide’s record allows', ({ id, stated }) => {
  const summary = recorded(id);
  const n = requestsOf(summary);
  const bounds = workerBounds(summary as Required<typeof summary>, n);

  it('are exactly the counts that pass hey’s rule one by one', () => {
    const byHand = Array.from({ length: n }, (_, i) => i + 1).filter((c) => allowedByHand(summary, n, c));
    expect(bounds.feasible).toEqual(byHand);
  });

  it('start no lower than Little’s law, requests × average ÷ total', () => {
    expect(bounds.min).toBeGreaterThanOrEqual(Math.ceil((n * summary.averageSeconds!) / summary.totalSeconds! - 0.01));
  });

  it('include the run’s stated -c, or rule it out, as the arithmetic says', () => {
    const choice = chooseWorkers(summary as Required<typeof summary>, n, stated);
    expect(choice.given).toEqual({ concurrency: stated, allowed: allowedByHand(summary, n, stated) });
    expect(choice.workers).toBe(choice.given!.allowed ? stated : bounds.feasible[0]);
  });
});

describe('slide 29: the slide says -c 500, the record needs 1,000', () => {
  const summary = recorded('v2-2019-10-20');
  const bounds = workerBounds(summary as Required<typeof summary>, 10_000);

  it('rules out 500: 20 requests a worker at 2.0223 s or more cannot end by 21.8108 s', () => {
    expect(20 * summary.fastestSeconds!).toBeGreaterThan(40);
    expect(bounds.feasible).not.toContain(500);
  });

  it('allows at most 10 requests a worker, so at least 1,000 workers, and uses 1,000', () => {
    expect(bounds.maxShare).toBe(10);
    expect(bounds.feasible).toEqual([1_000, 1_250]);
    expect(chooseWorkers(summary as Required<typeof summary>, 10_000, 500)).toMatchObject({ workers: 1_000, basis: 'smallest', given: { concurrency: 500, allowed: false } });
  });
});

describe('chooseWorkers for a reader’s run', () => {
  const summary = { totalSeconds: 2, slowestSeconds: 0.5, fastestSeconds: 0.1, averageSeconds: 0.2 };

  it('takes the smallest count the record allows when no -c is given', () => {
    // 100 × 0.2 ÷ 2 = 10 in flight on average; 10 divides 100 and each worker's 10 requests fit.
    expect(chooseWorkers(summary, 100)).toMatchObject({ workers: 10, basis: 'smallest' });
  });

  it('keeps the reader’s -c where the record allows it', () => {
    expect(chooseWorkers(summary, 100, 20)).toMatchObject({ workers: 20, basis: 'given' });
  });

  it('shares unevenly, one apart, when no count divides the requests (errors left out of the histogram)', () => {
    // 97 is prime: no count but 1 and 97 divides it, and neither fits.
    const choice = chooseWorkers(summary, 97);
    expect(choice.bounds.feasible).toEqual([]);
    expect(choice).toMatchObject({ workers: 10, basis: 'uneven' });
    expect(chooseWorkers(summary, 97, 12)).toMatchObject({ workers: 12, basis: 'given' });
  });
});

/** hey's histogram buckets (report.go): 11 marks from the fastest to the slowest request, the last exactly the slowest. */
export function heyBucketMarks(fastest: number, slowest: number): number[] {
  const width = (slowest - fastest) / 10;
  return Array.from({ length: 11 }, (_, i) => (i === 10 ? slowest : fastest + width * i));
}

/**
 * Where a run's slow cluster starts: the first bucket after its longest stretch of empty buckets
 * (slide 25: 9.138–13.046 s, after five empty ones), or undefined when no bucket stands empty
 * between two that hold requests. A reading of the record's shape, not a threshold of ours.
 */
export function slowFrom(counts: readonly number[]): number | undefined {
  let best: { length: number; next: number } | undefined;
  let run = 0;
  counts.forEach((count, i) => {
    if (count === 0) run++;
    else {
      if (run > 0 && i - run > 0 && (!best || run > best.length)) best = { length: run, next: i };
      run = 0;
    }
  });
  return best?.next;
}

/**
 * Where a percentile of a run lies, from its histogram alone (the talk's reports printed no
 * percentiles): between the edges of the bucket that holds the request of that rank, the first
 * bucket being the fastest request alone. A range, not a value: the histogram says no more.
 */
export function percentileRange(histogram: readonly { mark: number; count: number }[], percent: number): { low: number; high: number } {
  const total = histogram.reduce((sum, bucket) => sum + bucket.count, 0);
  const rank = Math.max(1, Math.ceil((percent / 100) * total));
  let seen = 0;
  const i = histogram.findIndex((bucket) => (seen += bucket.count) >= rank);
  const at = i < 0 ? histogram.length - 1 : i;
  return { low: at === 0 ? histogram[0]!.mark : histogram[at - 1]!.mark, high: histogram[at]!.mark };
}

/** Where hey's percentiles (10 to 99, 99.9 from 1,000 requests, and 100) lie by a histogram alone: a range each. */
export function histogramPercentiles(histogram: readonly { mark: number; count: number }[]): { percent: number; seconds: number; low: number }[] {
  const total = histogram.reduce((sum, bucket) => sum + bucket.count, 0);
  return [10, 25, 50, 75, 90, 95, 99, ...(total >= 1000 ? [99.9] : []), 100].map((percent) => {
    const { low, high } = percentileRange(histogram, percent);
    return { percent, seconds: high, low };
  });
}

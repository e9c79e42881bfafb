import { describe, expect, it } from 'vitest';
import { percentileRange } from './hey-buckets.ts';

// Slide 25's histogram (May 2019, 500 requests), as the talk showed it.
const marks = [0.019, 1.322, 2.625, 3.927, 5.23, 6.533, 7.835, 9.138, 10.441, 11.743, 13.046];
const counts = [1, 448, 1, 0, 0, 0, 0, 0, 4, 9, 37];
const may = marks.map((mark, i) => ({ mark, count: counts[i]! }));

describe('where a percentile lies, from a histogram alone', () => {
  it('is the bucket holding the request of that rank: 250th and 450th of 500 in the fast ones, the 475th in the slow cluster', () => {
    expect(percentileRange(may, 50)).toEqual({ low: 0.019, high: 1.322 });
    expect(percentileRange(may, 90)).toEqual({ low: 1.322, high: 2.625 });
    expect(percentileRange(may, 95)).toEqual({ low: 11.743, high: 13.046 });
  });
  it('is the fastest request alone in the first bucket, and the slowest at 100%', () => {
    expect(percentileRange(may, 0.1)).toEqual({ low: 0.019, high: 0.019 });
    expect(percentileRange(may, 100)).toEqual({ low: 11.743, high: 13.046 });
  });
});

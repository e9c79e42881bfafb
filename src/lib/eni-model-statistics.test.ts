import { bisector } from 'd3-array';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coldStartTimeline, coldStartsAt, errorTotal, lowerMedian, sampleAt } from './eni-model-statistics';
import { emptyErrors } from './eni-model-parameters';

describe('ENI model statistics', () => {
  it('takes the sample in effect at a moment, and the first one before the run starts', () => {
    const run = { samples: [{ t: 0, n: 'a' }, { t: 1, n: 'b' }, { t: 2, n: 'c' }] };
    expect(sampleAt(run, -1).n).toBe('a');
    expect(sampleAt(run, 1).n).toBe('b');
    expect(sampleAt(run, 1.99).n).toBe('b');
    expect(sampleAt(run, 5).n).toBe('c');
  });

  it('states the median as a delay some request really waited (the lower middle value)', () => {
    expect(lowerMedian([])).toBe(0);
    expect(lowerMedian([3])).toBe(3);
    expect(lowerMedian([1, 10])).toBe(1);
    expect(lowerMedian([1, 2, 10])).toBe(2);
  });

  it('keeps the cold-start median and maximum as they stood after each cold start', () => {
    const timeline = coldStartTimeline({ coldStartEvents: [{ t: 2, seconds: 12 }, { t: 0, seconds: 10.4 }, { t: 1, seconds: 0.4 }] });
    expect([...timeline.t]).toEqual([0, 1, 2]);
    expect(coldStartsAt(timeline, -0.5)).toEqual({ p50: 0, max: 0 });
    expect(coldStartsAt(timeline, 0)).toEqual({ p50: 10.4, max: 10.4 });
    expect(coldStartsAt(timeline, 1.5)).toEqual({ p50: 0.4, max: 10.4 });
    expect(coldStartsAt(timeline, 9)).toEqual({ p50: 10.4, max: 12 });
  });

  it('adds up errors of every kind', () => {
    expect(errorTotal({ ...emptyErrors(), EC2ThrottledException: 3, TooManyRequestsException: 4 })).toBe(7);
  });

  it('finds the sample d3-array’s bisector finds, whatever the times and the moment', () => {
    const byTime = bisector<{ t: number }, number>((sample) => sample.t);
    const times = fc.array(fc.integer({ min: -5, max: 20 }), { minLength: 1 }).map((ts) => ts.sort((a, b) => a - b).map((t, i) => ({ t: t / 2, i })));
    fc.assert(
      fc.property(times, fc.oneof(fc.double({ min: -10, max: 20, noNaN: true }), fc.constant(Number.NaN)), (samples, t) => {
        expect(sampleAt({ samples }, t)).toBe(samples[Math.max(0, byTime.right(samples, t) - 1)]);
      }),
    );
  });
});

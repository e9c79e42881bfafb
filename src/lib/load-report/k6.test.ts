import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readK6Json, readK6Text } from './k6.ts';

const published = (file: string) => readFileSync(new URL(`../fixtures/published-tools/k6/${file}`, import.meta.url), 'utf8');

describe("k6's successful requests, timed apart", () => {
  it('are read from the { expected_response:true } line under http_req_duration (values read by hand: 128.58 ms each)', () => {
    const { report } = readK6Text(published('k6learn-custom-metrics-legacy-http-req-failed-50pct.txt'));
    expect(report.successful).toEqual({
      averageSeconds: 0.12858,
      fastestSeconds: 0.12858,
      slowestSeconds: 0.12858,
      latencyDistribution: [
        { percent: 50, seconds: 0.12858 },
        { percent: 90, seconds: 0.12858 },
        { percent: 95, seconds: 0.12858 },
      ],
    });
    // All requests' own trend is still the run's.
    expect(report.summary?.averageSeconds).toBe(0.22124);
  });
  it('are read from the JSON metric of the same name, in milliseconds', () => {
    const json = { metrics: { http_reqs: { count: 2, rate: 1 }, 'http_req_duration{expected_response:true}': { avg: 128.58, min: 128.58, med: 128.58, max: 128.58, 'p(90)': 128.58, 'p(95)': 128.58 } } };
    expect(readK6Json(json).report.successful?.averageSeconds).toBeCloseTo(0.12858, 9);
  });
  it('are absent where k6 wrote no such metric', () => {
    expect(readK6Json({ metrics: { http_reqs: { count: 2, rate: 1 }, http_req_duration: { avg: 1, min: 1, med: 1, max: 1 } } }).report.successful).toBeUndefined();
  });
});

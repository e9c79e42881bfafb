import { describe, expect, it } from 'vitest';
import october from '../../data/runs/v1-2019-10-20.json';
import may from '../../data/runs/v1-2019-05-29.json';
import { runIn2019 } from './run-in-2019';

const requests = (report: { histogram?: { count: number }[] }) => report.histogram!.reduce((sum, bucket) => sum + bucket.count, 0);
// October 2019's run of verification 1 (after Hyperplane): hey's default 50 workers, 500 requests, 128 MB in a /24.
const octoberIn2019 = () => runIn2019({ requests: 500, workers: 50, averageSeconds: october.report.summary.averageSeconds, memoryMb: 128, subnetPrefixLength: 24 });

describe('a run as it would have gone in May 2019', () => {
  it('turns October 2019’s run back into May 2019’s record: 50 requests waiting 9–13 s for their ENIs, the rest fast', () => {
    const { report, coldStarts, waitedForEni, enis, errors } = octoberIn2019();
    const recorded = may.report;
    expect(requests(report)).toBe(500);
    expect(coldStarts).toBe(50);
    expect(waitedForEni).toBe(50);
    // 50 environments of 128 MB: 3 workers of 3 GB, so 3 ENIs.
    expect(enis).toBe(3);
    expect(Object.values(errors).every((n) => n === 0)).toBe(true);
    // Recorded: 50 requests from 9.138 s, the slowest 13.046 s; Total 13.4614 s.
    const slow = report.histogram!.filter((bucket) => bucket.mark >= 9).reduce((sum, bucket) => sum + bucket.count, 0);
    expect(slow).toBe(50);
    expect(report.summary!.slowestSeconds).toBeGreaterThan(recorded.summary.slowestSeconds - 1);
    expect(report.summary!.slowestSeconds).toBeLessThan(recorded.summary.slowestSeconds + 0.5);
    expect(report.summary!.totalSeconds! / recorded.summary.totalSeconds).toBeGreaterThan(0.9);
    expect(report.summary!.totalSeconds! / recorded.summary.totalSeconds).toBeLessThan(1.15);
    expect(report.statusCodes).toEqual([{ code: 200, responses: 500 }]);
  });

  it('answers with 500s where the subnet runs out: 50 workers of 3,008 MB need 49 ENIs, a /28 has 11 addresses', () => {
    const { report, errors, enis } = runIn2019({ requests: 500, workers: 50, averageSeconds: 0.1, memoryMb: 3008, subnetPrefixLength: 28 });
    expect(enis).toBe(11);
    expect(errors.SubnetIPAddressLimitReachedException).toBeGreaterThan(0);
    expect(report.statusCodes!.find((status) => status.code === 500)!.responses).toBe(errors.SubnetIPAddressLimitReachedException);
    expect(requests(report)).toBe(500);
  });

  it('models at most 3,000 workers', () => {
    expect(() => runIn2019({ requests: 5000, workers: 3001, averageSeconds: 0.1, memoryMb: 128, subnetPrefixLength: 24 })).toThrow(RangeError);
  });
});

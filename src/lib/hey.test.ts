import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inEnglish } from '../../test/hey-in-english';
import {
  heyCsvHeader,
  histogramCsv,
  HeyParseError,
  heyHistogram,
  heyLatencyDistribution,
  isHeyCsv,
  parseHeyCsv,
  parseHeyText,
  readHeyText,
  reportFromCsv,
  requestCount,
} from './hey';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const slide = (id: string) => read(`../../data/runs/${id}.txt`);

describe('parseHeyText on the three recorded slides', () => {
  it('reads slide 25 (2019-05-29): summary and histogram, as the slide showed them', () => {
    const report = parseHeyText(slide('v1-2019-05-29'));
    expect(report.summary).toEqual({
      totalSeconds: 13.4614,
      slowestSeconds: 13.046,
      fastestSeconds: 0.0194,
      averageSeconds: 1.2528,
      requestsPerSecond: 37.1433,
      totalDataBytes: 2500,
      sizePerRequestBytes: 5,
    });
    expect(report.histogram?.map((b) => b.count)).toEqual([1, 448, 1, 0, 0, 0, 0, 0, 4, 9, 37]);
    expect(report.histogram?.[10]).toEqual({ mark: 13.046, count: 37 });
    expect(Object.keys(report)).toEqual(['summary', 'histogram']);
  });

  it('reads slide 26 (2019-10-20): the same 500 requests, slowest 0.547 s', () => {
    const report = parseHeyText(slide('v1-2019-10-20'));
    expect(report.summary?.slowestSeconds).toBe(0.547);
    expect(report.histogram?.map((b) => b.count)).toEqual([1, 411, 25, 1, 0, 0, 0, 9, 7, 33, 13]);
    expect(requestCount(report)).toBe(500);
  });

  it('reads slide 29 (verification 2): 10,000 requests', () => {
    const report = parseHeyText(slide('v2-2019-10-20'));
    expect(report.summary?.totalDataBytes).toBe(50_000);
    expect(report.histogram?.map((b) => b.count)).toEqual([1, 8998, 1, 0, 0, 0, 0, 0, 113, 844, 43]);
    expect(requestCount(report)).toBe(10_000);
  });

  it('finds each histogram adding up to total data ÷ size per request', () => {
    for (const id of ['v1-2019-05-29', 'v1-2019-10-20', 'v2-2019-10-20']) {
      const { summary, histogram } = parseHeyText(slide(id));
      expect(requestCount({ histogram })).toBe(summary!.totalDataBytes! / summary!.sizePerRequestBytes!);
    }
  });
});

describe('parseHeyText on complete reports', () => {
  it('reads a 2019-era report (hey 0.1.2) with 502s and an error distribution', () => {
    const report = parseHeyText(read('./fixtures/hey-0.1.2-full.txt'));
    expect(report.latencyDistribution).toHaveLength(7);
    expect(report.latencyDistribution?.[2]).toEqual({ percent: 50, seconds: 0.0702 });
    // Up to hey 0.1.4 the DNS+dialup row printed the run's fastest and slowest request.
    expect(report.details?.dnsDialup).toEqual({ averageSeconds: 0.0015, fastestSeconds: 0.0213, slowestSeconds: 19.8801 });
    expect(report.details?.responseWait.averageSeconds).toBe(2.3099);
    expect(report.statusCodes).toEqual([
      { code: 200, responses: 182 },
      { code: 502, responses: 12 },
    ]);
    expect(report.errors).toEqual([
      {
        count: 6,
        message:
          'Get "https://example.execute-api.ap-northeast-1.amazonaws.com/prod/hello": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
      },
    ]);
    // Timeouts are left out of the histogram: it counts only the responses.
    expect(requestCount(report)).toBe(194);
  });

  it('reads a current report (hey 0.1.4 and HEAD): no body, so no data lines', () => {
    const report = parseHeyText(read('./fixtures/hey-0.1.4-head-full.txt'));
    expect(report.summary?.totalDataBytes).toBeUndefined();
    expect(report.details?.dnsDialup).toEqual({ averageSeconds: 0.0042, fastestSeconds: 0, slowestSeconds: 0.0422 });
    expect(report.statusCodes).toEqual([{ code: 200, responses: 200 }]);
    expect(report.errors).toBeUndefined();
  });

  it('reads a partial report: only the sections pasted, with Windows line ends', () => {
    const report = parseHeyText('Status code distribution:\r\n  [200]\t10 responses\r\n  [429]\t2 responses\r\n');
    expect(report).toEqual({
      statusCodes: [
        { code: 200, responses: 10 },
        { code: 429, responses: 2 },
      ],
    });
  });
});

describe('readHeyText tells the reader what it left out or could not add up', () => {
  const codes = (text: string) => readHeyText(text).notes.map((note) => `${note.line} ${note.code}`);

  it('draws a histogram shortened by hand, saying it cannot be replayed', () => {
    const { report, notes } = readHeyText('Response time histogram:\n  0.019 [1]\t|\n  1.322 [448]\t|■■■■\n  13.046 [51]\t|■\n');
    expect(report.histogram).toHaveLength(3);
    expect(notes.map((n) => n.code)).toEqual(['shortHistogram']);
  });

  it('reads a run where every request failed: no average, no histogram, the errors', () => {
    const { report } = readHeyText('Summary:\n  Total:\t0.0170 secs\n  Slowest:\t0.0000 secs\n  Fastest:\t0.0000 secs\n  Average:\tNaN secs\n  Requests/sec:\t11770.1513\n\nResponse time histogram:\n\nLatency distribution:\n\nError distribution:\n  [200]\tGet "http://localhost:3000/": dial tcp 127.0.0.1:3000: connect: connection refused\n');
    expect(report.summary).toEqual({ totalSeconds: 0.017, slowestSeconds: 0, fastestSeconds: 0, requestsPerSecond: 11770.1513 });
    expect(report.histogram).toBeUndefined();
    expect(report.errors).toEqual([{ count: 200, message: 'Get "http://localhost:3000/": dial tcp 127.0.0.1:3000: connect: connection refused' }]);
  });

  it('reads status codes that do not add up to the histogram, saying so on the status line', () => {
    expect(codes('Response time histogram:\n  0.1 [1]\t|\n  0.2 [2]\t|\nStatus code distribution:\n  [200]\t4 responses\n')).toEqual(['1 shortHistogram', '4 countsDisagree']);
  });
});

describe('parseHeyText refuses malformed input, naming the line and what it expected', () => {
  const cases: [string, string, RegExp][] = [
    ['empty input', '\n\n', /^line 1: expected hey's text report/],
    ['nothing of hey\'s', 'hello\nworld\n', /^line 1: expected hey's text report \(a header such as Summary:/],
    ['an empty summary', 'hello\nSummary:\n', /^line 2: expected a Summary with Total, Slowest, Fastest, Average, Requests\/sec/],
    ['a summary time without "secs"', 'Summary:\n  Total:\t13.4614\n', /^line 2: expected a line like "Total: 13.4614 secs", got "Total:\t13.4614"/],
    ['a summary number that is not one', 'Summary:\n  Total:\t1.0 secs\n  Slowest:\tfast secs\n', /^line 3: expected a line like "Slowest:/],
    ['a summary size that is not one', 'Summary:\n  Size/request:\tfive bytes\n', /^line 2: expected a line like "Size\/request: 5 bytes"/],
    ['a histogram count that is not a whole number', 'Response time histogram:\n  0.019 [1.5]\t|\n', /^line 2: expected a histogram line/],
    ['histogram marks that fall', 'Response time histogram:\n  1.322 [4]\t|\n  0.019 [1]\t|\n', /^line 3: expected a bucket mark of at least 1.322/],
    ['a percentile over 100', 'Latency distribution:\n  150% in 0.1 secs\n', /^line 2: expected a percentage from 0 to 100/],
    ['a percentile without "in"', 'Latency distribution:\n  50% 0.1 secs\n', /^line 2: expected a percentile line/],
    ['a details row with two times', 'Details (average, fastest, slowest):\n  resp wait:\t0.1 secs, 0.2 secs\n', /^line 2: expected a details line/],
    ['details missing rows', 'Details (average, fastest, slowest):\n  resp wait:\t0.1 secs, 0.0 secs, 0.2 secs\n', /^line 1: expected Details with all five rows \(missing DNS\+dialup, DNS-lookup, req write, resp read\)/],
    ['a status code that is not three digits', 'Status code distribution:\n  [OK]\t5 responses\n', /^line 2: expected a status line/],
    ['an error line without a count', 'Error distribution:\n  [many]\ttimeout\n', /^line 2: expected an error line/],
    ['an error section of prose only', 'Error distribution:\n  timeout\n', /^line 2: expected hey's text report/],
    ['a negative time (a clock that jumped)', 'Summary:\n  Total:\t-1814.6618 secs\n', /^line 2: expected a time of 0 s or more/],
    ['NaN beside requests that succeeded', 'Summary:\n  Total:\t1 secs\n  Slowest:\t1 secs\n  Fastest:\t1 secs\n  Average:\tNaN secs\n  Requests/sec:\t1\nResponse time histogram:\n  1.000 [1]\t|\n', /^line 5: expected a number of seconds \(NaN means no request succeeded, yet the histogram counts 1\)/],
  ];
  for (const [what, input, message] of cases) {
    it(`rejects ${what}`, () => {
      let error: unknown;
      try {
        parseHeyText(input);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(HeyParseError);
      expect(inEnglish(() => parseHeyText(input))).toMatch(message);
    });
  }
});

describe('parseHeyCsv', () => {
  const csv = read('./fixtures/hey-sample.csv');

  it('recognises hey CSV by its header', () => {
    expect(isHeyCsv(csv)).toBe(true);
    expect(isHeyCsv(slide('v1-2019-05-29'))).toBe(false);
  });

  it('reads one row per successful request', () => {
    const rows = parseHeyCsv(csv);
    expect(rows).toHaveLength(5);
    expect(rows[2]).toEqual({
      responseTime: 0.5102,
      dnsDialup: 0,
      dns: 0,
      requestWrite: 0,
      responseDelay: 0.51,
      responseRead: 0.0001,
      statusCode: 502,
      offset: 0.0421,
    });
  });

  it('makes the report hey would have printed for those requests', () => {
    const report = reportFromCsv(parseHeyCsv(csv));
    expect(report.summary).toEqual({
      totalSeconds: 0.605,
      slowestSeconds: 0.5102,
      fastestSeconds: 0.0398,
      averageSeconds: 0.1368,
      requestsPerSecond: 8.2645,
    });
    expect(requestCount(report)).toBe(5);
    expect(report.histogram?.[0]).toEqual({ mark: 0.04, count: 1 });
    expect(report.histogram?.[10]).toEqual({ mark: 0.51, count: 1 });
    expect(report.statusCodes).toEqual([
      { code: 200, responses: 4 },
      { code: 502, responses: 1 },
    ]);
  });

  const bad: [string, string, RegExp][] = [
    ['a wrong header', 'latency,status\n0.1,200\n', /^line 1: expected the hey CSV header/],
    ['a row with too few values', `${read('./fixtures/hey-sample.csv').split('\n')[0]}\n0.1,0,0,0,0.1,0,200\n`, /^line 2: expected 8 comma-separated values, got "0.1,0,0,0,0.1,0,200"/],
    ['a status code with a fraction', `${read('./fixtures/hey-sample.csv').split('\n')[0]}\n0.1,0,0,0,0.1,0,200.5,0.0\n`, /^line 2: expected a whole number in column status-code, got "200.5"/],
    ['a time that is not a number', `${read('./fixtures/hey-sample.csv').split('\n')[0]}\n0.1,0,0,0,0.1,0,200,0\nfast,0,0,0,0.1,0,200,0.1\n`, /^line 3: expected a number of seconds of 0 or more in column response-time, got "fast"/],
    ['an empty cell', `${read('./fixtures/hey-sample.csv').split('\n')[0]}\n0.1,,0,0,0.1,0,200,0.0\n`, /^line 2: expected a number of seconds of 0 or more in column DNS\+dialup, got nothing$/],
    ['a header and no rows', `${read('./fixtures/hey-sample.csv').split('\n')[0]}\n`, /^line 2: expected at least one request row/],
  ];
  for (const [what, input, message] of bad) {
    it(`rejects ${what}`, () => {
      expect(inEnglish(() => parseHeyCsv(input))).toMatch(message);
    });
  }
});

describe('hey’s own algorithms', () => {
  it('puts only the fastest latency in the first bucket and the slowest in the last', () => {
    const buckets = heyHistogram([1, 2, 2, 3, 11]);
    expect(buckets.map((b) => b.mark)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(buckets.map((b) => b.count)).toEqual([1, 2, 1, 0, 0, 0, 0, 0, 0, 0, 1]);
  });

  it('takes the first latency at or past each percentile', () => {
    const latencies = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(heyLatencyDistribution(latencies).map((p) => p.seconds)).toEqual([11, 26, 51, 76, 91, 96, 100]);
  });

  it('fills one percentile per latency, as hey does, and leaves the rest at 0% in 0 s', () => {
    // i·100/3 = 0, 33, 66: index 1 fills the 10th, index 2 the 25th; nothing is left for the 50th and up.
    expect(heyLatencyDistribution([0.1, 0.2, 0.3])).toEqual([
      { percent: 10, seconds: 0.2 },
      { percent: 25, seconds: 0.3 },
      ...Array(5).fill({ percent: 0, seconds: 0 }),
    ]);
  });

  it('reads a CSV longer than a function call takes arguments', () => {
    const row = '0.0400,0.0000,0.0000,0.0000,0.0398,0.0001,200,';
    const csv = [heyCsvHeader, ...Array.from({ length: 200_000 }, (_, i) => `${row}${(i / 1000).toFixed(4)}`)].join('\n');
    const report = reportFromCsv(parseHeyCsv(csv));
    expect(requestCount(report)).toBe(200_000);
    expect(report.summary!.slowestSeconds).toBe(0.04);
  });
});

describe('histogramCsv', () => {
  it('writes one row per bucket with its edges and count, header first', () => {
    const csv = histogramCsv([
      { mark: 0.019, count: 1 },
      { mark: 1.322, count: 448 },
      { mark: 2.625, count: 1 },
    ]);
    expect(csv).toBe('bucket,from_seconds,to_seconds,count\n0,0.0190,0.0190,1\n1,0.0190,1.3220,448\n2,1.3220,2.6250,1\n');
  });
});

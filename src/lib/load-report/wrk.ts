/**
 * wrk's report (github.com/wg/wrk) and wrk2's (github.com/giltene/wrk2, wrk with a constant rate
 * `-R` and HdrHistogram). wrk's "Thread Stats" Latency row is over every request, despite its name:
 * its Avg and Max are the run's average and slowest. With `--latency`, wrk prints four percentiles;
 * wrk2 prints its own, then the "Detailed Percentile spectrum" (milliseconds), which gives the
 * percentiles read here. wrk2 corrects for coordinated omission (a request's time counts from when
 * the constant rate would have sent it); its `--u_latency` spectrum, uncorrected, is left out, said so.
 */
import { HeyParseError } from '../hey-messages.ts';
import type { HeyPercentile, HeyReport, HeySummary } from '../hey-report.ts';
import { bounded, keep, numbered, problem, unreadable, type LoadReading } from './reading.ts';
import { exact, percent, seconds } from './units.ts';

export const isWrkText = (text: string) => /^\s*Running \S+ test @ /m.test(text) || /^\s*Thread Stats\s+Avg\s+Stdev/m.test(text);
const isWrk2 = (text: string) => /Thread calibration:|HdrHistogram|^#\[Mean\s+=/m.test(text);

type Section = 'distribution' | 'spectrum' | 'uncorrected';

const statsRow = /^(Latency|Req\/Sec)\s+(\S+)\s+(\S+)\s+(\S+)\s+(\S+%)$/;
const percentLine = /^(\d+(?:\.\d+)?%)\s+(\d+(?:\.\d+)?(?:us|ms|s|m|h))$/;
const spectrumRow = /^(\d+(?:\.\d+)?)\s+(\d(?:\.\d+)?)\s+(\d+)\s+(\d+(?:\.\d+)?|inf)$/;
const requestsLine = /^(\d+) requests in (\d+(?:\.\d+)?(?:us|ms|s|m|h)),\s*(.+) read$/;
const kept = /^(Socket errors|Non-2xx or 3xx responses|Transfer\/sec):\s*(.+)$/;
// Printed while wrk2 runs, or as its spectrum's frame.
const unremarkable = /^(Thread calibration:|#?\[Buckets|-{5,}$|Value\s+Percentile\s+TotalCount)/;

interface State {
  report: HeyReport;
  notes: LoadReading['notes'];
  summary: HeySummary;
  listed: HeyPercentile[];
  spectrum: HeyPercentile[];
  columns: string[];
  section?: Section;
  uncorrectedNoted: boolean;
}

const time = (value: string, n: number, raw: string) => seconds(value) ?? unreadable(n, 'Latency   635.91us    0.89ms  12.92ms   93.69%', raw);

/** The percentile sections: wrk's four, wrk2's own and its spectrum, and the uncorrected ones left out. */
function percentiles(state: State, n: number, raw: string, line: string): boolean {
  const latencyHeading = /^Latency Distribution(?: \(HdrHistogram - (Recorded|Uncorrected) Latency.*\))?$/.exec(line);
  if (latencyHeading) {
    state.section = latencyHeading[1] === 'Uncorrected' ? 'uncorrected' : 'distribution';
    return true;
  }
  if (/^Detailed Percentile spectrum:$/.test(line)) {
    if (state.section !== 'uncorrected') state.section = 'spectrum';
    return true;
  }
  if (state.section === 'uncorrected' && /^(\d|#\[|Detailed|Value)/.test(line)) {
    if (!state.uncorrectedNoted) state.notes.push(problem(n, 'uncorrected'));
    state.uncorrectedNoted = true;
    return true;
  }
  // In a percentile section, a line with a % sign is a percentile, read or refused (never left out quietly).
  if (state.section === 'distribution' && /%/.test(line)) {
    const match = percentLine.exec(line) ?? unreadable(n, '99%  311.95ms', raw);
    bounded(state.listed, { percent: percent(match[1]!) ?? unreadable(n, '99%  311.95ms', raw), seconds: time(match[2]!, n, raw) }, n, 'percentiles');
    return true;
  }
  if (state.section === 'spectrum' && !/^(#?\[|-{5,}|Value\s)/.test(line)) {
    const match = spectrumRow.exec(line) ?? unreadable(n, '10.535     0.990625        39131       106.67', raw);
    const at = { percent: Number((Number(match[2]) * 100).toPrecision(10)), seconds: exact(Number(match[1]) / 1000) };
    // The spectrum repeats a percentile where the histogram has no finer step: the first is kept.
    if (state.spectrum.at(-1)?.percent !== at.percent) bounded(state.spectrum, at, n, 'percentiles');
    return true;
  }
  return false;
}

/** The Thread Stats table, whose third column is Max in wrk and, in some wrk2 builds, 99%. */
function threadStats(state: State, n: number, raw: string, line: string): boolean {
  if (/^Thread Stats\s/.test(line)) {
    state.columns = line.replace(/^Thread Stats\s+/, '').replace('+/- Stdev', '±Stdev').split(/\s+/);
    return true;
  }
  const stats = statsRow.exec(line);
  if (!stats) return false;
  // Every request timed out: wrk prints zeros and "nan%", which are no times.
  if (stats[1] === 'Latency' && stats[5] !== 'nan%') {
    state.summary.averageSeconds = time(stats[2]!, n, raw);
    if (state.columns[2] === 'Max') state.summary.slowestSeconds = time(stats[4]!, n, raw);
    if (state.columns[2] === '99%') state.listed.push({ percent: 99, seconds: time(stats[4]!, n, raw) });
  }
  keep(state.report, `${stats[1]} (${state.columns.join(', ')})`, stats.slice(2).join(' '));
  return true;
}

/** The lines around the tables: the test, its totals, HdrHistogram's mean and max, errors. */
function totals(state: State, n: number, raw: string, line: string): boolean {
  const { report, summary } = state;
  if (/^Running \S+ test @ /.test(line) || /^\d+ threads? and \d+ connections?$/.test(line)) {
    keep(report, line.startsWith('Running') ? 'Test' : 'Threads and connections', line.replace(/^Running /, ''));
    return true;
  }
  const requests = requestsLine.exec(line);
  if (requests) {
    summary.requests = Number(requests[1]);
    summary.totalSeconds = time(requests[2]!, n, raw);
    keep(report, 'Read', requests[3]!);
    state.section = undefined;
    return true;
  }
  // (One author's paste lost the footer's "#".)
  const hdr = /^#?\[(Mean|Max)\s*=\s*([\d.]+),\s*(StdDeviation|Total count)\s*=\s*([\d.]+)\]$/.exec(line);
  if (hdr && state.section !== 'uncorrected') {
    if (hdr[1] === 'Max') summary.slowestSeconds = exact(Number(hdr[2]) / 1000);
    keep(report, `${hdr[1]}, ${hdr[3]} (HdrHistogram${hdr[1] === 'Mean' ? ', ms' : ''})`, `${hdr[2]}, ${hdr[4]}`);
    return true;
  }
  if (/^Requests\/sec:/.test(line)) {
    summary.requestsPerSecond = Number((/^Requests\/sec:\s*(\d+(?:\.\d+)?)$/.exec(line) ?? unreadable(n, 'Requests/sec: 748868.53', raw))[1]);
    return true;
  }
  const keptLine = kept.exec(line);
  if (keptLine) keep(report, keptLine[1]!, keptLine[2]!);
  return Boolean(keptLine) || unremarkable.test(line);
}

export function readWrkText(text: string): LoadReading {
  const wrk2 = isWrk2(text);
  const state: State = { report: {}, notes: [], summary: {}, listed: [], spectrum: [], columns: [], uncorrectedNoted: false };
  for (const { n, raw, line } of numbered(text)) {
    if (line === '' || line.startsWith('```')) continue;
    if (totals(state, n, raw, line) || percentiles(state, n, raw, line) || threadStats(state, n, raw, line)) continue;
    state.section = undefined;
    state.notes.push(problem(n, 'notReport', { tool: wrk2 ? 'wrk2' : 'wrk' }, raw));
  }
  const { report, summary, spectrum, listed } = state;
  const chosen = spectrum.length ? spectrum : listed;
  if (chosen.length) report.latencyDistribution = chosen;
  if (Object.keys(summary).length) report.summary = summary;
  if (summary.requests === undefined && !chosen.length) throw new HeyParseError(problem(1, 'summaryMissing', { missing: 'N requests in …' }));
  return { tool: wrk2 ? 'wrk2' : 'wrk', layout: spectrum.length ? 'spectrum' : listed.length ? 'latency' : 'plain', format: 'text', report, notes: state.notes };
}

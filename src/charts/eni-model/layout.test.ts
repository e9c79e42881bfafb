import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import { loadPreset, sampleAt, simulate, type ModelSample } from '../../lib/eni-model';
import { defaultParameters } from '../../lib/eni-model-parameters';
import { eniModelFrame, panelSize, type CellRange } from './layout';
import { cellsPath, eniModelPanelMarks, gapsPath, panelDescription, readoutWords } from './marks';

const words = en.eniModel.panel;
const sample = (overrides: Partial<ModelSample>): ModelSample => ({
  t: 0,
  environments: 0,
  concurrent: 0,
  starting: 0,
  workers: 0,
  enis: 0,
  enisReady: 0,
  ipsInUse: 0,
  coldStarts: 0,
  served: 0,
  errors: { ENILimitReachedException: 0, SubnetIPAddressLimitReachedException: 0, EC2ThrottledException: 0, TooManyRequestsException: 0 },
  servedSeconds: 0,
  ...overrides,
});
const range = (ranges: CellRange[], state: string) => ranges.find((r) => r.state === state)!;
const verification1 = loadPreset('verification-1');

describe('the ENI model panel layout', () => {
  it('puts busy environments first, idle ones next and the ones still starting last', () => {
    const frame = eniModelFrame('after', defaultParameters, 50, sample({ environments: 10, concurrent: 4, starting: 3 }), 0, words);
    const { ranges } = frame.environments;
    expect(range(ranges, 'busy')).toMatchObject({ from: 0, to: 4 });
    expect(range(ranges, 'idle')).toMatchObject({ from: 4, to: 7 });
    expect(range(ranges, 'starting')).toMatchObject({ from: 7, to: 10 });
  });

  it('fills the concurrency bar up to the load’s peak', () => {
    const half = eniModelFrame('before', defaultParameters, 50, sample({ concurrent: 25 }), 0, words);
    expect(half.bar.height).toBeCloseTo(half.track.height / 2);
    expect(half.bar.y + half.bar.height).toBeCloseTo(half.track.y + half.track.height);
    expect(half.labels.concurrent.text).toBe('25');
  });

  it('draws every worker while they fit, and counts the rest in words', () => {
    const few = eniModelFrame('before', defaultParameters, 50, sample({ workers: 3, environments: 50 }), 0, words);
    expect(few.workers!.shown).toBe(3);
    expect(few.labels.overflow).toBeUndefined();
    const many = eniModelFrame('before', { ...defaultParameters, memoryMb: 1024 }, 1000, sample({ workers: 251, environments: 753 }), 0, words);
    expect(many.workers!.shown).toBeLessThan(251);
    expect(many.labels.overflow!.text).toBe(`+${251 - many.workers!.shown} more workers`);
    expect(many.labels.environments.text).toBe('3 GB workers, 3 envs each');
  });

  it('packs environments on workers as the formula does: at 2,048 MB three share two workers', () => {
    const frame = eniModelFrame('before', { ...defaultParameters, memoryMb: 2048 }, 50, sample({ workers: 2, environments: 3, concurrent: 3 }), 0, words);
    const { xs, ys } = frame.environments.grid;
    // The first two on the first worker, side by side; the third at the top left of the second.
    expect(ys[0]).toBe(ys[1]);
    expect(xs[1]!).toBeGreaterThan(xs[0]!);
    expect(xs[2]! - xs[0]!).toBe(frame.workers!.grid.xs[1]! - frame.workers!.grid.xs[0]!);
    expect(range(frame.environments.ranges, 'busy')).toMatchObject({ from: 0, to: 3 });
    expect(frame.labels.environments.text).toBe('3 GB workers, 1.5 envs each');
  });

  it('shows the Hyperplane ENI and no workers after Hyperplane', () => {
    const frame = eniModelFrame('after', defaultParameters, 50, sample({ environments: 50, enis: 1, enisReady: 1 }), 0, words);
    expect(frame.workers).toBeUndefined();
    expect(frame.hyperplane!.label.text).toBe('Hyperplane');
    expect(range(frame.enis.ranges, 'ready')).toMatchObject({ from: 0, to: 1 });
  });

  it('outlines ENIs still being created', () => {
    const frame = eniModelFrame('before', defaultParameters, 50, sample({ enis: 3, enisReady: 1 }), 0, words);
    expect(range(frame.enis.ranges, 'pending')).toMatchObject({ from: 1, to: 3 });
    expect(frame.labels.enis.text).toBe('ENI 3/350');
  });

  it('draws the subnet as its addresses, the 5 AWS reserves first, one cell for several in a large subnet', () => {
    const small = eniModelFrame('before', defaultParameters, 50, sample({ ipsInUse: 3 }), 0, words);
    expect(range(small.subnet.ranges, 'reserved')).toMatchObject({ from: 0, to: 5 });
    expect(range(small.subnet.ranges, 'used')).toMatchObject({ from: 5, to: 8 });
    expect(range(small.subnet.ranges, 'free').to).toBe(256);
    const large = eniModelFrame('before', { ...defaultParameters, subnetPrefixLength: 20 }, 50, sample({}), 0, words);
    expect(range(large.subnet.ranges, 'free').to).toBe(1024);
    expect(large.labels.subnetScale!.text).toBe('1 cell = 4 IPs');
  });

  it('keeps everything inside the panel, even at 3,000 concurrent executions', () => {
    const run = simulate('before', loadPreset('ramp', 3000), { memoryMb: 128, subnetPrefixLength: 16, eniQuota: 10_000 });
    for (const t of [5, 30, 60, run.summary.endSeconds]) {
      const frame = eniModelFrame('before', run.parameters, 3000, sampleAt(run, t), t, words);
      for (const part of [frame.environments, frame.enis, frame.subnet]) {
        const last = Math.max(0, ...part.ranges.map((r) => r.to)) - 1;
        if (last < 0) continue;
        expect(part.grid.xs[last]! + part.grid.size).toBeLessThanOrEqual(panelSize.width);
        expect(part.grid.ys[last]! + part.grid.size).toBeLessThanOrEqual(panelSize.height);
      }
    }
  });
});

describe('the ENI model panel marks', () => {
  it('draw a run of cells in even rows as at most three rectangles, cut into cells by gap lines', () => {
    const frame = eniModelFrame('before', defaultParameters, 50, sample({ enis: 2, enisReady: 2 }), 0, words);
    // ENIs: 24 a row, 8 apart from x 324, y 28, each 6 wide.
    expect(cellsPath(frame.enis.grid, 0, 2)).toBe('M324 28h16v8h-16z');
    expect(cellsPath(frame.enis.grid, 23, 25)).toBe('M508 28h8v8h-8zM324 36h8v8h-8z');
    expect(cellsPath(frame.enis.grid, 1, 60)).toBe('M332 28h184v8h-184zM324 36h192v8h-192zM324 44h96v8h-96z');
    expect(cellsPath(frame.enis.grid, 1, 1)).toBe('');
    // The gaps: a line down each column's right edge and along each row's bottom, 2 wide.
    const gaps = gapsPath(frame.enis.grid.rows!, frame.enis.grid.size);
    expect(gaps.startsWith('M331 28v104m8 -104v104')).toBe(true);
    expect(gaps.match(/v104/g)).toHaveLength(24);
    expect(gaps.match(/h192/g)).toHaveLength(13);
  });

  it('draw environments inside their workers a square each, each placed from the one before', () => {
    const frame = eniModelFrame('before', defaultParameters, 50, sample({ workers: 1, environments: 3, concurrent: 3 }), 0, words);
    const path = cellsPath(frame.environments.grid, 0, 3);
    expect(path.match(/h/g)).toHaveLength(6);
    expect(path).toMatch(/^M82 30h[\d.]+v[\d.]+h-[\d.]+zm[\d.]+ 0h/);
  });

  it('name the panel and state its numbers in words', () => {
    const run = simulate('before', verification1);
    const end = sampleAt(run, run.summary.endSeconds);
    expect(panelDescription(end, run.parameters, { p50: 12.345, max: 13.01 }, readoutWords(en))).toBe(
      ['Execution environments 50', 'Workers 3', 'ENIs 3/350', 'IPs in use 3', 'Cold start median 12.35 s', 'Cold start max 13.01 s', 'Errors 0']
        .map((item) => item.replace(/ (?=[\d])/, '\u00a0'))
        .join('\u00a0· '),
    );
  });

  it('match the snapshot of verification 1 at its end, before and after', () => {
    for (const model of ['before', 'after'] as const) {
      const run = simulate(model, verification1);
      const end = sampleAt(run, run.summary.endSeconds);
      const frame = eniModelFrame(model, run.parameters, 50, end, run.summary.endSeconds, words);
      const svg = eniModelPanelMarks(frame, { title: en.eniModel.titles[model], desc: panelDescription(end, run.parameters, { p50: run.summary.coldStartP50, max: run.summary.coldStartMax }, readoutWords(en)) });
      expect(svg.replace(/></g, '>\n<')).toMatchSnapshot(model);
    }
  });
});

import { describe, expect, it } from 'vitest';
import runJson from '../../../data/runs/v1-2019-05-29.json';
import { strings } from '../../i18n/strings';
import type { HeyRun } from '../../lib/hey-run';
import { snapshotOf } from '../snapshot';
import { histogramLayout } from './layout';
import { histogramMarks, histogramText } from './marks';

const run = runJson as unknown as HeyRun;

describe('histogram marks', () => {
  const layout = histogramLayout(run.report.histogram!, { width: 600, height: 300 });
  const svg = histogramMarks(layout, histogramText(run, strings.en, 'test'));

  it('name the chart and describe it with its numbers', () => {
    expect(svg).toContain('<title id="test-title">hey response-time histogram (May 29, 2019)</title>');
    expect(svg).toContain('<desc id="test-desc">Response times of 500 requests. Fastest 0.0194 s, slowest 13.046 s.</desc>');
  });

  it('draw a bar per bucket with its count, and write the scale the replay animates by', () => {
    expect(svg.match(/<rect class="bar"/g)).toHaveLength(11);
    expect(svg).toContain('data-count="448"');
    expect(svg).toContain(`data-pixels-per-request="${layout.pixelsPerRequest}"`);
    expect(svg).toContain(`data-baseline="${layout.baseline}"`);
  });

  it('match the snapshot of slide 25', () => {
    expect(snapshotOf(svg)).toMatchSnapshot();
  });
});

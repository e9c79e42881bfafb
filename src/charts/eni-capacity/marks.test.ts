import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import { eniCapacity } from '../../lib/eni-capacity';
import { snapshotOf } from '../snapshot';
import { capacityDefaults, capacityLayout } from './layout';
import { capacityMarks } from './marks';
import { verdictText } from './verdict';

const labels = { subnet: en.capacity.subnetIps, quota: en.capacity.quotaShort };

describe('the capacity calculator’s layout and marks', () => {
  it('fills each limit’s bar by the ENIs needed, and marks the limits the need exceeds', () => {
    // 1,000 × 1 GB ÷ 3 GB = 334 ENIs: over a /24's 251 addresses, under the quota of 350.
    const layout = capacityLayout(eniCapacity(capacityDefaults), labels);
    const [subnet, quota] = layout.rows;
    expect(subnet).toMatchObject({ limit: 'subnet', label: 'Subnet IP addresses 251', exceeded: true, fill: subnet!.track.width });
    expect(quota!.exceeded).toBe(false);
    expect(quota!.fill).toBeCloseTo((334 / 350) * quota!.track.width);
  });

  it('name the chart and describe it by its verdict', () => {
    const result = eniCapacity(capacityDefaults);
    const svg = capacityMarks(capacityLayout(result, labels), { title: en.capacity.form, desc: verdictText(result, en.capacity) });
    expect(svg).toContain(`<title>${en.capacity.form}</title>`);
    expect(svg).toContain('753');
    expect(svg).toContain('data-limit="subnet" data-exceeded="true"');
    expect(snapshotOf(svg)).toMatchSnapshot();
  });
});

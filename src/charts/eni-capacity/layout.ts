/**
 * Slide 12's formula against its two limits, as geometry: for the subnet's addresses and for the
 * region's ENI quota, a track for the limit and a bar for the ENIs needed, full (and in the old
 * architecture's colour) when the need exceeds the limit.
 */
import { count } from '../../i18n/format.ts';
import { scaleLinear } from 'd3-scale';
import type { CapacityInput, CapacityResult } from '../../lib/eni-capacity.ts';

/** The calculator's inputs when nothing is typed: 1,000 concurrent executions at 1 GB in a /24. */
export const capacityDefaults: CapacityInput = { concurrency: 1000, memoryMb: 1024, subnetPrefixLength: 24, subnetCount: 1, eniQuota: 350 };

export const capacitySize = { width: 900, rowHeight: 34, barHeight: 24, labelWidth: 270 };

/** On a slide the bars run the slide's width, their labels at the slide's text size. */
export const capacitySlideSize = { width: 1100, rowHeight: 40, barHeight: 28, labelWidth: 330 };

export interface CapacityRow {
  limit: 'subnet' | 'quota';
  label: string;
  y: number;
  height: number;
  track: { x: number; width: number };
  fill: number;
  /** The ENIs needed do not fit within this limit. */
  exceeded: boolean;
}

export interface CapacityLayout {
  width: number;
  height: number;
  rows: CapacityRow[];
}

export function capacityLayout(result: CapacityResult, labels: { subnet: string; quota: string }, size = capacitySize): CapacityLayout {
  const { width, rowHeight, labelWidth } = size;
  const rows = (['subnet', 'quota'] as const).map((limit, i): CapacityRow => {
    const available = limit === 'subnet' ? result.subnetIps : result.eniQuota;
    const x = scaleLinear().domain([0, Math.max(available, 1)]).range([0, width - labelWidth]).clamp(true);
    return {
      limit,
      label: `${labels[limit]} ${count(available)}`,
      y: i * rowHeight,
      height: size.barHeight,
      track: { x: labelWidth, width: width - labelWidth },
      fill: x(result.enisNeeded),
      exceeded: result.enisNeeded > available,
    };
  });
  return { width, height: (rows.length - 1) * rowHeight + size.barHeight, rows };
}

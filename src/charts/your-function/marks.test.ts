import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import { ja } from '../../i18n/ja';
import { readerFunction } from '../runtime/reader-function';
import { snapshotOf } from '../snapshot';
import { mapPanel, mapPanels, memorySizes, panelSize } from './layout';
import { mapMarks, sentenceMarks, sentenceValues, tableMarks } from './marks';
import { sliderEnd, sliderOf, stepSlider } from './sliders';

const t = en.yourFunction;
const slide13 = readerFunction.defaults;

describe('the map of a subnet', () => {
  it('has a band for each memory size Lambda offered, 128 to 3,008 MB in 64 MB steps, coloured by the limit met first', () => {
    const panel = mapPanel(slide13, 'before', 24, t);
    expect(memorySizes).toHaveLength(46);
    expect(panel.bands[0]).toMatchObject({ memory: 128, limit: 'concurrency' });
    expect(panel.bands.at(-1)).toMatchObject({ memory: 3008, limit: 'subnet' });
    // The plot's 3,000 is its top: a band that fits to 1,000 splits a third of the way up.
    const { top, bottom } = panel.plot;
    expect(panel.bands[0]!.y).toBeCloseTo(bottom - (bottom - top) / 3);
    expect(panel.bands.every((band) => band.x1 > band.x0 && band.x0 >= panel.plot.left - 0.01 && band.x1 <= panel.plot.right + 0.01)).toBe(true);
  });

  it('marks the reader’s function where it is, in the region of the limit it meets, and names its own subnet’s panel', () => {
    const panels = mapPanels(slide13, t);
    expect(panels.map((panel) => [panel.architecture, panel.prefix, panel.yours, panel.marker.region])).toEqual([
      ['before', 24, true, 'subnet'],
      ['before', 22, false, 'none'],
      ['before', 20, false, 'none'],
      ['after', 24, false, 'none'],
    ]);
    expect(panels[0]!.title).toBe('Before: one /24 (251 addresses): yours');
  });

  it('draws the same elements for every function, so the browser morphs them in place', () => {
    const shape = (svg: string) => svg.replace(/"[^"]*"/g, '""').replace(/>[^<]*</g, '><').replace(/<text[^>]*data-region[^>]*><\/text>/g, '');
    const a = mapMarks(mapPanel(slide13, 'before', 24, t), t);
    const b = mapMarks(mapPanel({ ...slide13, memory: 3008, concurrency: 3000 }, 'before', 24, t), t);
    expect(shape(a)).toBe(shape(b));
    expect(a).toContain(`viewBox="0 0 ${panelSize.width} ${panelSize.height}"`);
    expect(snapshotOf(a)).toMatchSnapshot();
  });
});

describe('the sentence', () => {
  it('says slide 12’s example: 334 ENIs, 83 addresses too few in a /24, the subnet met first at 753', () => {
    expect(sentenceValues(slide13, t)).toEqual({
      formula: '1,000 × 1,024 MB ÷ 3,072 MB',
      enis: '334',
      addresses: 'the subnet has 251 usable addresses, 83 too few.',
      first: "It does not fit: the first limit it meets is the subnet's addresses, at 753 concurrent executions.",
      after: '250 addresses are left.',
    });
    expect(sentenceValues({ ...slide13, memory: 128 }, ja.yourFunction).first).toContain('1,000');
  });

  it('is plain text at build and sliders in the browser, each with its spoken value', () => {
    expect(sentenceMarks(slide13, t, false)).not.toContain('role="slider"');
    const live = sentenceMarks(slide13, t, true);
    expect(live.match(/role="slider"/g)).toHaveLength(4);
    expect(live).toContain('aria-label="Subnet size" aria-valuemin="11" aria-valuemax="65531" aria-valuenow="251" aria-valuetext="/24 (251 usable addresses)"');
  });
});

describe('the sliders', () => {
  it('step memory in Lambda’s 64 MB, onto the steps from a URL’s odd value, within 128–3,008 MB', () => {
    expect(stepSlider('memory', { ...slide13, memory: 1000 }, 1).memory).toBe(1024);
    expect(stepSlider('memory', { ...slide13, memory: 1000 }, -1).memory).toBe(960);
    expect(stepSlider('memory', { ...slide13, memory: 3008 }, 10).memory).toBe(3008);
    expect(sliderEnd('memory', slide13, 'min').memory).toBe(128);
  });

  it('make a subnet larger going up, and say it by its addresses', () => {
    expect(stepSlider('subnet', slide13, 1).subnet).toBe(23);
    expect(sliderEnd('subnet', slide13, 'max').subnet).toBe(16);
    expect(sliderOf('subnet', { ...slide13, subnet: 16 }, t).now).toBe(65531);
  });

  it('step concurrency by 10 and the quota by 50, ten at a time with Page Up', () => {
    expect(stepSlider('concurrency', slide13, 10).concurrency).toBe(1100);
    expect(stepSlider('concurrency', { ...slide13, concurrency: 1 }, -1).concurrency).toBe(1);
    expect(stepSlider('quota', slide13, 1).quota).toBe(400);
  });
});

describe('the table', () => {
  it('lists the limit met first for each memory size and panel, at the reader’s quota', () => {
    const table = tableMarks(mapPanels({ ...slide13, quota: 5000 }, t), { ...slide13, quota: 5000 }, t);
    expect(table).toContain('ENI quota 5,000');
    // At 3,008 MB: the /24's addresses at 256; a /22's 1,019 addresses at 1,040 (under a quota of 5,000, over the account's 1,000).
    expect(table).toMatch(/<th scope="row">3,008 MB<\/th><td>addresses 256<\/td><td>1,000 limit 1,000<\/td><td>1,000 limit 1,000<\/td><td>1,000 limit 1,000<\/td>/);
  });
});

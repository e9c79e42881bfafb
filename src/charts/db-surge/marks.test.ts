import { describe, expect, it } from 'vitest';
import { surgeEn } from '../../i18n/surge.en';
import { surgeJa } from '../../i18n/surge.ja';
import { snapshotOf } from '../snapshot';
import { surgeDescription, surgeMarks } from './marks';
import { surgeDrawing } from './surge';

const layout = surgeDrawing();
const svg = surgeMarks(layout, surgeEn, { id: 'test', separator: ', ' });

describe('the surge’s marks', () => {
  it('make one image named as a model, with a description', () => {
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="test-title" aria-describedby="test-desc"/);
    expect(svg).toContain('<title id="test-title">The surge against the database: verification 3 and max_connections (model)</title>');
  });

  it('describe every number they draw: each crossing, the class never reached, the peak and AWS’s figure', () => {
    const description = surgeDescription(layout, surgeEn, ', ');
    expect(description).toContain("it passes db.t3.micro's 85 at 0.1 s, db.t3.small's 170 at 1.1 s, db.t3.medium's 341 at 3.0 s, db.t3.large's 682 at 6.1 s; it stays under db.r5.large's 1,365.");
    expect(description).toContain('reaches 1,000 at 9.1 s');
    expect(description).toContain('20,000 client connections against a database capped at 187');
    expect(surgeDescription(layout, surgeJa, '、')).toContain('db.t3.largeの682を6.1秒で超え、db.r5.largeの1,365には届きません。');
  });

  it('label each class’s line with its connection limit and each crossing with its second', () => {
    for (const label of ['db.t3.micro 85', 'db.t3.small 170', 'db.t3.medium 341', 'db.t3.large 682', 'db.r5.large 1,365']) expect(svg).toContain(`>${label}</text>`);
    expect(svg.match(/<circle /g)).toHaveLength(4);
    expect(svg).toContain('>6.1 s</text>');
  });

  it('draw the since-2019 layer as its own group with AWS’s numbers', () => {
    const layer = /<g class="surge-proxy">.*?<\/g>/.exec(svg)![0];
    expect(layer).toContain('>Client connections to RDS Proxy 20,000</text>');
    expect(layer).toContain('>Database capped at 187</text>');
  });

  it('match the snapshot', () => {
    expect(snapshotOf(svg)).toMatchSnapshot();
  });
});

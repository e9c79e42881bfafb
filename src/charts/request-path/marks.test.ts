import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { strings } from '../../i18n/strings';
import { heyRunSchema } from '../../lib/hey-run';
import { requestPath } from '../../lib/request-path';
import { snapshotOf } from '../snapshot';
import { requestPathDrawings, requestPathFigure, requestPathRuns } from './figure';
import { requestPathMarks } from './marks';

const run = (id: string) => heyRunSchema.parse(JSON.parse(readFileSync(new URL(`../../../data/runs/${id}.json`, import.meta.url), 'utf8')));
const path = requestPath(run(requestPathRuns.before), run(requestPathRuns.after));
const drawn = (edition: 'ja' | 'en') => requestPathDrawings(path, strings[edition]).map(({ layout, labels, className }) => requestPathMarks(layout, labels, className));

describe('one request’s path as marks', () => {
  it('is an image named by its title, its description carrying the recorded and sourced seconds', () => {
    for (const svg of drawn('en')) {
      expect(svg).toMatch(/^<svg class="rp-svg rp-(wide|narrow)" viewBox="0 0 \d+ \d+" role="img"><title>One request, followed through both architectures<\/title><desc>/);
      const desc = /<desc>(.*)<\/desc>/.exec(svg)![1]!;
      for (const figure of ['slide 25', '8.80–12.50 s', '9.138–13.046 s', 'slide 26', '60–90 s', '0.337–0.547 s']) expect(desc).toContain(figure);
    }
  });

  it('groups each lane’s marks by step, five to a lane, so a stepper can show one stage at a time', () => {
    const [wide] = drawn('ja');
    const steps = [...wide!.matchAll(/<g data-stage="(\d)">/g)].map((match) => Number(match[1]));
    expect(steps).toEqual([1, 2, 3, 4, 5, 1, 2, 3, 4, 5]);
    expect(wide).toContain('ENIの作成・アタッチ 8.80〜12.50 秒');
    expect(wide).toContain('応答 9.138〜13.046 秒');
  });

  it('lists every stage for a reader without JavaScript, each duration with its nature, and the stepper disabled until its code runs', () => {
    const figure = requestPathFigure(path, strings.en);
    const stages = /<ol class="rp-stages">(.*)<\/ol>/.exec(figure)![1]!;
    expect(stages.match(/<li data-stage="\d">/g)).toHaveLength(5);
    expect(stages.match(/class="rp-nature rp-nature--(recorded|sourced|assumed)"/g)).toHaveLength(10);
    expect(figure).toContain('<input type="range" min="1" max="5" step="1" value="5" aria-valuetext="Stage 5 of 5: The answer goes back to hey" disabled>');
    expect(figure.match(/<button type="button" data-action="(previous|next)" disabled>/g)).toHaveLength(2);
  });

  it('matches the snapshot of both drawings, in both editions', () => {
    expect(snapshotOf([...drawn('ja'), ...drawn('en')].join('\n'))).toMatchSnapshot();
  });
});

import { describe, expect, it } from 'vitest';
import v1Json from '../../../data/runs/v1-2019-05-29.json';
import v2Json from '../../../data/runs/v2-2019-10-20.json';
import { strings } from '../../i18n/strings';
import type { HeyRun } from '../../lib/hey-run';
import { snapshotOf } from '../snapshot';
import { enisQuestion, predictFigure, slowestQuestion } from './figure';
import { barMarks } from '../histogram/marks';
import { predictMarks } from './marks';

const slowest = slowestQuestion(v1Json as unknown as HeyRun, strings.en);
const enis = enisQuestion(v2Json as unknown as HeyRun, strings.en);

describe('predict marks', () => {
  it('name the question and describe its answer with the numbers', () => {
    const svg = predictMarks(slowest.layout, slowest.text, slowest.handle);
    expect(svg).toContain('<title id="predict-slowest-title">Predict, then see: the slowest request of May 29, 2019</title>');
    expect(svg).toContain('The slowest request took 13.046 s (as recorded).');
    expect(svg).toContain('11.743–13.046 s: 37');
    expect(predictMarks(enis.layout, enis.text)).toContain('1 ENI for 1,000 concurrent executions. Before, with one ENI per worker: 42 ENIs at 128 MB.');
  });

  it('on the page, hold a slider that speaks the guess; as an image, no handle and no guess', () => {
    const page = predictMarks(enis.layout, enis.text, enis.handle);
    expect(page).toContain('role="group"');
    expect(page).toContain('role="slider"');
    expect(page).toContain('aria-valuenow="50" aria-valuetext="50 ENIs"');
    const image = predictMarks(enis.layout, enis.text);
    expect(image).toContain('role="img"');
    expect(image).not.toContain('predict-handle');
    expect(image).not.toContain('predict-guess');
  });

  it('draw slide 25’s bars as its histogram does, the answer apart from the axis', () => {
    const svg = predictMarks(slowest.layout, slowest.text);
    expect(svg.match(/<rect class="bar( bar--slow)?"/g)).toHaveLength(11);
    expect(svg).toContain(barMarks(slowest.layout.histogram!).join(''));
    expect(svg).toMatch(/<g class="predict-answer"><g class="bars" aria-hidden="true"><rect/);
    expect(svg).toContain('>slowest 13.046 s</text>');
    expect(svg).toContain('viewBox="0 -48 544 193"');
  });

  it('put the question before the drawing, and the answer in words after it, without a guess', () => {
    const figure = predictFigure(slowest, strings.en);
    const at = (part: string) => figure.indexOf(part);
    expect(at('<figcaption class="predict-question">')).toBeLessThan(at('<svg'));
    expect(at('<svg')).toBeLessThan(at('<p class="predict-answer">The slowest request took 13.046 s (hey’s record, slide 25); 50 of the 500 took more than 9.138 s.'));
    expect(figure).toContain('<strong data-verdict=""></strong>');
  });

  it('match the snapshots of both questions', () => {
    expect(snapshotOf(predictMarks(slowest.layout, slowest.text, slowest.handle))).toMatchSnapshot();
    expect(snapshotOf(predictMarks(enis.layout, enis.text, enis.handle))).toMatchSnapshot();
  });
});

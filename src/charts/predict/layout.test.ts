import { describe, expect, it } from 'vitest';
import v1Json from '../../../data/runs/v1-2019-05-29.json';
import v2Json from '../../../data/runs/v2-2019-10-20.json';
import { strings } from '../../i18n/strings';
import { enisNeeded } from '../../lib/eni-capacity';
import type { HeyRun } from '../../lib/hey-run';
import { verification2Model } from '../eni-model/verification-2';
import { histogramLayout } from '../histogram/layout';
import { enisAnswer, slowestAnswer } from './answers';
import { enisLayout, slowestLayout } from './layout';
import { leaped, positionOf, roundNumbers, stepped, valueAt } from './scale';
import { enisVerdict, slowestVerdict } from './verdict';

const slide25 = v1Json as unknown as HeyRun;
const slide29 = v2Json as unknown as HeyRun;

describe('where did the slowest request land? (before slide 25)', () => {
  const answer = slowestAnswer(slide25);
  const layout = slowestLayout(answer.histogram, answer.slowest);

  it('answers with the record’s Slowest and its slow cluster, read from the record', () => {
    expect(answer.slowest).toBe(slide25.report.summary!.slowestSeconds);
    expect(answer.slowest).toBe(13.046);
    expect(answer).toMatchObject({ requests: 500, slow: 50, from: 9.138 });
  });

  it('puts the guess on slide 25’s own histogram, as the reading page draws it beside the hey output', () => {
    const histogram = histogramLayout(answer.histogram, { width: 544, height: 145, slowFrom: 8 });
    expect(layout.histogram).toEqual(histogram);
    expect(layout.axis.domain).toEqual([histogram.timeMin, histogram.timeMax]);
    expect(layout.axis.domain).toEqual([0, 14]);
    expect(layout.axis.range).toEqual([histogram.margin.left, 544 - histogram.margin.right]);
    expect(layout.plot.bottom).toBe(histogram.baseline);
    // The answer's line stands where the last bar ends.
    expect(layout.answer.x).toBeCloseTo(histogram.bars.at(-1)!.x + histogram.bars.at(-1)!.width + 1, 0);
  });

  it('maps a guess to a position and back, to a tenth of a second', () => {
    const { axis } = layout;
    expect(positionOf(axis, 0)).toBe(52);
    expect(positionOf(axis, 14)).toBe(532);
    expect(positionOf(axis, 7)).toBe(292);
    for (const guess of [0, 0.1, 3.7, 9.5, 13, 14]) expect(valueAt(axis, positionOf(axis, guess))).toBe(guess);
    // Off the axis, a pointer places the nearest end.
    expect(valueAt(axis, 0)).toBe(0);
    expect(valueAt(axis, 600)).toBe(14);
  });

  it('steps by half a second on the keys, two seconds a page, from between steps to the next', () => {
    const { axis } = layout;
    expect(stepped(axis, 7, 1)).toBe(7.5);
    expect(stepped(axis, 7.3, 1)).toBe(7.5);
    expect(stepped(axis, 7.3, -1)).toBe(7);
    expect(stepped(axis, 13.9, 1)).toBe(14);
    expect(stepped(axis, 0, -1)).toBe(0);
    expect(leaped(axis, 7, 1)).toBe(9);
    expect(leaped(axis, 1, -1)).toBe(0);
  });

  it('starts the guess in the middle, its label in the row above the answer’s, both above the histogram', () => {
    expect(layout.guess.value).toBe(7);
    expect(layout.guess.label.y).toBeLessThan(layout.answer.label.y);
    expect(layout.answer.label.y).toBeLessThan(layout.plot.top);
    expect(layout.top).toBeLessThan(layout.guess.label.y - 19);
    expect(layout.answer.label.anchor).toBe('end');
  });

  it('says the difference in words, either way, in both editions', () => {
    const t = strings.en.predict.slowest;
    expect(slowestVerdict(7, 13.046, t, strings.en.seconds)).toBe('Your guess, 7.0 s, was 6.0 s short of it.');
    expect(slowestVerdict(14, 13.046, t, strings.en.seconds)).toBe('Your guess, 14.0 s, was 0.95 s past it.');
    expect(slowestVerdict(12.7, 13.046, t, strings.en.seconds)).toBe('Your guess, 12.7 s, was only 0.35 s off.');
    expect(slowestVerdict(13, 13.046, t, strings.en.seconds)).toBe('Your guess, 13.0 s, was right on it.');
    expect(slowestVerdict(2, 13.046, strings.ja.predict.slowest, strings.ja.seconds)).toBe('あなたの予想(2.0 秒)より、11.0秒長くかかりました。');
  });
});

describe('how many ENIs after Hyperplane? (before slide 30)', () => {
  const answer = enisAnswer(slide29);
  const layout = enisLayout(answer.enis, answer.old);

  it('answers with the model’s count for verification 2, the very run slide 30 shows', () => {
    const slide30 = verification2Model(slide29).run.summary;
    expect(answer.enis).toBe(slide30.enis);
    expect(answer.enis).toBe(1);
    expect(answer.peak).toBe(slide30.peakConcurrent);
    expect(answer.peak).toBe(1000);
  });

  it('sets beside it the old model’s ENIs for the same load: slide 12’s formula, rounded up', () => {
    expect(answer.old).toBe(Math.ceil(enisNeeded(answer.peak, answer.memoryMb)));
    expect(answer.old).toBe(42);
  });

  it('maps a count to a log position and back, on round numbers', () => {
    const { axis } = layout;
    expect(positionOf(axis, 1)).toBe(20);
    expect(positionOf(axis, 3000)).toBe(520);
    // A decade is the same width wherever it is.
    expect(positionOf(axis, 100) - positionOf(axis, 10)).toBeCloseTo(positionOf(axis, 1000) - positionOf(axis, 100), 6);
    for (const guess of roundNumbers(3000)) expect(valueAt(axis, positionOf(axis, guess))).toBe(guess);
    expect(valueAt(axis, positionOf(axis, 43))).toBe(40);
    expect(layout.ticks.map((tick) => tick.label)).toEqual(['1', '10', '100', '1,000']);
  });

  it('steps through round numbers on the keys and by ten a page, within 1 and the top', () => {
    const { axis } = layout;
    expect(roundNumbers(3000).slice(0, 12)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 15, 20]);
    expect(stepped(axis, 9, 1)).toBe(10);
    expect(stepped(axis, 10, 1)).toBe(15);
    expect(stepped(axis, 42, 1)).toBe(50);
    expect(stepped(axis, 42, -1)).toBe(40);
    expect(stepped(axis, 1, -1)).toBe(1);
    expect(stepped(axis, 3000, 1)).toBe(3000);
    expect(leaped(axis, 50, 1)).toBe(500);
    expect(leaped(axis, 50, -1)).toBe(5);
  });

  it('starts the guess in the middle and keeps three label rows apart', () => {
    expect(layout.guess.value).toBe(50);
    const rows = [layout.guess, layout.answer, layout.old!].map((marker) => marker.label.y);
    expect(new Set(rows).size).toBe(3);
  });

  it('says how far off a guess is, and when it counts the old way', () => {
    const t = strings.en.predict.enis;
    expect(enisVerdict(1, 1, 42, t)).toBe('Your guess, 1 ENI, was exactly right.');
    expect(enisVerdict(500, 1, 42, t)).toBe('Your guess, 500 ENIs, was 500 times too many.');
    expect(enisVerdict(40, 1, 42, t)).toBe('Your guess, 40 ENIs, was 40 times too many. That is about what the old architecture needed.');
    expect(enisVerdict(2, 4, 42, t)).toBe('Your guess, 2 ENIs, was 2 times too few.');
    expect(enisVerdict(3, 1, 42, strings.ja.predict.enis)).toBe('あなたの予想(3個)は、3倍多すぎました。');
  });
});

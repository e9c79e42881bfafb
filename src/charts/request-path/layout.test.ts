import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { strings } from '../../i18n/strings';
import { heyRunSchema, type HeyRun } from '../../lib/hey-run';
import { answeredAt, hyperplanePending, lanes, requestPath, requestStages } from '../../lib/request-path';
import { textWidth } from '../../lib/text-measure';
import { narrowSize, requestPathLayout, wideSize } from './layout';
import { pathLabels, stageTexts } from './text';

const run = (id: string) => heyRunSchema.parse(JSON.parse(readFileSync(new URL(`../../../data/runs/${id}.json`, import.meta.url), 'utf8')));
const may = run('v1-2019-05-29');
const october = run('v1-2019-10-20');
const path = requestPath(may, october);
const stage = (lane: 'before' | 'after', name: string) => path.stages[lane].find((at) => at.stage === name)!;

/** A run's slow responses read straight off its histogram: the buckets after its last empty one. */
function slowResponses(record: HeyRun) {
  const histogram = record.report.histogram!;
  const lastEmpty = histogram.map((bucket) => bucket.count).lastIndexOf(0);
  const slow = histogram.slice(lastEmpty + 1);
  return { low: histogram[lastEmpty]!.mark, high: record.report.summary!.slowestSeconds!, n: slow.reduce((sum, bucket) => sum + bucket.count, 0) };
}

describe('one request through both architectures, from the records', () => {
  it('is answered where each record’s slow responses lie: 9.138–13.046 s on slide 25, 0.337–0.547 s on slide 26', () => {
    const [old, now] = [slowResponses(may), slowResponses(october)];
    expect(path.totals.before).toMatchObject({ slide: 25, answered: { low: old.low, high: old.high }, slow: old.n });
    expect(path.totals.after).toMatchObject({ slide: 26, answered: { low: now.low, high: now.high }, slow: now.n });
    expect([old.low, old.high, now.low, now.high]).toEqual([9.138, 13.046, 0.337, 0.547]);
  });

  it('adds each lane’s stages up to the span its record allows, at the least and the most', () => {
    for (const lane of lanes) {
      const end = answeredAt(path.stages[lane]);
      expect(end.low).toBeCloseTo(path.totals[lane].answered.low, 9);
      expect(end.high).toBeCloseTo(path.totals[lane].answered.high, 9);
      expect(path.stages[lane].map((at) => at.stage)).toEqual(requestStages);
    }
  });

  it('puts the ENI in the old request’s path: what is left of slide 25’s slow responses, about 8.8–12.5 s, recorded', () => {
    const eni = stage('before', 'network');
    const [old, now] = [slowResponses(may), slowResponses(october)];
    // The others: May's fastest whole request (there and back), and October's cold start without an ENI.
    const others = (bound: 'low' | 'high') => may.report.summary!.fastestSeconds! + now[bound] - october.report.summary!.fastestSeconds!;
    expect(eni.duration!.low).toBeCloseTo(old.low - others('low'), 9);
    expect(eni.duration!.high).toBeCloseTo(old.high - others('high'), 9);
    expect(eni.duration!.low).toBeGreaterThan(8.7);
    expect(eni.duration!.high).toBeLessThan(12.6);
    expect(eni).toMatchObject({ nature: 'recorded', basis: 'eniInPath', values: { slide: 25, n: 50 } });
  });

  it('makes the Hyperplane ENI before any request, Pending for the sources’ 60–90 s, and passes the request through it with no wait', () => {
    expect(stage('after', 'deploy')).toMatchObject({ duration: hyperplanePending, nature: 'sourced', basis: 'pending' });
    expect(hyperplanePending).toEqual({ low: 60, high: 90 });
    expect(stage('before', 'deploy')).toMatchObject({ nature: 'sourced', basis: 'oldModel' });
    expect(stage('before', 'deploy').duration).toBeUndefined();
    expect(stage('after', 'network')).toMatchObject({ duration: { low: 0, high: 0 }, nature: 'assumed' });
  });

  it('takes the new cold start from slide 26 (recorded) and assumes the old one was the same', () => {
    const cold = stage('after', 'placement');
    const fastest = october.report.summary!.fastestSeconds!;
    expect(cold.duration!.low).toBeCloseTo(0.337 - fastest, 9);
    expect(cold.duration!.high).toBeCloseTo(0.547 - fastest, 9);
    expect(cold).toMatchObject({ nature: 'recorded', values: { slide: 26, fastest } });
    expect(stage('before', 'placement')).toMatchObject({ duration: cold.duration, nature: 'assumed', basis: 'placementAsAfter' });
  });

  it('splits each run’s fastest whole request in two for the trips there and back, and says it assumes so', () => {
    for (const [lane, record] of [['before', may], ['after', october]] as const) {
      for (const name of ['send', 'answer']) {
        expect(stage(lane, name)).toMatchObject({ nature: 'assumed', basis: 'halfFastest', duration: { low: record.report.summary!.fastestSeconds! / 2 } });
      }
    }
  });

  it('refuses runs the wrong way round', () => {
    expect(() => requestPath(october, may)).toThrow(/before Hyperplane/);
  });

  it('names every duration’s nature and source in both editions', () => {
    for (const words of [strings.ja, strings.en]) {
      const texts = stageTexts(path, words.requestPath);
      expect(texts).toHaveLength(5);
      for (const row of texts.flatMap((text) => text.lanes)) {
        expect(row.natureName).toBe(words.requestPath.natures[row.nature]);
        expect(row.basis).not.toMatch(/\{\w+\}/);
        expect(row.what).not.toMatch(/\{\w+\}/);
      }
    }
    const en = stageTexts(path, strings.en.requestPath);
    expect(en[3]!.lanes[0]).toMatchObject({ duration: '8.80–12.50 s', natureName: 'recorded' });
    expect(en[3]!.lanes[0]!.basis).toContain('9.138–13.046 s (50 of them');
    expect(en[0]!.lanes[1]).toMatchObject({ duration: '60–90 s', natureName: 'sourced' });
    expect(en[2]!.lanes[1]!.basis).toContain('0.337–0.547 s, less its fastest whole request, 0.0225 s');
  });
});

describe('the layout of the two lanes on a broken axis', () => {
  for (const [name, size] of [['wide', wideSize], ['narrow', narrowSize]] as const) {
    for (const edition of ['ja', 'en'] as const) {
      const labels = pathLabels(path, strings[edition].requestPath, strings[edition].date);
      const layout = requestPathLayout(path, labels, size);

      it(`${name}, ${edition}: keeps the create-or-update clock left of the request’s, each in the drawing`, () => {
        expect(layout.deploy.x2).toBeLessThan(layout.request.x1);
        expect(layout.request.x2).toBeLessThanOrEqual(size.width);
        expect(layout.deploy.ticks.map((tick) => tick.label)).toEqual(['0', '60', '90']);
        expect(layout.request.ticks.at(-1)!.label).toBe(name === 'wide' ? '14' : '10');
      });

      it(`${name}, ${edition}: answers the old request far right of the new, and draws the hundredths as ticks`, () => {
        const [before, after] = layout.lanes;
        expect(before!.answered.x1).toBeGreaterThan(after!.answered.x2 + (layout.request.x2 - layout.request.x1) / 2);
        expect(before!.stages.find((mark) => mark.stage === 'send')!.thin).toBe(true);
        expect(before!.stages.find((mark) => mark.stage === 'network')!.thin).toBe(false);
        expect(after!.stages.find((mark) => mark.stage === 'network')!.thin).toBe(true);
      });

      it(`${name}, ${edition}: sets every label inside the drawing, and a bar’s label inside its bar`, () => {
        for (const lane of layout.lanes) {
          for (const line of lane.title.lines) expect(textWidth(line, size.fontSize)).toBeLessThanOrEqual(size.width);
          const answered = lane.answered.label;
          const width = textWidth(answered.lines[0]!, size.fontSize);
          expect(answered.anchor === 'start' ? answered.x + width : answered.x).toBeLessThanOrEqual(size.width);
          expect(answered.anchor === 'end' ? answered.x - width : answered.x).toBeGreaterThanOrEqual(0);
          for (const mark of lane.stages.filter((mark) => mark.label && mark.width > 0)) {
            expect(textWidth(mark.label!.lines[0]!, size.fontSize) + 4).toBeLessThanOrEqual(mark.width);
          }
        }
        expect(layout.lanes[0]!.stages.find((mark) => mark.stage === 'network')!.label).toBeDefined();
      });
    }
  }
});

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHeyText, requestCount } from './hey';
import { heyRunSchema } from './hey-run';

const directory = new URL('../../data/runs/', import.meta.url);
const ids = readdirSync(directory)
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.replace(/\.json$/, ''));

const read = (id: string) => JSON.parse(readFileSync(new URL(`${id}.json`, directory), 'utf8'));

describe('data/runs', () => {
  it('holds the three runs the talk recorded (and whatever a presenter imports beside them)', () => {
    const talkRuns = ids.filter((id) => read(id).slide !== undefined).sort();
    expect(talkRuns).toEqual(['v1-2019-05-29', 'v1-2019-10-20', 'v2-2019-10-20']);
  });

  for (const id of ids) {
    describe(id, () => {
      const run = read(id);
      const source = new URL(`../../${run.provenance.text}`, import.meta.url);

      it('fits the run schema', () => {
        expect(() => heyRunSchema.parse(run)).not.toThrow();
        expect(run.id).toBe(id);
      });

      it.runIf(run.provenance.format === 'text')('holds exactly what the parser makes of the hey text it names', () => {
        expect(run.report).toEqual(parseHeyText(readFileSync(source, 'utf8')));
      });

      it.runIf(run.slide !== undefined)('keeps its slide text beside it and accounts for every request: total data ÷ size per request', () => {
        expect(run.provenance.text).toBe(`data/runs/${id}.txt`);
        const { totalDataBytes, sizePerRequestBytes } = run.report.summary;
        expect(requestCount(run.report)).toBe(totalDataBytes / sizePerRequestBytes);
      });
    });
  }

  it('rejects a run whose field is wrong, naming the field', () => {
    const run = JSON.parse(readFileSync(new URL('v1-2019-05-29.json', directory), 'utf8'));
    const result = heyRunSchema.safeParse({ ...run, model: 'sideways' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['model']);
  });
});

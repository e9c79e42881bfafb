import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHeyText } from './hey';
import { decodeView, encodeView, SharedViewError } from './run-share';

const report = parseHeyText(readFileSync(new URL('../../data/runs/v2-2019-10-20.txt', import.meta.url), 'utf8'));

describe('a run in a link', () => {
  it('comes back exactly as it went in, with the run it is compared with', async () => {
    const view = { run: { date: '2026-12-01', format: 'text' as const, report }, compare: 'v1-2019-05-29' };
    const fragment = await encodeView(view);
    expect(fragment).toMatch(/^run=[A-Za-z0-9_-]+$/);
    expect(await decodeView(`#${fragment}`)).toEqual(view);
  });

  it('is short enough for a link: a whole report in well under 2,000 characters', async () => {
    expect((await encodeView({ run: { date: '2026-12-01', format: 'text', report } })).length).toBeLessThan(700);
  });

  it('is nothing where the fragment holds no run', async () => {
    expect(await decodeView('#slide-25')).toBeUndefined();
  });

  it('is refused, saying why, when cut short or when what it holds is not a run', async () => {
    const fragment = await encodeView({ run: { date: '2026-12-01', format: 'text', report } });
    await expect(decodeView(fragment.slice(0, 40))).rejects.toThrow(SharedViewError);
    const notARun = await encodeView({ run: { date: 'yesterday', format: 'text', report } } as never);
    await expect(decodeView(notARun)).rejects.toThrow(/^run\.date:/);
  });
});

import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseHeyText } from './hey';
import { reportLimits } from './hey-report-schema';
import { decodeView, encodeView, linkLimits, SharedViewError } from './run-share';

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

describe('a link from a stranger', () => {
  const packed = (json: string) => `run=${deflateRawSync(Buffer.from(json)).toString('base64url')}`;
  const run = (report: object) => JSON.stringify({ v: 1, run: { date: '2026-12-01', format: 'text', report } });
  const problemOf = (fragment: string) => decodeView(fragment).then(() => undefined, (error: SharedViewError) => error.problem);

  it('is refused, naming the limit, when it would unpack past 1 MB', async () => {
    // 64 MB of one letter packs into a link of about 90 KB (the link that crashed a tab held 300 MB).
    const link = packed(run({ errors: [{ count: 1, message: 'a'.repeat(64 * 1024 * 1024) }] }));
    expect(link.length).toBeLessThan(linkLimits.linkCharacters);
    expect(await problemOf(link)).toEqual({ code: 'tooLarge', limit: linkLimits.unpackedBytes });
  });

  it('is refused, naming the limit, when it is longer than a million characters', async () => {
    expect(await problemOf(`run=${'A'.repeat(linkLimits.linkCharacters + 1)}`)).toEqual({ code: 'tooLong', limit: linkLimits.linkCharacters });
  });

  it('is refused, naming the field, when its run passes a report’s bounds: 5,000 buckets', async () => {
    const buckets = Array.from({ length: 5000 }, (_, i) => ({ mark: i / 1000, count: 1 }));
    expect(await problemOf(packed(run({ histogram: buckets })))).toMatchObject({ code: 'notARun', where: 'run.report.histogram', detail: `at most ${reportLimits.buckets} histogram buckets` });
  });

  it('is refused when it is not base64 or not deflate', async () => {
    expect(await problemOf('run=%%%')).toEqual({ code: 'notPacked' });
    expect(await problemOf(`run=${Buffer.from('not deflate at all').toString('base64url')}`)).toEqual({ code: 'notPacked' });
  });
});

/**
 * What the gallery offers to take away: each chart's static image, the data behind the charts,
 * and the host page's listener. Read from the build, against the gallery that lists them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { builtSite, isChartPage } from './site.ts';

const site = builtSite('dist', '/');
const runs = readdirSync('data/runs')
  .filter((name) => name.endsWith('.json'))
  .map((name) => JSON.parse(readFileSync(`data/runs/${name}`, 'utf8')));
const texts = (root: ParentNode) => [...root.querySelectorAll('text')].map((text) => (text.textContent ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean);

for (const edition of ['', 'en/']) {
  const gallery = site.document(`${edition}embed/`);
  const charts = [...gallery.querySelectorAll('.gallery-item')].map((item) => ({ id: item.id, title: item.querySelector<HTMLElement>('[data-preview]')!.dataset.title! }));

  describe(`/${edition}embed/: every chart's static image`, () => {
    it('the gallery lists every chart page the build has', () => {
      const pages = site.pages.filter((page) => page.startsWith(`${edition}embed/`) && isChartPage(page));
      expect(charts.map(({ id }) => `${edition}embed/${id}/`).sort()).toEqual(pages.sort());
    });

    for (const { id, title } of charts) {
      it(`${id}.svg parses, names its chart and draws what its page draws`, () => {
        // An XML parse: a stray "<" or an unclosed tag throws, as it would in an <img>.
        const svg = new JSDOM(site.file(`${edition}embed/${id}.svg`), { contentType: 'image/svg+xml' }).window.document.documentElement;
        expect(svg.localName).toBe('svg');
        expect(svg.querySelector(':scope > title')?.textContent).toBe(title);
        const drawn = texts(svg);
        const run = runs.find((r) => id.endsWith(r.id));
        if (run) {
          // The recorded counts, as the bars' labels, in the buckets' order.
          const counts = run.report.histogram.map((bucket: { count: number }) => bucket.count.toLocaleString('en-US'));
          expect(drawn.filter((text) => /^[\d,]+$/.test(text)).slice(-counts.length)).toEqual(counts);
        }
        // Every word and number of the drawing on the chart's own page (its wide form; for a replay,
        // the recorded histogram it ends on) is in the image.
        const page = site.document(`${edition}embed/${id}/`);
        const onPage = page.querySelector('main svg:has(rect.bar)') ?? page.querySelector('main svg:not(.diagram-tall):not(.rdb-narrow)');
        if (onPage) expect(drawn).toEqual(expect.arrayContaining(texts(onPage)));
        expect(drawn.length).toBeGreaterThan(0);
      });
    }
  });
}

describe('the data behind the charts', () => {
  for (const run of runs) {
    it(`${run.id}.json is the recorded run`, () => {
      expect(JSON.parse(site.file(`data/${run.id}.json`).toString('utf8'))).toEqual(run);
    });

    it(`${run.id}.csv is its histogram, bucket by bucket`, () => {
      const [header, ...rows] = site.file(`data/${run.id}.csv`).toString('utf8').trimEnd().split('\n');
      expect(header).toBe('bucket,from_seconds,to_seconds,count');
      const histogram: { mark: number; count: number }[] = run.report.histogram;
      expect(rows.map((row) => row.split(',').map(Number))).toEqual(
        histogram.map((bucket, i) => [i, i === 0 ? bucket.mark : histogram[i - 1].mark, bucket.mark, bucket.count]),
      );
    });
  }

  it('rds-mysql.json keeps the instance classes and their sources', () => {
    const source = JSON.parse(readFileSync('data/rds-mysql.json', 'utf8'));
    const built = JSON.parse(site.file('data/rds-mysql.json').toString('utf8'));
    expect(built).toMatchObject(source);
  });

  it('rollout.json has every event of the timeline in both languages', () => {
    const built = JSON.parse(site.file('data/rollout.json').toString('utf8'));
    expect(built.source.href).toMatch(/^https:\/\//);
    const timeline = site.document('embed/rollout/').querySelector('main svg:not(.diagram-tall)')!;
    expect(built.events.length).toBeGreaterThan(5);
    for (const event of built.events) {
      expect(event.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(event.ja.length * event.en.length).toBeGreaterThan(0);
    }
    expect(timeline.querySelectorAll('circle')).toHaveLength(built.events.length);
  });
});

describe('the host page’s listener', () => {
  it('/embed.js is our own and under 1 KB', () => {
    const script = site.file('embed.js');
    expect(script.length).toBeLessThanOrEqual(1024);
    expect(script.toString('utf8')).toContain('vpc-lambda-embed');
  });
});

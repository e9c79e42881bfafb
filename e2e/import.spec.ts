/**
 * A reader brings their own hey run: pastes it (or opens a CSV), sees it drawn as the talk's runs
 * are, compares, shares the link, embeds it. Found by the page's own words (src/i18n).
 */
import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { en } from '../src/i18n/en.ts';
import { ja } from '../src/i18n/ja.ts';
import { fill } from '../src/i18n/strings.ts';
import { histogramCsv, parseHeyText } from '../src/lib/hey.ts';
import { heyRunSchema } from '../src/lib/hey-run.ts';
import { reportLimits } from '../src/lib/hey-report-schema.ts';
import { linkLimits } from '../src/lib/run-share.ts';
import { expect, expectNoAxeViolations, test } from './fixtures';

const t = ja.importer;
const talkRuns = ['v1-2019-05-29', 'v1-2019-10-20', 'v2-2019-10-20'];
const heyText = (id: string) => readFileSync(`data/runs/${id}.txt`, 'utf8');
const box = (page: Page) => page.getByLabel(t.pasteLabel);
const yourHistogram = (page: Page) => page.locator('[data-result] figure[data-chart="histogram-your-run"]').first();

/** A histogram as a reader can check it: each bar's count, and the table's rows. */
async function histogramOf(page: Page, figure = yourHistogram(page)) {
  await expect(figure.locator('svg[role="img"]')).toBeVisible();
  return {
    bars: await figure.locator('rect.bar').evaluateAll((bars) => bars.map((bar) => bar.getAttribute('data-count'))),
    rows: await figure.locator('.chart-data tbody tr').evaluateAll((rows) => rows.map((row) => row.textContent)),
  };
}

async function paste(page: Page, text: string) {
  await box(page).fill(text);
  await expect(page.getByRole('heading', { name: t.runHeading })).toBeVisible();
}

test.describe('bringing your own hey run', () => {
  for (const id of talkRuns) {
    test(`pasting the talk's report ${id} draws exactly the histogram the talk's pages show`, async ({ page }) => {
      await page.goto(`/embed/histogram-${id}/`);
      const talk = await histogramOf(page, page.locator(`figure[data-chart="histogram-${id}"]`));
      await page.goto('/import/');
      await paste(page, heyText(id));
      expect(await histogramOf(page)).toEqual(talk);
      await expect(page.getByRole('alert')).toHaveText('');
    });
  }

  test('a report pasted before the page’s code has arrived (a slow network) is read when it comes', async ({ page }) => {
    let release!: () => void;
    const arrived = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/_astro/*.js', async (route) => {
      await arrived;
      await route.continue();
    });
    await page.goto('/import/', { waitUntil: 'commit' });
    await box(page).fill(heyText('v1-2019-10-20'));
    release();
    await expect(page.getByRole('heading', { name: t.runHeading })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveText('');
  });

  test('a hey -o csv file is read off the main thread and drawn with hey’s own buckets', async ({ page }) => {
    await page.goto('/en/import/');
    await page.getByLabel(en.importer.fileLabel).setInputFiles('src/lib/fixtures/hey-sample.csv');
    const figures = page.locator('.importer-figures');
    await expect(figures).toContainText(`${en.importer.figures.requests}5`);
    await expect(figures).toContainText('200: 4, 502: 1');
    await expect(page.getByText(en.importer.format.csv)).toBeVisible();
    // The box keeps what the reader typed: a file is read from the file.
    await expect(page.getByLabel(en.importer.pasteLabel)).toHaveValue('');
  });

  test('the page’s address reproduces the view, comparison included, in a new page', async ({ page, context }) => {
    await page.goto('/import/');
    await paste(page, heyText('v1-2019-10-20'));
    await page.getByLabel(t.compareLabel).selectOption('v1-2019-05-29');
    await expect(page.locator('[data-compare] figure .compare-row')).toHaveCount(2);
    const figures = await page.locator('.importer-figures').textContent();
    const histogram = await histogramOf(page);
    await expect(page.locator('[data-share-link]')).toHaveValue(/#run=/);
    const link = await page.locator('[data-share-link]').inputValue();
    expect(link).toBe(page.url());

    const opened = await context.newPage();
    await opened.goto(link);
    await expect(opened.getByText(t.shared)).toBeVisible();
    await expect(opened.locator('.importer-figures')).toHaveText(figures!);
    expect(await histogramOf(opened)).toEqual(histogram);
    await expect(opened.locator('[data-compare] figure .compare-row')).toHaveCount(2);
    await expect(opened.getByLabel(t.compareLabel)).toHaveValue('v1-2019-05-29');
  });

  test('the embed code sizes itself in a host page and shows the run', async ({ page, baseURL }) => {
    await page.goto('/en/import/');
    await page.getByLabel(en.importer.pasteLabel).fill(heyText('v1-2019-05-29'));
    await expect(page.locator('[data-embed-code]')).toHaveValue(/embed\/import\/#run=/);
    const snippet = await page.locator('[data-embed-code]').inputValue();
    // A blog's page, answered here: the site's own pages carry a policy that refuses its style attributes.
    await page.route('**/a-blog-post/', (route) =>
      route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="en"><head><title>Host</title></head><body style="margin:0"><main style="width:720px">${snippet}</main></body></html>` }),
    );
    await page.goto('/a-blog-post/');
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('figure[data-chart="histogram-your-run"] svg[role="img"]')).toBeVisible();
    const contentHeight = () => frame.locator('main').evaluate((main) => Math.ceil(main.getBoundingClientRect().height + parseFloat(getComputedStyle(document.body).marginTop) * 2));
    await expect.poll(async () => Math.abs((await page.locator('iframe').evaluate((iframe) => iframe.getBoundingClientRect().height)) - (await contentHeight()))).toBeLessThanOrEqual(1);
    expect(await contentHeight()).toBeGreaterThan(400);
    expect(new URL(await page.locator('iframe').getAttribute('src') ?? '').origin).toBe(new URL(baseURL!).origin);
    // Like every embed, it takes the host's ?theme=.
    const src = await page.locator('iframe').getAttribute('src');
    await page.goto(src!.replace('/#', '/?theme=dark#'));
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('figure[data-chart="histogram-your-run"] svg[role="img"]')).toBeVisible();
  });

  test('the reader’s -c rebuilds the replay by hey’s rule, travels with the link, and a wrong one is said and kept', async ({ page, context }) => {
    const r = ja.replay;
    await page.goto('/import/');
    await paste(page, heyText('v2-2019-10-20'));
    const question = page.locator('[data-replay] .replay-question');
    const workers = question.locator('strong').last();
    // hey's report does not print -c: the smallest count the record allows.
    await expect(question).toContainText(r.statedUnknown);
    await expect(workers).toHaveText('1,000');
    const concurrency = page.getByLabel(t.concurrencyLabel);
    await concurrency.fill('500');
    await concurrency.press('Enter');
    await expect(question).toContainText(fill(r.statedReader, { n: '500' }));
    await expect(question).toContainText(r.question.ruledOut.split('{min}')[0]!.split('}')[1]!);
    await expect(workers).toHaveText('1,000');
    await concurrency.fill('1250');
    await concurrency.press('Enter');
    await expect(question).toContainText(fill(r.statedReader, { n: '1,250' }));
    await expect(workers).toHaveText('1,250');
    await expect(page.locator('[data-replay][data-chart-state="ready"]')).toBeVisible();

    const link = await page.locator('[data-share-link]').inputValue();
    const opened = await context.newPage();
    await opened.goto(link);
    await expect(opened.getByLabel(t.concurrencyLabel)).toHaveValue('1250');
    await expect(opened.locator('[data-replay] .replay-question strong').last()).toHaveText('1,250');

    await concurrency.fill('0');
    await concurrency.press('Enter');
    await expect(page.getByText(fill(t.concurrencyInvalid, { max: '10,000' }))).toBeVisible();
    await expect(concurrency).toHaveValue('0');
    await expect(workers).toHaveText('1,250');
  });

  test('hostile links are refused in one sentence naming the limit, on the page and in the embed, with no crash', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const wrap = (report: string) => Buffer.from(`{"v":1,"run":{"date":"2026-12-01","format":"text","report":${report}}}`);
    const link = (json: Buffer) => `#run=${deflateRawSync(json).toString('base64url')}`;
    const packed = (report: object) => link(wrap(JSON.stringify(report)));
    // About 300 KB of link that unpacks to 300 MB: it crashed the tab.
    const [open, close] = wrap('{"errors":[{"count":1,"message":"@@"}]}').toString().split('@@') as [string, string];
    const huge = link(Buffer.concat([Buffer.from(open), Buffer.alloc(300 * 1024 * 1024, 'a'), Buffer.from(close)]));
    // 200,000 buckets: a stack overflow on the embed, nothing drawn on the page.
    const buckets = packed({ histogram: Array.from({ length: 200_000 }, (_, i) => ({ mark: i, count: 1 })) });
    // 5,000 buckets fit in the size allowed, but no report has them.
    const many = packed({ histogram: Array.from({ length: 5_000 }, (_, i) => ({ mark: i, count: 1 })) });
    const tooLarge = fill(t.linkProblems.tooLarge, { limit: linkLimits.unpackedBytes.toLocaleString('en-US') });
    for (const [link, sentence] of [[huge, tooLarge], [buckets, tooLarge], [many, fill(t.linkProblems.notARun, { where: 'run.report.histogram', detail: `at most ${reportLimits.buckets} histogram buckets` })]]) {
      await page.goto(`/import/${link}`);
      await expect(page.getByRole('alert')).toHaveText(fill(t.problem, { message: sentence! }));
      await expect(box(page)).toHaveValue('');
      await page.goto(`/embed/import/${link}`);
      await expect(page.getByText(sentence!, { exact: true })).toBeVisible();
      expect((await page.locator('body').innerText()).length).toBeLessThan(1_000);
    }
    expect(errors).toEqual([]);
  });

  test('the run downloads as JSON in the data/runs schema, and its histogram as CSV', async ({ page }) => {
    await page.goto('/import/');
    await paste(page, heyText('v2-2019-10-20'));
    // What a reader clicking each link gets (the pages' policy lets them fetch nothing but the site: no blob: URL).
    const fetched = async (kind: string) => {
      const download = page.waitForEvent('download');
      await page.locator(`[data-download="${kind}"]`).click();
      return readFileSync((await (await download).path())!, 'utf8');
    };
    await expect(page.locator('[data-download="svg"]')).toHaveAttribute('href', /^blob:/);
    const run = heyRunSchema.parse(JSON.parse(await fetched('json')));
    expect(run.report).toEqual(parseHeyText(heyText('v2-2019-10-20')));
    expect(await fetched('csv')).toBe(histogramCsv(run.report.histogram!));
    expect(await fetched('svg')).toMatch(/^<\?xml[\s\S]*<svg[\s\S]*histogram-svg[\s\S]*<\/svg>\n$/);
  });

  test('a paste that cannot be read says which line and what was expected, keeps the text and the last good run', async ({ page }) => {
    await page.goto('/import/');
    await paste(page, heyText('v1-2019-05-29'));
    const before = await histogramOf(page);
    const bad = 'Summary:\n  Total:\t1.0 secs\n  Slowest:\tfast secs\n';
    await box(page).fill(bad);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(t.messages.line.replace('{line}', '3'));
    await expect(alert).toContainText(t.messages.summaryValue.replace('{example}', 'Slowest: 13.0460 secs'));
    await expect(alert).toContainText(t.kept);
    await expect(box(page)).toHaveValue(bad);
    expect(await histogramOf(page)).toEqual(before);
  });

  test('the whole flow works from the keyboard alone, and axe finds nothing, light or dark', async ({ page }) => {
    await page.goto('/import/');
    const focusBy = async (target: ReturnType<Page['locator']>) => {
      for (let i = 0; i < 40 && !(await target.evaluate((element) => element === document.activeElement)); i++) await page.keyboard.press('Tab');
      await expect(target).toBeFocused();
    };
    await focusBy(box(page));
    await page.keyboard.insertText(heyText('v1-2019-05-29'));
    await expect(page.getByRole('heading', { name: t.runHeading })).toBeVisible();
    const select = page.getByLabel(t.compareLabel);
    await focusBy(select);
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('[data-compare] figure .compare-row')).toHaveCount(2);
    const play = page.locator('[data-replay] button[data-action="play"]');
    await focusBy(play);
    await expect(play).toBeEnabled();
    await page.keyboard.press('Enter');
    await expect(play).toHaveAttribute('data-playing', 'true');
    await page.keyboard.press('Enter');
    await expect(play).toHaveAttribute('data-playing', 'false');
    await focusBy(page.locator('[data-download="json"]'));
    await expect(page.locator('[data-download="json"]')).toHaveAttribute('href', /^blob:/);
    await expectNoAxeViolations(page, { what: 'a run, compared, light' });
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page, { rules: ['color-contrast'], what: 'dark' });
  });

  test('a run where every request failed shows its errors, not a broken chart', async ({ page }) => {
    await page.goto('/en/import/');
    await page.getByLabel(en.importer.pasteLabel).fill(readFileSync('src/lib/fixtures/published/issue328-all-failed-nan-no-indent.txt', 'utf8'));
    await expect(page.getByText(en.importer.noHistogram)).toBeVisible();
    await expect(page.getByRole('table', { name: en.importer.errorCaption })).toContainText('connection refused');
    await expect(page.locator('.importer-notes')).toContainText(en.importer.messages.noSuccess);
  });
});

test.describe('your run, had it been May 2019 (a model)', () => {
  for (const [edition, words] of [['', ja], ['en/', en]] as const) {
    test(`/${edition}import/: October 2019's run, modelled in May 2019, looks like May's record; the memory and subnet change it by keyboard and travel with the link`, async ({ page, context }) => {
      const i = words.importer.in2019;
      await page.goto(`/${edition}import/`);
      await page.getByLabel(words.importer.pasteLabel).fill(heyText('v1-2019-10-20'));
      const section = page.getByRole('region', { name: i.heading });
      const sentence = section.locator('.importer-2019-sentence');
      // hey's default 50 workers and 500 requests, at 128 MB in a /24: 50 environments wait for 3 ENIs.
      await expect(sentence).toContainText(fill(i.sentence, { slowest: '', recordedSlowest: '0.5470', waited: 50, requests: 500, errors: 0, total: '', recordedTotal: '1.3694' }).split('(')[1]!.split(')')[0]!);
      await expect(section.getByText(i.badge, { exact: true })).toBeVisible();
      const table = section.getByRole('table', { name: i.table.caption });
      const modelled = async (name: string) => Number(await table.getByRole('row', { name }).getByRole('cell').last().textContent());
      // May 2019's record: Slowest 13.0460 s, Total 13.4614 s.
      expect(await modelled(words.importer.figures.slowest)).toBeGreaterThan(12);
      expect(await modelled(words.importer.figures.slowest)).toBeLessThan(13.55);
      expect(await modelled(words.importer.figures.total)).toBeGreaterThan(12.1);
      expect(await modelled(words.importer.figures.total)).toBeLessThan(15.5);
      await expect(table.getByRole('row', { name: i.table.enis }).getByRole('cell').last()).toHaveText('3');

      // The assumptions are one click (or Enter) away.
      await section.getByText(i.assumptionsHeading).focus();
      await page.keyboard.press('Enter');
      await expect(section.getByText(fill(i.assumptions[0]!, { average: '0.0970' }))).toBeVisible();

      // By keyboard: the largest memory (End), then the smallest subnet, a /28 (End): 49 ENIs wanted, 11 addresses.
      await section.getByLabel(i.memory).focus();
      await page.keyboard.press('End');
      await expect(section.getByLabel(i.memory)).toHaveValue('3008');
      await section.getByLabel(i.subnet).focus();
      await page.keyboard.press('End');
      await expect(section.getByLabel(i.subnet)).toHaveValue('28');
      await expect(table.getByRole('row', { name: i.table.enis }).getByRole('cell').last()).toHaveText('11');
      const errors = Number(await table.getByRole('row', { name: i.table.errors }).getByRole('cell').last().textContent());
      expect(errors).toBeGreaterThan(0);

      const link = await page.locator('[data-share-link]').inputValue();
      expect(link).toBe(page.url());
      const opened = await context.newPage();
      await opened.goto(link);
      const again = opened.getByRole('region', { name: i.heading });
      await expect(again.getByLabel(i.subnet)).toHaveValue('28');
      await expect(again.getByLabel(i.memory)).toHaveValue('3008');
      await expect(again.getByRole('table', { name: i.table.caption }).getByRole('row', { name: i.table.errors }).getByRole('cell').last()).toHaveText(String(errors));
      await expectNoAxeViolations(page, { include: '[data-in2019]', what: 'light' });
      await page.emulateMedia({ colorScheme: 'dark' });
      await expectNoAxeViolations(page, { include: '[data-in2019]', rules: ['color-contrast'], what: 'dark' });
    });
  }
});

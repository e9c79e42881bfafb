import { en } from '../src/i18n/en.ts';
import { ja } from '../src/i18n/ja.ts';
import { agenda, sectionLabel, totalMinutes } from '../src/lib/agenda.ts';
import { fill } from '../src/i18n/strings.ts';
import { talk } from '../src/lib/talk.ts';
import { presentSlide } from './deck';
import { expect, test } from './fixtures';

const t = ja.pages.reading;

test.describe('reading the talk at one’s own pace', () => {
  test('/read/ shows every slide’s notes as prose to read', async ({ page }) => {
    await page.goto('/read/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(talk.title);
    const notes = page.locator('section.read-slide .notes');
    await expect(notes).toHaveCount(talk.slideCount);
    for (const i of [0, 24, talk.slideCount - 1]) {
      await notes.nth(i).scrollIntoViewIfNeeded();
      await expect(notes.nth(i)).toBeVisible();
    }
    await expect(page.locator('#slide-25 .hey-output')).toContainText('Slowest:\t13.0460 secs');
  });

  test('the table of contents lists the six sections and jumps to them', async ({ page }) => {
    await page.goto('/read/');
    const toc = page.getByRole('navigation', { name: t.toc });
    await expect(toc.getByRole('link')).toHaveCount(agenda.length);
    await toc.getByRole('link', { name: ja.agenda.sections[3] }).click();
    await expect(page).toHaveURL(/#section-4$/);
    await expect(page.locator('#section-4')).toBeInViewport();
    await expect(page.locator('#section-4 + section')).toHaveAttribute('id', 'slide-24');
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const [before, after] = t.meta.split('{minutes}').map((part) => escape(fill(part, { n: talk.slideCount, talkMinutes: totalMinutes })));
    await expect(page.getByText(new RegExp(`${before}\\d+${after}`))).toBeVisible();
  });

  test('a chart’s code loads only when the chart is scrolled to', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto('/read/');
    const replay = page.locator('#slide-25 [data-chart-state]');
    // The page has looked at the chart and left it: off screen, its code is not fetched.
    await expect(replay).toHaveAttribute('data-chart-state', 'waiting');
    expect(scripts.filter((url) => /\/enhance\.[^/]*\.js$/.test(url))).toEqual([]);
    await replay.scrollIntoViewIfNeeded();
    await expect(replay).toHaveAttribute('data-chart-state', 'ready');
    expect(scripts.filter((url) => /\/enhance\.[^/]*\.js$/.test(url))).toHaveLength(1);
  });

  test('without JavaScript, each explorable of the commentary is its still, linking its own page, which has it all', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/read/');
    const [before, after] = t.laterChart.split('{title}').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const stills = page.getByRole('figure', { name: new RegExp(`^${before}.+${after}$`) });
    // The request's path, the surge, the two predictions and your function on the map.
    await expect(stills).toHaveCount(5);
    for (const still of await stills.all()) {
      const href = await still.getByRole('link').getAttribute('href');
      expect(href).toMatch(/^\/embed\/[a-z0-9-]+\/$/);
      await expect(still.getByRole('link').getByRole('img')).toHaveAttribute('src', href!.replace(/\/$/, '.svg'));
    }
    await context.close();
  });

  test('"present from here" opens the deck on the same slide, and the deck links back', async ({ page }) => {
    await page.goto('/read/#slide-25');
    await page.locator('#slide-25').getByRole('link', { name: new RegExp(t.present) }).click();
    await expect(page).toHaveURL(/\/deck\/#\/25$/);
    await expect(presentSlide(page)).toHaveAttribute('data-slide', '25');
    await page.keyboard.press('ArrowRight');
    await expect(presentSlide(page)).toHaveAttribute('data-slide', '26');
    await page.getByRole('link', { name: ja.pages.readThisSlide }).click();
    await expect(page).toHaveURL(/\/read\/#slide-26$/);
    await expect(page.locator('#slide-26')).toBeInViewport();
  });

  for (const [edition, words] of [['', ja], ['en/', en]] as const) {
    test(`/${edition}read/: what slide 29’s record proves points at the line of hey’s output it rests on, by keyboard`, async ({ page }) => {
      const p = words.proofs;
      await page.goto(`/${edition}read/#slide-29`);
      const table = page.locator('#slide-29').getByRole('table', { name: fill(p.caption, { title: '' }).trim() });
      await expect(table).toBeVisible();
      for (const kind of Object.values(p.kinds)) await expect(table.getByRole('rowheader', { name: kind }).first()).toBeVisible();
      // The row that rules out the slide's -c 500 rests on Total and Fastest.
      const ruledOut = table.getByRole('row').filter({ hasText: '40.45' });
      const total = ruledOut.getByRole('link', { name: p.lines.total, exact: true });
      await total.focus();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/#hey-v2-2019-10-20-total$/);
      const line = page.locator('#hey-v2-2019-10-20-total');
      await expect(line).toBeInViewport();
      await expect(line).toHaveText(/^\s*Total:\s+21\.8108 secs$/);
      // Highlighted there: the :target rule draws an outline round it.
      expect(await line.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid');
    });
  }

  test('the "since 2019" notes are asides on the page', async ({ page }) => {
    await page.goto('/read/#slide-39');
    const aside = page.locator('#slide-39').getByRole('note');
    await expect(aside).toBeVisible();
    await expect(aside).toContainText('IPv6');
    await expect(page.locator('#slide-39').getByRole('button', { name: ja.since2019.toggle })).toBeHidden();
  });

  test('prints as a document: no controls, no "present" links, every slide and section on paper', async ({ page }) => {
    await page.goto('/read/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#slide-25').getByRole('link', { name: new RegExp(t.present) })).toBeHidden();
    await expect(page.locator('#slide-16').getByLabel(ja.rdb.family)).toBeHidden();
    await expect(page.locator('#slide-25 .notes')).toBeVisible();
    // The PDF's outline lists the headings Chromium printed: every slide's and every section's.
    const pdf = (await page.pdf({ format: 'A4', outline: true, tagged: true })).toString('latin1');
    const outline = [...pdf.matchAll(/\/Title\s*(<[0-9A-Fa-f]+>|\((?:\\.|[^\\)])*\))/g)].map(([, title]) =>
      title!.startsWith('<')
        ? Buffer.from(title!.slice(1, -1), 'hex').swap16().toString('utf16le').replace(/^\ufeff/, '')
        : title!.slice(1, -1).replace(/\\(.)/g, '$1'),
    );
    const slides = await page.locator('section.read-slide .read-slide-header').getByRole('heading').allTextContents();
    const sections = await page.locator('main').getByRole('heading', { level: 2 }).allTextContents();
    expect(slides).toHaveLength(talk.slideCount);
    expect(sections).toEqual(expect.arrayContaining(agenda.map(({ number }) => sectionLabel(number, ja.agenda))));
    // Slides 27 and 31 had no heading on the day: theirs names them for assistive technology only, and is not printed.
    const shown = await page.locator('section.read-slide .read-slide-header h3:not(.visually-hidden)').allTextContents();
    expect(shown.length).toBeGreaterThan(talk.slideCount - 3);
    expect(outline).toEqual(expect.arrayContaining([...shown, ...sections].map((heading) => heading.trim())));
  });
});

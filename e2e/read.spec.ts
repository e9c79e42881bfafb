import { ja } from '../src/i18n/ja.ts';
import { agenda, sectionLabel, totalMinutes } from '../src/lib/agenda.ts';
import { fill } from '../src/lib/i18n.ts';
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
    expect(outline).toEqual(expect.arrayContaining([...slides, ...sections].map((heading) => heading.trim())));
  });
});

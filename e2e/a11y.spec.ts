/**
 * axe on every built page of both editions, light and dark. The deck is one page load per
 * edition: it steps through the slides by their address, each with its fragments shown. Each
 * chart's own page is checked in both themes by embed.spec.ts.
 */
import { readdirSync } from 'node:fs';
import { chartIds, importEmbed } from './charts';
import { goToSlide, openDeck, presentSlide } from './deck';
import { expect, expectNoAxeViolations, test } from './fixtures';

const builtPages = readdirSync('dist', { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('index.html'))
  .map((name) => `/${name.replace(/index\.html$/, '')}`);
const isChartPage = (path: string) => /^\/(en\/)?embed\/[^/]+\/$/.test(path) && !path.endsWith(`/${importEmbed}/`);
const pages = builtPages.filter((path) => !isChartPage(path) && !path.endsWith('deck/'));

test('every built page is checked: here, or as a chart page in embed.spec.ts', () => {
  // A new page lands in `pages` by itself; chart pages are checked where their themes are.
  const chartPages = chartIds.flatMap((id) => [`/embed/${id}/`, `/en/embed/${id}/`]);
  expect(builtPages.filter(isChartPage).sort()).toEqual(chartPages.sort());
  expect(pages).toEqual(expect.arrayContaining(['/', '/read/', '/embed/', '/en/', '/en/read/', '/en/embed/']));
});

for (const path of pages) {
  test(`${path} has no axe violations, light or dark`, async ({ page }) => {
    await page.goto(path);
    // The gallery's previews are the chart pages themselves, each checked on its own.
    const exclude = path.endsWith('embed/') ? 'iframe' : undefined;
    await expectNoAxeViolations(page, { exclude, what: 'light' });
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page, { exclude, rules: ['color-contrast'], what: 'dark' });
  });
}

for (const deck of ['/deck/', '/en/deck/']) {
  test(`${deck}: every slide, fragments shown, has no axe violations, light or dark`, async ({ page }) => {
    test.slow(); // 47 slides, each checked twice
    await openDeck(page, 1, deck);
    await expectNoAxeViolations(page, { what: 'the whole page on slide 1' });
    const count = await page.locator('.reveal .slides > section').count();
    const present = '.reveal .slides > section.present';
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (let slide = 1; slide <= count; slide += 1) {
        await goToSlide(page, slide, { final: true });
        await expectNoAxeViolations(page, {
          include: present,
          // Every rule in the light scheme; the dark one changes only colours.
          rules: scheme === 'dark' ? ['color-contrast'] : undefined,
          stylesheets: false,
          what: `slide ${slide}, ${scheme}`,
        });
      }
    }
    await expect(presentSlide(page)).toHaveAttribute('data-slide', String(count));
  });
}

/**
 * The surge against the database (slide 40's commentary on /read/, and /embed/db-surge/): found by
 * its role and words, its since-2019 layer switched by keyboard alone, and read without JavaScript.
 */
import type { Locator, Page } from '@playwright/test';
import { en } from '../src/i18n/en.ts';
import { fill } from '../src/i18n/format.ts';
import { ja } from '../src/i18n/ja.ts';
import { rdsProxyFigure } from '../src/lib/rds-proxy.ts';
import { expect, expectNoAxeViolations, test } from './fixtures';

const editions = [['', ja], ['en/', en]] as const;
type Words = typeof ja;

const figureOf = (page: Page) => page.locator('figure[data-chart="db-surge"]');
const image = (scope: Locator | Page, words: Words) => scope.getByRole('img', { name: fill(words.surge.name, { title: words.surge.title }) });
const toggle = (scope: Locator | Page, words: Words) => scope.getByRole('button', { name: words.surge.proxy.toggle });
/** The since-2019 layer's label for the database side, and the label of the last class the surge passes. */
const databaseLabel = (scope: Locator, words: Words) => scope.getByText(fill(words.surge.proxy.database, { n: rdsProxyFigure.databaseConnections }), { exact: true });
const crossingLabel = (scope: Locator, words: Words) => scope.getByText(fill(words.surge.crossingLabel, { seconds: '6.1' }), { exact: true });

/** Tabs from where the page put focus until the switch has it; the switch shows once the chart's code has run. */
async function tabToToggle(page: Page, words: Words) {
  const figure = figureOf(page);
  const inFigure = () => figure.evaluate((element) => element.contains(document.activeElement));
  for (let i = 0; i < 60 && !(await inFigure()); i++) await page.keyboard.press('Tab');
  expect(await inFigure(), 'Tab reaches the chart').toBe(true);
  // Focus scrolled the chart into view: its code runs and shows the switch, just before where focus landed.
  await expect(figure).toHaveAttribute('data-chart-state', 'ready');
  if (!(await toggle(figure, words).evaluate((element) => element === document.activeElement))) await page.keyboard.press('Shift+Tab');
  await expect(toggle(figure, words)).toBeFocused();
}

for (const [edition, words] of editions) {
  test(`/${edition}read/: slide 40's commentary lays the surge against the classes' limits, and the keyboard shows what RDS Proxy changes`, async ({ page }) => {
    await page.goto(`/${edition}read/#slide-40`);
    const commentary = page.locator('#slide-40 .commentary');
    const figure = commentary.locator('figure[data-chart="db-surge"]');
    await expect(image(commentary, words)).toHaveCount(1);
    await expect(figure.getByText(words.surge.note)).toBeVisible();
    await tabToToggle(page, words);
    const button = toggle(figure, words);
    const outline = await button.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline, 'a visible focus ring').not.toBe('none');

    // As the talk left it: each class's limit and when the surge first passes it; no proxy.
    await expect(button).toHaveAttribute('aria-pressed', 'false');
    await expect(figure.getByText(fill(words.surge.classLabel, { name: 'db.t3.large', max: '682' }), { exact: true })).toBeVisible();
    await expect(crossingLabel(figure, words)).toBeVisible();
    await expect(databaseLabel(figure, words)).toBeHidden();
    await expect(figure.getByText(words.surge.legend.proxy)).toBeHidden();

    await page.keyboard.press('Space');
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await expect(databaseLabel(figure, words)).toBeVisible();
    await expect(figure.getByText(fill(words.surge.proxy.clients, { n: rdsProxyFigure.clientConnections }), { exact: true })).toBeVisible();
    await expect(figure.getByText(words.surge.legend.proxy)).toBeVisible();
    // The crossings were for connections straight to the database: the layer sets them aside.
    await expect(crossingLabel(figure, words)).toBeHidden();
    await expect(figure.getByText(words.surge.legend.crossing)).toBeHidden();
    await expect(figure.getByText(fill(words.surge.classLabel, { name: 'db.t3.large', max: '682' }), { exact: true })).toBeVisible();

    await page.keyboard.press('Enter');
    await expect(button).toHaveAttribute('aria-pressed', 'false');
    await expect(databaseLabel(figure, words)).toBeHidden();
    await expect(crossingLabel(figure, words)).toBeVisible();
  });
}

test('/embed/db-surge/: the numbers in the table, AWS’s figure with its source, and axe with the layer on, light and dark', async ({ page }) => {
  const words = ja;
  await page.goto('/embed/db-surge/');
  const figure = figureOf(page);
  await expect(figure).toHaveAttribute('data-chart-state', 'ready');
  await page.keyboard.press('Tab');
  await expect(toggle(page, words)).toBeFocused();
  await page.keyboard.press('Space');
  await expect(databaseLabel(figure, words)).toBeVisible();

  // The table opens from the keyboard too: Tab past the source link to its summary.
  const summary = figure.getByText(words.surge.table.summary);
  for (let i = 0; i < 5 && !(await summary.evaluate((element) => element === document.activeElement)); i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const table = figure.getByRole('table', { name: words.surge.table.caption });
  await expect(table).toBeVisible();
  const row = (name: string) => table.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
  await expect(row('db.t3.micro').getByRole('cell')).toHaveText(['85', '0.1']);
  await expect(row('db.t3.large').getByRole('cell')).toHaveText(['682', '6.1']);
  await expect(row('db.r5.large').getByRole('cell')).toHaveText(['1,365', words.surge.table.never]);
  await expect(row(words.surge.table.proxyClients).getByRole('cell').first()).toHaveText('20,000');
  await expect(row(words.surge.table.proxyDatabase).getByRole('cell').first()).toHaveText('187');
  await expect(figure.getByRole('link', { name: words.surge.proxy.source })).toHaveAttribute('href', rdsProxyFigure.source.url);

  await expectNoAxeViolations(page, { include: 'figure', what: 'layer on, light' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page, { include: 'figure', rules: ['color-contrast'], what: 'layer on, dark' });
});

test('the layer appears at once for a reader who asked for reduced motion, and fades in for the others', async ({ page }) => {
  await page.goto('/en/embed/db-surge/');
  const layer = page.locator('.surge-proxy');
  const duration = () => layer.evaluate((element) => getComputedStyle(element).transitionDuration);
  await expect(figureOf(page)).toHaveAttribute('data-chart-state', 'ready');
  expect(await duration()).toBe('0s');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  expect(await duration()).not.toBe('0s');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const [edition, words] of editions) {
    test(`/${edition}embed/db-surge/ (the reading page's still links there): no switch that could not work; the image, AWS’s figure in words and the table still give every number`, async ({ page }) => {
      await page.goto(`/${edition}embed/db-surge/`);
      const figure = figureOf(page);
      await expect(image(figure, words)).toBeVisible();
      await expect(toggle(figure, words)).toHaveCount(0);
      await expect(figure.locator('p').filter({ hasText: fill('{n}', { n: rdsProxyFigure.clientConnections }) })).toBeVisible();
      await expect(figure.getByRole('link', { name: words.surge.proxy.source })).toBeVisible();
      await expect(databaseLabel(figure, words)).toBeHidden();
      await expect(crossingLabel(figure, words)).toBeVisible();
      await expect(figure.locator('table tbody tr')).toHaveCount(7);
    });
  }
});

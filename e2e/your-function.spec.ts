/**
 * Your function on the map, by keyboard: the sentence's numbers are sliders; moving one rewrites
 * the sentence, the maps and the table, keeps the URL, and on the reading page moves slide 12's
 * calculator and the ENI model of slide 13 with it. Without JavaScript, the sentence and the maps
 * at slide 13's case.
 */
import type { Page } from '@playwright/test';
import { en } from '../src/i18n/en.ts';
import { fill } from '../src/i18n/format.ts';
import { ja } from '../src/i18n/ja.ts';
import { tabTo } from './charts';
import { expect, expectNoAxeViolations, test } from './fixtures';

const editions = [['', ja], ['en/', en]] as const;
const figureOf = (page: Page, words: typeof ja) => page.getByRole('figure', { name: words.yourFunction.title });
const slider = (page: Page, words: typeof ja, name: keyof typeof ja.yourFunction.sliders) => page.getByRole('slider', { name: words.yourFunction.sliders[name].label, exact: true });
const map = (page: Page, title: string) => page.getByRole('img', { name: title, exact: true });
const query = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);

for (const [edition, words] of editions) {
  const t = words.yourFunction;
  test(`/${edition}embed/your-function/: the numbers move by keyboard, and the sentence, the maps, the table and the URL follow`, async ({ page }) => {
    await page.goto(`/${edition}embed/your-function/`);
    const figure = figureOf(page, words);
    await expect(figure).toHaveAttribute('data-chart-state', 'ready');
    // The first stop is the first number of the sentence.
    const memory = slider(page, words, 'memory');
    await tabTo(page, memory, 5);
    await expect(memory).toHaveAttribute('aria-valuetext', fill(t.sliders.memory.text, { value: '1,024' }));
    await expect(figure.locator('output[name="enis"]')).toHaveText('334');
    await expect(map(page, fill(t.map.yours, { title: fill(t.map.before, { prefix: 24, usable: 251 }) }))).toBeVisible();
    // 1,024 MB − 8 × 64 = 512 MB: 167 ENIs, and the account's 1,000 is met first (at 1,000).
    for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowLeft');
    await expect(memory).toHaveAttribute('aria-valuenow', '512');
    await expect(memory).toBeFocused();
    await expect(figure.locator('output[name="enis"]')).toHaveText('167');
    await expect(figure.locator('output[name="first"]')).toHaveText(fill(t.fits, { limit: t.limits.concurrency, at: '1,000' }));
    expect(query(page)).toMatchObject({ memory: '512', concurrency: '1000', subnet: '24', quota: '350' });

    // The subnet grows a prefix at a time: a /22's panel becomes the reader's own.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const subnet = slider(page, words, 'subnet');
    await expect(subnet).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(subnet).toHaveAttribute('aria-valuetext', fill(t.sliders.subnet.text, { prefix: 22, usable: '1,019' }));
    await expect(map(page, fill(t.map.yours, { title: fill(t.map.before, { prefix: 22, usable: '1,019' }) }))).toBeVisible();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('End');
    await expect(slider(page, words, 'concurrency')).toHaveAttribute('aria-valuenow', '3000');
    expect(query(page)).toMatchObject({ memory: '512', concurrency: '3000', subnet: '22' });

    // The table, opened from the keyboard, gives the same as the maps.
    const summary = figure.getByText(t.table.summary);
    await tabTo(page, summary, 10);
    await page.keyboard.press('Enter');
    const table = figure.getByRole('table', { name: fill(t.table.caption, { quota: 350 }) });
    const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '3,008 MB', exact: true }) });
    await expect(row.getByRole('cell')).toHaveText([fill(t.table.cell, { limit: t.map.regions.subnet, at: 256 }), fill(t.table.cell, { limit: t.map.regions.quota, at: 357 }), fill(t.table.cell, { limit: t.map.regions.quota, at: 357 }), fill(t.table.cell, { limit: t.map.regions.concurrency, at: '1,000' })]);

    await expectNoAxeViolations(page, { include: 'figure', what: 'light' });
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page, { include: 'figure', rules: ['color-contrast'], what: 'dark' });
  });
}

test('a link names the function: clamped and written back, and a drag moves a number', async ({ page }) => {
  const t = en.yourFunction;
  await page.goto('/en/embed/your-function/?memory=99999&concurrency=250&subnet=26&quota=350');
  const figure = figureOf(page, en);
  await expect(figure).toHaveAttribute('data-chart-state', 'ready');
  expect(query(page)).toMatchObject({ memory: '3008', concurrency: '250', subnet: '26' });
  // 250 × 3,008 ÷ 3,072 = 244.8: 245 ENIs against a /26's 59 addresses.
  await expect(figure.locator('output[name="enis"]')).toHaveText('245');
  await expect(figure.locator('output[name="addresses"]')).toHaveText(fill(t.addressesShort, { usable: 59, short: 186 }));
  const concurrency = slider(page, en, 'concurrency');
  const box = (await concurrency.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  // Two pixels a step of 10: 100 px to the right is 500 more.
  await page.mouse.move(box.x + box.width / 2 + 100, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect(concurrency).toHaveAttribute('aria-valuenow', '750');
  await expect(concurrency).toBeFocused();
});

test('/en/read/: the reader’s function in the URL moves the calculator of slide 12 and the model of slide 13, and moving a number moves them again', async ({ page }) => {
  const t = en.yourFunction;
  await page.goto('/en/read/?memory=2048&concurrency=500&subnet=22&quota=350#slide-12');
  const calculator = page.getByRole('form', { name: en.capacity.form });
  await expect(calculator.getByRole('spinbutton', { name: en.capacity.concurrency })).toHaveValue('500');
  await expect(calculator.getByRole('combobox', { name: en.capacity.memory })).toHaveValue('2048');
  await expect(calculator.getByRole('combobox', { name: en.capacity.subnet })).toHaveValue('22');

  const concurrency = slider(page, en, 'concurrency');
  // Its numbers are sliders once it says they can be dragged: then Tab stops on them.
  await expect(figureOf(page, en).getByText(t.hint)).toBeVisible();
  // From the calculator's last field, Tab goes on into the commentary and its sentence.
  await calculator.getByRole('spinbutton', { name: en.capacity.quota }).focus();
  await tabTo(page, concurrency, 20);
  await expect(concurrency).toHaveAttribute('aria-valuenow', '500');
  await page.keyboard.press('PageUp');
  // A chart out of sight takes the function when the reader comes back to it.
  await calculator.scrollIntoViewIfNeeded();
  await expect(calculator.getByRole('spinbutton', { name: en.capacity.concurrency })).toHaveValue('600');
  expect(query(page)).toMatchObject({ memory: '2048', concurrency: '600', subnet: '22', quota: '350' });
  expect(new URL(page.url()).hash).toBe('#slide-12');
  // 600 × 2,048 ÷ 3,072 = 400 ENIs: over the quota of 350, which a /22 meets first, at 525.
  await expect(page.locator('output[name="first"]')).toHaveText(fill(t.exceeds, { limit: t.limits.quota, at: 525 }));

  // The calculator leads too: the sentence follows it.
  await calculator.getByRole('spinbutton', { name: en.capacity.quota }).fill('1000');
  await page.locator('output[name="first"]').scrollIntoViewIfNeeded();
  await expect(page.locator('output[name="first"]')).toHaveText(fill(t.fits, { limit: t.limits.concurrency, at: '1,000' }));
  expect(query(page)).toMatchObject({ quota: '1000' });

  // Slide 13's model runs the reader's function once it is in sight, and says so.
  const model = page.locator('#slide-13 .eni-model');
  await model.scrollIntoViewIfNeeded();
  await expect(model.getByText(fill(en.eniModel.following, { concurrency: 600, memory: '2,048', subnet: 22, quota: '1,000' }))).toBeVisible();
  // Played to its end (motion is reduced here): 600 environments in 400 workers' ENIs.
  await expect(model.locator('output[name="environments"]')).toHaveText('600');
  await expect(model.locator('output[name="enis"]')).toHaveText('400');
});

test('/read/ without a function in its URL keeps its address and the talk’s case', async ({ page }) => {
  await page.goto('/read/#slide-13');
  const model = page.locator('#slide-13 .eni-model');
  await expect(model).toHaveAttribute('data-chart-state', 'ready');
  await expect(model.locator('.eni-model-following')).toBeHidden();
  expect(new URL(page.url()).search).toBe('');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const [edition, words] of editions) {
    test(`/${edition}embed/your-function/: slide 13's case in words, maps and a table, with no control that could not work`, async ({ page }) => {
      const t = words.yourFunction;
      await page.goto(`/${edition}embed/your-function/`);
      const figure = figureOf(page, words);
      await expect(figure.locator('output[name="enis"]')).toHaveText('334');
      await expect(page.getByRole('slider')).toHaveCount(0);
      await expect(figure.getByText(t.hint)).toBeHidden();
      await expect(figure.getByRole('img')).toHaveCount(4);
      await expect(figure.locator('table tbody tr')).toHaveCount(7);
    });
  }
});

import { fill } from '../src/i18n/format.ts';
import { ja } from '../src/i18n/ja.ts';
import { en } from '../src/i18n/en.ts';
import { chartsReady } from './charts';
import { goToSlide, openDeck, presentSlide } from './deck';
import { expect, test } from './fixtures';

const rdb = ja.rdb;

// The drawings themselves (names, descriptions, every box and label, dashed claims) are checked
// over the build, JavaScript off (test/dist/diagrams.test.ts); here, how they sit on screens.
test.describe('architecture diagrams', () => {
  test('a phone gets the tall drawing, a desktop the wide one', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto('/embed/vpc-before/');
    await expect(page.locator('svg.diagram-tall')).toBeVisible();
    await expect(page.locator('svg.diagram-wide')).toBeHidden();
    await page.setViewportSize({ width: 1280, height: 720 });
    await expect(page.locator('svg.diagram-wide')).toBeVisible();
    await expect(page.locator('svg.diagram-tall')).toBeHidden();
  });

  // English runs longer than Japanese: both editions must fit.
  for (const [deck, words] of [['/deck/', ja], ['/en/deck/', en]] as const) {
    test(`every figure fits its slide at 1280×720, credited to its source (${deck})`, async ({ page }) => {
      await openDeck(page, 1, deck);
      for (const slide of [8, 9, 10, 12, 13, 16, 19, 20, 21, 22, 24, 25, 29, 32]) {
        await goToSlide(page, slide, { final: true });
        const section = presentSlide(page);
        await expect(section.locator('figure').first()).toBeVisible();
        await chartsReady(page, '.reveal .slides > section.present');
        const overflow = await section.evaluate((element) => {
          const bounds = element.getBoundingClientRect();
          const out: string[] = [];
          for (const child of element.querySelectorAll<HTMLElement | SVGElement>('.slide-inner *')) {
            const box = child.getBoundingClientRect();
            if (!box.width || !box.height || getComputedStyle(child).visibility === 'hidden') continue;
            if (child.closest('.since-2019, details:not([open]) > :not(summary), title, desc')) continue;
            if (box.bottom > bounds.bottom + 1 || box.right > bounds.right + 1 || box.left < bounds.left - 1) {
              out.push(`${child.tagName.toLowerCase()}.${child.getAttribute('class') ?? ''} ends at ${Math.round(box.bottom)}×${Math.round(box.right)}`);
            }
          }
          return out;
        });
        expect(overflow, `slide ${slide}`).toEqual([]);
        // The diagram is the slide's own picture, credited to what the slide cited.
        if ([8, 9, 10, 12, 19, 21, 22].includes(slide)) await expect(section.locator('figcaption').last(), `slide ${slide}`).toContainText(words.figure.source);
      }
    });
  }
});

test.describe('the RDB staircase (slide 16)', () => {
  test('keys on the curve’s handle raise the demand and move the month', async ({ page }) => {
    await page.goto('/embed/rdb-connections/');
    const figure = page.locator('.rdb-connections');
    await expect(figure).toHaveAttribute('data-chart-state', 'ready');
    const instance = figure.locator('output[data-rdb="instance-value"]');
    await expect(instance).toContainText('db.t3.xlarge');
    const handle = figure.getByRole('slider', { name: rdb.handle }).first();
    await handle.focus();
    for (let i = 0; i < 25; i += 1) await page.keyboard.press('ArrowUp');
    // Demand now above 1,365 connections: the next class is forced.
    await expect(instance).toContainText('db.t3.2xlarge');
    await expect(figure.locator('output[name="peakValue"]')).not.toHaveText('1,000');
    // The drawing was redrawn around the handle: the same handle, still held, says the new demand.
    await expect(handle).toBeFocused();
    await expect(handle).not.toHaveAttribute('aria-valuenow', '1000');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(figure.locator('output[name="monthValue"]')).toHaveText(fill(rdb.monthValue, { month: 17 }));
    for (let i = 0; i < 34; i += 1) await page.keyboard.press('ArrowLeft');
    await expect(figure.locator('output[name="monthValue"]')).toHaveText(fill(rdb.monthValue, { month: 0 }));
    // At the start, the larger demand already needs a medium instance; the next change is named.
    await expect(instance).toContainText('db.t3.medium');
    await expect(figure.locator('output[data-rdb="next-value"]')).toContainText('db.t3.large');
  });

  test('the pointer scrubs the month and drags the demand', async ({ page }) => {
    await page.goto('/embed/rdb-connections/');
    const figure = page.locator('.rdb-connections');
    await expect(figure).toHaveAttribute('data-chart-state', 'ready');
    const svg = figure.locator('svg.rdb-wide');
    const box = (await svg.boundingBox())!;
    const scale = box.width / 720;
    // Month 3 is a quarter of the way along the 24-month axis (plot from x=56 to x=636 in the viewBox).
    await page.mouse.click(box.x + (56 + (580 * 3) / 24) * scale, box.y + 200 * scale);
    await expect(figure.locator('output[name="monthValue"]')).toHaveText(fill(rdb.monthValue, { month: 3 }));
    // Drag the curve's handle upwards: the demand grows.
    const handle = (await svg.locator('.rdb-handle').boundingBox())!;
    const before = Number((await figure.locator('output[data-rdb="demand-value"]').textContent())!.replace(/,/g, ''));
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await page.mouse.down();
    await page.mouse.move(handle.x + handle.width / 2, handle.y - 60 * scale, { steps: 5 });
    await page.mouse.up();
    const after = Number((await figure.locator('output[data-rdb="demand-value"]').textContent())!.replace(/,/g, ''));
    expect(after).toBeGreaterThan(before * 1.3);
  });

  test('the form changes the family and the table gives the numbers', async ({ page }) => {
    await page.goto('/embed/rdb-connections/');
    const figure = page.locator('.rdb-connections');
    await expect(figure).toHaveAttribute('data-chart-state', 'ready');
    await figure.getByLabel(rdb.family).selectOption('r5');
    await expect(figure.locator('output[data-rdb="instance-value"]')).toContainText('db.r5.large');
    await figure.getByText(rdb.dataTable).click();
    // The table, the chart's text alternative, follows it.
    await expect(figure.getByRole('table')).toContainText('db.r5.large');
    await expect(figure.getByRole('table')).not.toContainText('db.t3');
  });
});

test.describe('since 2019', () => {
  test('the notes are off by default and one toggle shows them on every slide that has them', async ({ page }) => {
    await openDeck(page, 14);
    const section = presentSlide(page);
    const notes = section.locator('.since-2019-notes');
    await expect(notes).toBeHidden();
    const toggle = section.getByRole('button', { name: ja.since2019.toggle });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(notes).toBeVisible();
    await expect(notes).toContainText('5,000');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await page.goto('/deck/#/39');
    await page.reload();
    await expect(presentSlide(page)).toHaveAttribute('data-slide', '39');
    // A fresh load starts with the talk as it was.
    await expect(presentSlide(page).locator('.since-2019-notes')).toBeHidden();
    await presentSlide(page).getByRole('button', { name: ja.since2019.toggle }).click();
    await expect(presentSlide(page).locator('.since-2019-notes')).toContainText('IPv6');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(presentSlide(page)).toHaveAttribute('data-slide', '42');
    await expect(presentSlide(page).locator('.since-2019-notes')).toBeVisible();
    await presentSlide(page).getByRole('button', { name: ja.since2019.toggle }).click();
    await expect(presentSlide(page).locator('.since-2019-notes')).toBeHidden();
  });

  test('dates marked unconfirmed in the sources stay marked', async ({ page }) => {
    await openDeck(page, 15);
    await presentSlide(page).getByRole('button', { name: ja.since2019.toggle }).click();
    await expect(presentSlide(page).locator('.since-2019-notes')).toContainText('2020年6月30日(日付未確認)');
  });
});

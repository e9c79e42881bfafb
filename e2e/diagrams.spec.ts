import type { Page } from '@playwright/test';
import { diagramIds } from './charts';
import { expect, expectNoAxeViolations, test } from './fixtures';

const presentSlide = '.reveal .slides > section.present';

/** The visible drawing of a diagram (wide or tall, whichever the width chose) and its texts. */
async function visibleDrawing(page: Page) {
  const svg = page.locator('figure[data-diagram] svg.diagram-svg:visible').first();
  await expect(svg).toBeVisible();
  const name = await svg.evaluate((element) =>
    (element.getAttribute('aria-labelledby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' | '),
  );
  return { svg, name };
}

test.describe('architecture diagrams', () => {
  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    for (const id of [...diagramIds, 'rollout'] as const) {
      test(`${id} renders with an accessible name and description`, async ({ page }) => {
        await page.goto(`/embed/${id}/`);
        const { svg, name } = await visibleDrawing(page);
        const [title, description] = name.split(' | ');
        expect(title.length).toBeGreaterThan(4);
        expect(description.length).toBeGreaterThan(30);
        await expect(svg).toHaveAttribute('role', 'img');
        // Something is drawn: boxes or events, each with its words.
        expect(await svg.locator('rect, circle').count()).toBeGreaterThan(2);
        expect(await svg.locator('text').count()).toBeGreaterThan(2);
      });
    }
  });

  test('a phone gets the tall drawing, a desktop the wide one', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto('/embed/vpc-before/');
    await expect(page.locator('svg.diagram-tall')).toBeVisible();
    await expect(page.locator('svg.diagram-wide')).toBeHidden();
    await page.setViewportSize({ width: 1280, height: 720 });
    await expect(page.locator('svg.diagram-wide')).toBeVisible();
    await expect(page.locator('svg.diagram-tall')).toBeHidden();
  });

  test('the Hyperplane diagram marks what no first-party source confirms', async ({ page }) => {
    await page.goto('/embed/hyperplane/');
    await expect(page.locator('.diagram-legend')).toContainText('確認できていない');
    expect(await page.locator('svg.diagram-wide .d-dashed').count()).toBeGreaterThanOrEqual(4);
  });

  // English runs longer than Japanese: both editions must fit.
  for (const [deck, slide] of [8, 9, 10, 12, 13, 16, 19, 20, 21, 22, 24, 25, 29, 32].flatMap((n) => [['/deck/', n], ['/en/deck/', n]] as const)) {
    test(`slide ${slide}'s figure fits the slide at 1280×720 (${deck})`, async ({ page }) => {
      await page.goto(`${deck}#/${slide}`);
      const section = page.locator(presentSlide);
      await expect(section).toHaveAttribute('data-slide', String(slide));
      await expect(section.locator('figure').first()).toBeVisible();
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
      expect(overflow).toEqual([]);
      // The diagram is the slide's own picture, credited to what the slide cited.
      if ([8, 9, 10, 12, 19, 21, 22].includes(slide)) await expect(section.locator('figcaption').last()).toContainText(deck === '/deck/' ? '出典' : 'Source');
    });
  }

  test('slide 12 opens on the old architecture and shows the calculator on the next key', async ({ page }) => {
    await page.goto('/deck/#/12');
    const section = page.locator(presentSlide);
    await expect(section.getByRole('img', { name: /WorkerごとにENI/ }).first()).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(section.getByLabel('想定ピーク同時実行数')).toBeVisible();
    await expect(section).toHaveAttribute('data-slide', '12');
  });

  test('the diagrams pass axe in light and dark', async ({ page }) => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const id of ['vpc-after', 'worker-models', 'rollout']) {
        await page.goto(`/embed/${id}/`);
        await expectNoAxeViolations(page);
      }
    }
  });
});

test.describe('the RDB staircase (slide 16)', () => {
  test('keys on the curve’s handle raise the demand and move the month', async ({ page }) => {
    await page.goto('/embed/rdb-connections/');
    const figure = page.locator('.rdb-connections');
    await expect(figure).toHaveAttribute('data-rdb-ready', 'true');
    const instance = figure.locator('output[data-rdb="instance-value"]');
    await expect(instance).toContainText('db.t3.xlarge');
    const handle = figure.getByRole('slider', { name: /実際の接続数/ }).first();
    await handle.focus();
    for (let i = 0; i < 25; i += 1) await page.keyboard.press('ArrowUp');
    // Demand now above 1,365 connections: the next class is forced.
    await expect(instance).toContainText('db.t3.2xlarge');
    await expect(figure.locator('output[name="peakValue"]')).not.toHaveText('1,000');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(figure.locator('output[name="monthValue"]')).toHaveText('17か月目');
    for (let i = 0; i < 34; i += 1) await page.keyboard.press('ArrowLeft');
    await expect(figure.locator('output[name="monthValue"]')).toHaveText('0か月目');
    // At the start, the larger demand already needs a medium instance; the next change is named.
    await expect(instance).toContainText('db.t3.medium');
    await expect(figure.locator('output[data-rdb="next-value"]')).toContainText('db.t3.large');
  });

  test('the pointer scrubs the month and drags the demand', async ({ page }) => {
    await page.goto('/embed/rdb-connections/');
    const figure = page.locator('.rdb-connections');
    await expect(figure).toHaveAttribute('data-rdb-ready', 'true');
    const svg = figure.locator('svg.rdb-wide');
    const box = (await svg.boundingBox())!;
    const scale = box.width / 720;
    // Month 3 is a quarter of the way along the 24-month axis (plot from x=56 to x=636 in the viewBox).
    await page.mouse.click(box.x + (56 + (580 * 3) / 24) * scale, box.y + 200 * scale);
    await expect(figure.locator('output[name="monthValue"]')).toHaveText('3か月目');
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
    await expect(figure).toHaveAttribute('data-rdb-ready', 'true');
    await figure.getByLabel('インスタンスファミリー').selectOption('r5');
    await expect(figure.locator('output[data-rdb="instance-value"]')).toContainText('db.r5.large');
    await figure.locator('summary').click();
    // The table, the chart's text alternative, follows it.
    await expect(figure.getByRole('table')).toContainText('db.r5.large');
    await expect(figure.getByRole('table')).not.toContainText('db.t3');
    await expectNoAxeViolations(page);
  });
});

test.describe('since 2019', () => {
  test('the notes are off by default and one toggle shows them on every slide that has them', async ({ page }) => {
    await page.goto('/deck/#/14');
    const section = page.locator(presentSlide);
    const notes = section.locator('.since-2019-notes');
    await expect(notes).toBeHidden();
    const toggle = section.getByRole('button', { name: '2019年以降' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(notes).toBeVisible();
    await expect(notes).toContainText('5,000');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expectNoAxeViolations(page, presentSlide);
    await page.goto('/deck/#/39');
    await page.reload();
    await expect(page.locator(presentSlide)).toHaveAttribute('data-slide', '39');
    // A fresh load starts with the talk as it was.
    await expect(page.locator(`${presentSlide} .since-2019-notes`)).toBeHidden();
    await page.locator(`${presentSlide} [data-since-2019-toggle]`).click();
    await expect(page.locator(`${presentSlide} .since-2019-notes`)).toContainText('IPv6');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(page.locator(presentSlide)).toHaveAttribute('data-slide', '42');
    await expect(page.locator(`${presentSlide} .since-2019-notes`)).toBeVisible();
    await page.locator(`${presentSlide} [data-since-2019-toggle]`).click();
    await expect(page.locator(`${presentSlide} .since-2019-notes`)).toBeHidden();
  });

  test('dates marked unconfirmed in the sources stay marked', async ({ page }) => {
    await page.goto('/deck/#/15');
    await page.locator(`${presentSlide} [data-since-2019-toggle]`).click();
    await expect(page.locator(`${presentSlide} .since-2019-notes`)).toContainText('2020年6月30日(日付未確認)');
  });
});

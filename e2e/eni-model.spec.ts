import type { Locator, Page } from '@playwright/test';
import { ja } from '../src/i18n/ja.ts';
import { blogPage } from './blog';
import { chartsReady } from './charts';
import { goToSlide, openDeck, presentSlide } from './deck';
import { test, expect } from './fixtures';

const panel = (page: Page, model: 'before' | 'after') => page.locator(`.eni-model-panel[data-model="${model}"]`);
/** Opens a closed <details> by its summary's words, from the keyboard. */
async function openByKeyboard(page: Page, heading: string) {
  await page.locator('summary', { hasText: heading }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('details', { has: page.locator('summary', { hasText: heading }) })).toHaveAttribute('open', '');
}
const figure = async (scope: Locator, name: string) => Number((await scope.locator(`output[name="${name}"]`).textContent())!.replace(/,/g, ''));

test.describe('the ENI model before and after Hyperplane', () => {
  test('verification 1 by default: about 50 cold starts of 9–13 s before, 0.4 s after', async ({ page }) => {
    await page.goto('/embed/eni-model/');
    await chartsReady(page);
    // The default needs no query: the bare address is its link.
    await expect(page).toHaveURL(/\/embed\/eni-model\/$/);
    const before = panel(page, 'before');
    const after = panel(page, 'after');
    expect(await figure(before, 'environments')).toBe(50);
    expect(await figure(before, 'enis')).toBe(3);
    expect(await figure(before, 'coldStartP50')).toBeGreaterThanOrEqual(9);
    expect(await figure(after, 'enis')).toBe(1);
    // After Hyperplane no workers are counted: the 50 environments share the one ENI.
    expect(await figure(after, 'sharing')).toBe(50);
    await expect(after.locator('output[name="workers"]')).toHaveCount(0);
    expect(await figure(after, 'coldStartMax')).toBeLessThanOrEqual(1);
    await expect(page.locator('.chart-badge')).toHaveText(ja.eniModel.badge);
  });

  test('the URL query sets the scenario, and the old model runs out of subnet addresses', async ({ page }) => {
    await page.goto('/embed/eni-model/?preset=ramp&concurrency=1000&memory=1024&subnet=24&quota=350');
    await chartsReady(page);
    await expect(page.locator('select[name="preset"]')).toHaveValue('ramp');
    await expect(page.locator('select[name="memory"]')).toHaveValue('1024');
    const before = panel(page, 'before');
    expect(await figure(before, 'ips')).toBe(251);
    expect(await figure(before, 'enis')).toBe(251);
    expect(await figure(before, 'errors')).toBeGreaterThan(0);
    await expect(before.locator('li[data-kind="SubnetIPAddressLimitReachedException"]')).not.toHaveAttribute('data-count', '0');
    const after = panel(page, 'after');
    expect(await figure(after, 'enis')).toBe(1);
    expect(await figure(after, 'errors')).toBe(0);
  });

  test('a quota below the need shows ENILimitReachedException', async ({ page }) => {
    await page.goto('/embed/eni-model/?preset=ramp&concurrency=1000&memory=3008&subnet=20&quota=50');
    await chartsReady(page);
    const before = panel(page, 'before');
    expect(await figure(before, 'enis')).toBe(50);
    await expect(before.locator('li[data-kind="ENILimitReachedException"]')).not.toHaveAttribute('data-count', '0');
  });

  test('changing the form changes the scenario and the URL, all by keyboard', async ({ page }) => {
    await page.goto('/embed/eni-model/');
    await chartsReady(page);
    // The load follows the figure, closed until asked for: its heading opens it.
    await openByKeyboard(page, ja.eniModel.loadHeading);
    await page.locator('select[name="memory"]').focus();
    await page.keyboard.press('End'); // 3008 MB
    await expect(page).toHaveURL(/memory=3008/);
    // The closed form's heading says the load in one line.
    await expect(page.locator('output[name="load"]')).toContainText('3,008 MB');
    // At 3,008 MB each worker holds one environment: the old model needs an ENI per request in flight.
    expect(await figure(panel(page, 'before'), 'workers')).toBeGreaterThan(3);
    // The timeline: Home goes back to the start of the run, End to its end.
    const timeline = page.getByRole('slider', { name: ja.eniModel.time, exact: true });
    await timeline.focus();
    // The picture the build drew moves with the timeline: no ENI at the start, the run's ENIs at its end.
    const eniCount = panel(page, 'before').getByRole('img').locator('.em-label-enis');
    await page.keyboard.press('Home');
    expect(await figure(panel(page, 'before'), 'environments')).toBe(0);
    await expect(eniCount).toHaveText('ENI 0/350');
    await page.keyboard.press('End');
    expect(await figure(panel(page, 'before'), 'environments')).toBeGreaterThan(3);
    await expect(eniCount).toHaveText(`ENI ${await figure(panel(page, 'before'), 'enis')}/350`);
    const play = page.getByRole('button', { name: ja.eniModel.play });
    await play.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.eni-model [data-action="play"]')).toHaveAttribute('data-playing', 'true');
  });

  test('without JavaScript each panel is the picture the animation ends on', async ({ page, browser }) => {
    // What a panel shows: its words and the height of its concurrency bar.
    const pictureOf = (scope: Page) =>
      scope.locator('svg.eni-model-svg').evaluateAll((svgs) => svgs.map((svg) => [svg.querySelector('title')!.textContent, svg.querySelector('desc')!.textContent, [...svg.querySelectorAll('text')].map((text) => text.textContent).join('|'), svg.querySelector('.em-bar')!.getAttribute('height')]));
    const context = await browser.newContext({ javaScriptEnabled: false });
    const still = await context.newPage();
    await still.goto('/embed/eni-model/');
    const built = await pictureOf(still);
    await context.close();
    expect(built).toHaveLength(2);
    await page.goto('/embed/eni-model/');
    await chartsReady(page);
    expect(await pictureOf(page)).toEqual(built);
  });

  test('lists the figures AWS never published with their values and URL keys; the URL changes them, a link resets them', async ({ page }) => {
    await page.goto('/embed/eni-model/?preset=verification-2&concurrency=500&memory=3008&subnet=20&quota=5000&ec2Wait=30');
    await chartsReady(page);
    // A link that changes what AWS never published opens the table of it.
    const table = page.locator('details.eni-model-assumptions');
    await expect(table).toHaveAttribute('open', '');
    await expect(table.getByRole('row', { name: ja.eniModel.assumptions.items.eniCreationMaxWaitSeconds })).toContainText('30 秒');
    await expect(table.getByRole('row', { name: ja.eniModel.assumptions.items.eniCreationsPerSecond })).toContainText('毎秒5');
    await expect(table).toContainText('ec2Wait=');
    // The note beside the model no longer states the defaults it is not running.
    const note = page.locator('.eni-model-header .eni-model-note');
    await expect(note).toHaveText(ja.eniModel.overridden);
    // With EC2's queue cut to 30 s, 500 ENIs at once cannot all wait their turn.
    await expect(panel(page, 'before').locator('li[data-kind="EC2ThrottledException"]')).not.toHaveAttribute('data-count', '0');
    // The form keeps the URL's assumption when the reader changes the load.
    await openByKeyboard(page, ja.eniModel.loadHeading);
    await page.locator('select[name="memory"]').selectOption('1536');
    await expect(page).toHaveURL(/ec2Wait=30/);
    await table.getByRole('link', { name: ja.eniModel.assumptions.reset }).click();
    // The defaults' link is the bare address, and the page leaves it bare.
    await expect(page).toHaveURL(/\/embed\/eni-model\/\??$/);
    // The defaults again: the table is closed until asked for.
    await expect(table).not.toHaveAttribute('open');
    await openByKeyboard(page, ja.eniModel.assumptions.heading);
    await expect(table.getByRole('row', { name: ja.eniModel.assumptions.items.eniCreationMaxWaitSeconds })).toContainText('120 秒');
    await expect(note).toHaveText(ja.eniModel.note);
  });

  for (const edition of ['', '/en'] as const) {
    test(`embedded in a blog post 900 px wide, on another origin, the model leads and fits one screen${edition ? ' (English)' : ''}`, async ({ page, baseURL, ownOrigins }) => {
      const blog = await blogPage(`<!doctype html><html lang="en"><head><title>Blog</title></head><body style="margin:0"><main id="column" style="width:900px">
        <iframe id="model" title="model" src="${baseURL}${edition}/embed/eni-model/" style="border:0;width:100%" height="150"></iframe>
        </main><script src="${baseURL}/embed.js"></script></body></html>`);
      ownOrigins.add(new URL(blog.url).origin);
      try {
        await page.setViewportSize({ width: 900, height: 720 });
        await page.goto(blog.url);
        const model = page.frameLocator('#model');
        await expect(model.locator('[data-chart="eni-model"]')).toHaveAttribute('data-chart-state', 'ready');
        const frame = page.locator('#model');
        const content = () => model.locator('main').evaluate((main) => Math.ceil(main.getBoundingClientRect().bottom + parseFloat(getComputedStyle(document.body).marginTop)));
        // The host's listener sizes the iframe to its chart; the chart stays under one screen.
        await expect.poll(async () => Math.abs((await frame.evaluate((element) => element.getBoundingClientRect().height)) - (await content()))).toBeLessThanOrEqual(1);
        expect(await content()).toBeLessThanOrEqual(720);
        // The figure comes first: both panels whole on the first screen, then the load and the assumptions, closed.
        for (const name of ['before', 'after'] as const) {
          const box = (await model.locator(`.eni-model-panel[data-model="${name}"]`).boundingBox())!;
          expect(box.y).toBeLessThan(200);
          expect(box.y + box.height).toBeLessThanOrEqual(720);
        }
        await expect(model.locator('details.eni-model-load')).not.toHaveAttribute('open');
        await expect(model.locator('details.eni-model-assumptions')).not.toHaveAttribute('open');
        await expect(model.locator('select[name="memory"]')).toBeHidden();
      } finally {
        blog.server.close();
      }
    });
  }

  test('without reduced motion it plays from the start', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' }); // about the animation
    await page.goto('/embed/eni-model/?preset=verification-1');
    await expect(page.locator('.eni-model [data-action="play"]')).toHaveAttribute('data-playing', 'true');
    await expect(page.locator('.eni-model [data-action="play"]')).toHaveAttribute('data-playing', 'false', { timeout: 15_000 });
    expect(await figure(panel(page, 'before'), 'environments')).toBe(50);
  });
});

test.describe('the ENI capacity calculator (slide 12)', () => {
  test('says which limit runs out first, and at what concurrency', async ({ page }) => {
    await page.goto('/embed/eni-capacity/');
    await chartsReady(page);
    await expect(page.locator('output[name="enisNeeded"]')).toHaveText('334');
    await expect(page.locator('output[name="verdict"]')).toContainText(ja.capacity.subnetIps);
    await expect(page.locator('output[name="verdict"]')).toContainText('753');
    await page.getByLabel(ja.capacity.memory).selectOption('128');
    await expect(page.locator('output[name="enisNeeded"]')).toHaveText('42');
    await expect(page.locator('output[name="verdict"]')).toContainText(ja.capacity.fits.split('。')[0]!);
    await page.locator('select[name="subnetPrefixLength"]').selectOption('20');
    await page.getByLabel(ja.capacity.memory).selectOption('3008');
    await expect(page.locator('output[name="verdict"]')).toContainText(ja.capacity.quotaShort);
  });

  test('takes its inputs from the URL on its own page', async ({ page }) => {
    await page.goto('/embed/eni-capacity/?concurrency=500&memory=3008&subnet=26&quota=350');
    await chartsReady(page);
    await expect(page.locator('output[name="enisNeeded"]')).toHaveText('490');
    const subnet = page.getByRole('img', { name: ja.capacity.form }).locator('[data-limit="subnet"]');
    await expect(subnet).toContainText(`${ja.capacity.subnetIps} 59`);
    await expect(subnet).toHaveAttribute('data-exceeded', 'true');
    await expect(page.locator('output[name="verdict"]')).toContainText(ja.capacity.exceeded.split(':')[0]!);
  });
});

test.describe('verification 3 as a model', () => {
  test('is labelled a model, states its inputs, and draws without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/embed/verification-3-model/');
    await expect(page.locator('.chart-badge')).toHaveText(ja.verification3.badge);
    await expect(page.locator('.eni-model-note')).toContainText('1,100ユーザー');
    await expect(page.locator('svg[data-panel]')).toHaveCount(3);
    await page.getByText(ja.verification3.dataTable).click();
    const rows = page.locator('.chart-data tbody tr');
    await expect(rows).toHaveCount(12);
    await expect(rows.last().locator('td').first()).toHaveText('1,000');
    await context.close();
  });
});

test.describe('the model in the deck', () => {
  test('slides 13 and 20 animate the old and the new model; slide 30 counts one ENI', async ({ page }) => {
    await openDeck(page, 13);
    const slide = presentSlide(page);
    await chartsReady(page, '.reveal .slides > section.present');
    await expect(slide.locator('.eni-model-panel')).toHaveCount(1);
    await expect(slide.locator('.eni-model-panel')).toHaveAttribute('data-model', 'before');
    await goToSlide(page, 20);
    await chartsReady(page, '.reveal .slides > section.present');
    await expect(slide.locator('.eni-model-panel')).toHaveAttribute('data-model', 'after');
    await goToSlide(page, 30);
    await expect(slide.locator('.big-number')).toHaveText('ENI × 1');
    await expect(slide).toContainText(ja.eniModel.badge);
  });

  test('slide 12’s calculator takes keys without turning the slide', async ({ page }) => {
    await openDeck(page, 12);
    const slide = presentSlide(page);
    // The slide opens on the architecture diagram; the calculator is its next step.
    await expect(slide.getByRole('img', { name: ja.diagrams.vpcBefore.title }).first()).toBeVisible();
    const input = slide.getByLabel(ja.capacity.concurrency);
    await expect(input).toBeHidden();
    await page.keyboard.press('ArrowRight');
    await expect(input).toBeVisible();
    await chartsReady(page, '.reveal .slides > section.present');
    // The step covers the whole diagram beneath it: no box peeks out above or below.
    const diagram = (await slide.locator('.r-stack > figure').boundingBox())!;
    const step = (await slide.locator('.r-stack > .fragment').boundingBox())!;
    expect(step.y).toBeLessThanOrEqual(diagram.y + 0.5);
    expect(step.y + step.height).toBeGreaterThanOrEqual(diagram.y + diagram.height - 0.5);
    await input.focus();
    await page.keyboard.press('ArrowUp');
    await expect(input).toHaveValue('1001');
    await expect(slide).toHaveAttribute('data-slide', '12');
  });
});

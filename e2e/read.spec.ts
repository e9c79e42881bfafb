import { expect, expectNoAxeViolations, test } from './fixtures';

const slideCount = 47;

test.describe('reading the talk at one’s own pace', () => {
  test('/read/ has the 47 slides in order, each with its notes as prose, and no reveal.js', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto('/read/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('劇的改善?? VPC Lambda Before&After');
    const sections = page.locator('section.read-slide');
    await expect(sections).toHaveCount(slideCount);
    const ids = await sections.evaluateAll((all) => all.map((s) => s.id));
    expect(ids).toEqual(Array.from({ length: slideCount }, (_, i) => `slide-${i + 1}`));
    // Every slide's speaker notes are on the page, visible, as text to read.
    const notes = sections.locator('.notes');
    await expect(notes).toHaveCount(slideCount);
    for (const i of [0, 24, 46]) {
      await expect(notes.nth(i)).toBeVisible();
      expect((await notes.nth(i).innerText()).length).toBeGreaterThan(40);
    }
    await expect(page.locator('#slide-12 .notes')).toContainText('約334個のENI');
    await expect(page.locator('#slide-25 .hey-output')).toContainText('Slowest:\t13.0460 secs');
    expect(requests.filter((url) => /reveal/i.test(url))).toEqual([]);
    await expect(page.locator('.reveal')).toHaveCount(0);
  });

  test('the table of contents lists the six sections and jumps to them', async ({ page }) => {
    await page.goto('/read/');
    const toc = page.getByRole('navigation', { name: '目次' });
    await expect(toc.getByRole('link')).toHaveCount(6);
    await toc.getByRole('link', { name: '改善効果について' }).click();
    await expect(page).toHaveURL(/#section-4$/);
    await expect(page.locator('#section-4')).toBeInViewport();
    await expect(page.locator('#section-4 + section')).toHaveAttribute('id', 'slide-24');
    await expect(page.getByText(/読むのに約\d+分/)).toBeVisible();
  });

  test('a chart starts only when scrolled to', async ({ page }) => {
    await page.goto('/read/');
    const replay = page.locator('#slide-25 .replay');
    await expect(replay).not.toHaveAttribute('data-replay-ready', 'true');
    await page.waitForTimeout(500);
    await expect(replay).not.toHaveAttribute('data-replay-ready', 'true');
    await replay.scrollIntoViewIfNeeded();
    await expect(replay).toHaveAttribute('data-replay-ready', 'true');
  });

  test('"present from here" opens the deck on the same slide, and the deck links back', async ({ page }) => {
    await page.goto('/read/#slide-25');
    await page.locator('#slide-25').getByRole('link', { name: /ここから発表する/ }).click();
    await expect(page).toHaveURL(/\/deck\/#\/25$/);
    await expect(page.locator('.reveal .slides > section.present')).toHaveAttribute('data-slide', '25');
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.reveal .slides > section.present')).toHaveAttribute('data-slide', '26');
    await page.getByRole('link', { name: 'このスライドを読む' }).click();
    await expect(page).toHaveURL(/\/read\/#slide-26$/);
    await expect(page.locator('#slide-26')).toBeInViewport();
  });

  test('the "since 2019" notes are asides on the page', async ({ page }) => {
    await page.goto('/read/#slide-39');
    const aside = page.locator('#slide-39').getByRole('note');
    await expect(aside).toBeVisible();
    await expect(aside).toContainText('IPv6');
    await expect(page.locator('#slide-39 [data-since-2019-toggle]')).toBeHidden();
  });

  test('prints as a document: no controls, no "present" links', async ({ page }) => {
    await page.goto('/read/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#slide-25 .read-present')).toBeHidden();
    await expect(page.locator('#slide-16 .rdb-form')).toBeHidden();
    await expect(page.locator('#slide-25 .notes')).toBeVisible();
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    expect(pdf.length).toBeGreaterThan(50_000);
  });

  test('has no axe violations', async ({ page }) => {
    await page.goto('/read/');
    await expectNoAxeViolations(page);
  });
});

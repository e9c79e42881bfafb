/**
 * Handouts (issue 31, item 3): `?print-pdf&handout` prints each slide, drawings and all, above its
 * script, one A4 upright page a slide, in both editions; paper has no player.
 */
import type { Page } from '@playwright/test';
import { ja } from '../src/i18n/ja.ts';
import { en } from '../src/i18n/en.ts';
import { fill } from '../src/i18n/format.ts';
import { talk } from '../src/lib/talk.ts';
import { drawnControls } from './deck';
import { expect, test } from './fixtures';

/** The PDF's pages as Chromium prints them: their number and their sizes in points (A4: 595 × 842). */
async function printed(page: Page) {
  const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
  const pages = pdf.match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
  const sizes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map(([, width, height]) => ({ width: Math.round(Number(width)), height: Math.round(Number(height)) }));
  return { pages: pages.length, sizes };
}

for (const [deck, words] of [['/deck/', ja], ['/en/deck/', en]] as const) {
  test(`${deck}?print-pdf&handout: ${talk.slideCount} A4 upright pages, each the slide with its drawings above its script`, async ({ page }) => {
    await page.goto(`${deck}?print-pdf&handout`);
    const scripts = page.locator('.pdf-page .handout-script');
    await expect(scripts).toHaveCount(talk.slideCount);
    const { pages, sizes } = await printed(page);
    expect(pages).toBe(talk.slideCount);
    expect(sizes.length).toBeGreaterThan(0);
    for (const size of sizes) expect(size).toEqual({ width: 595, height: 842 });

    for (let n = 1; n <= talk.slideCount; n += 1) {
      const sheet = page.locator('.pdf-page').filter({ has: page.locator(`section[data-slide="${n}"]`) });
      const slide = sheet.locator('section');
      const script = sheet.locator('.handout-script');
      // The slide's own script, as the speaker view shows it, under a heading naming the slide.
      const notes = (await slide.locator('aside.notes').textContent())!.trim();
      await expect(script.getByRole('heading', { level: 2 })).toContainText(fill(words.handout.page, { n, total: talk.slideCount }));
      await expect(script).toContainText(notes.slice(0, 30));
      const [slideBox, scriptBox] = [(await slide.boundingBox())!, (await script.boundingBox())!];
      expect(scriptBox.y, `slide ${n}: the script under the slide`).toBeGreaterThanOrEqual(slideBox.y + slideBox.height);
      // Nothing of the script past its page.
      const sheetBox = (await sheet.boundingBox())!;
      expect(scriptBox.y + scriptBox.height, `slide ${n}: the script on its page`).toBeLessThanOrEqual(sheetBox.y + sheetBox.height);
    }
    // The drawings are there (the whole deck's); on paper, no button, player or menu is drawn, and
    // slide 12's calculator shows its values as text.
    await expect(page.locator('.pdf-page [data-later]')).toHaveCount(0);
    await expect(page.locator('.pdf-page section[data-slide="25"] .replay')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    expect(await drawnControls(page)).toEqual([]);
  });
}

/**
 * npm run social-image: draws public/social.png and public/social-en.png, the 1200×630 previews
 * that link cards show (og:image) for each edition, from the talk's facts and the before/after
 * diagrams, in headless Chromium.
 * Run it again when the title or the diagrams change; the PNG is committed.
 * Japanese text needs a CJK font on the machine (Debian: fonts-noto-cjk).
 */
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { diagramLayout } from '../charts/diagram/layout.ts';
import { diagramSvg } from '../charts/diagram/marks.ts';
import { boxDiagram } from '../charts/diagram/diagrams.ts';
import type { Locale } from '../lib/locales.ts';
import { formatDate, strings } from '../i18n/strings.ts';
import { talk } from '../lib/talk.ts';

const css = ['tokens', 'diagrams'].map((name) => readFileSync(`src/styles/${name}.css`, 'utf8')).join('\n');
const drawing = (id: 'vpc-before' | 'vpc-after', locale: Locale) => {
  const diagram = boxDiagram(id, strings[locale].diagrams);
  // As wide as a slide draws it: narrower, the Hyperplane's NAT label squeezes the customer's VPC into a column.
  return diagramSvg(diagramLayout(diagram.spec, { orientation: 'wide', maxWidth: 1144, fontSize: 20 }), {
    id,
    title: diagram.title,
    description: diagram.description,
  });
};
const html = (locale: Locale) => {
  const words = strings[locale];
  const other = locale === 'ja' ? talk.speakerRomaji : talk.speaker;
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><style>${css}
  body { margin: 0; width: 1200px; height: 630px; background: var(--color-bg); color: var(--color-text); font-family: var(--font-sans); }
  .frame { box-sizing: border-box; height: 100%; padding: 48px 56px; display: flex; flex-direction: column; gap: 20px; border-top: 14px solid var(--color-before); }
  h1 { margin: 0; font-size: 66px; line-height: 1.1; }
  p { margin: 0; font-size: 28px; color: var(--color-muted); font-weight: 600; }
  .pair { display: grid; grid-template-columns: 1fr 1fr; gap: 28px; margin-top: 8px; }
  .pair b { display: block; font-size: 24px; margin-bottom: 6px; }
  .pair svg { max-height: 270px; }
  .before b { color: var(--color-before); } .after b { color: var(--color-after); }
</style></head><body><div class="frame">
  <h1>${words.talk.title}</h1>
  <p>${words.talk.speaker} (${other})${words.separator}${talk.event}${words.separator}${formatDate(talk.date, locale)}</p>
  <div class="pair"><div class="before"><b>Before: ${words.diagrams.vpcBefore.title.split(": ").at(-1)}</b>${drawing('vpc-before', locale)}</div><div class="after"><b>After: ${words.diagrams.vpcAfter.title.split(": ").at(-1)}</b>${drawing('vpc-after', locale)}</div></div>
</div></body></html>`;
};

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 1200, height: 630 }, colorScheme: 'light' });
for (const [locale, file] of [['ja', 'public/social.png'], ['en', 'public/social-en.png']] as const) {
  await page.setContent(html(locale));
  await page.screenshot({ path: file });
  console.log(`wrote ${file} (1200×630)`);
}
await browser.close();

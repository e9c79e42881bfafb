/**
 * npm run social-image: draws public/social.png, the 1200×630 preview that link cards show
 * (og:image), from the talk's facts and the before/after diagrams, in headless Chromium.
 * Run it again when the title or the diagrams change; the PNG is committed.
 * Japanese text needs a CJK font on the machine (Debian: fonts-noto-cjk).
 */
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { diagramsJa } from '../i18n/diagrams.ja.ts';
import { diagramLayout } from '../lib/diagram-layout.ts';
import { diagramSvg } from '../lib/diagram-svg.ts';
import { boxDiagram } from '../lib/diagrams.ts';
import { formatJapaneseDate, talk } from '../lib/talk.ts';

const css = ['tokens', 'diagrams'].map((name) => readFileSync(`src/styles/${name}.css`, 'utf8')).join('\n');
const drawing = (id: 'vpc-before' | 'vpc-after') => {
  const diagram = boxDiagram(id, diagramsJa);
  return diagramSvg(diagramLayout(diagram.spec, { orientation: 'wide', maxWidth: 1000, fontSize: 20 }), {
    id,
    title: diagram.title,
    description: diagram.description,
  });
};
const html = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><style>${css}
  body { margin: 0; width: 1200px; height: 630px; background: var(--color-bg); color: var(--color-text); font-family: var(--font-sans); }
  .frame { box-sizing: border-box; height: 100%; padding: 48px 56px; display: flex; flex-direction: column; gap: 20px; border-top: 14px solid var(--color-before); }
  h1 { margin: 0; font-size: 66px; line-height: 1.1; }
  p { margin: 0; font-size: 28px; color: var(--color-muted); font-weight: 600; }
  .pair { display: grid; grid-template-columns: 1fr 1fr; gap: 28px; margin-top: 8px; }
  .pair b { display: block; font-size: 24px; margin-bottom: 6px; }
  .before b { color: var(--color-before); } .after b { color: var(--color-after); }
</style></head><body><div class="frame">
  <h1>${talk.title}</h1>
  <p>${talk.speaker} (${talk.speakerRomaji}) ・ ${talk.event} ・ ${formatJapaneseDate(talk.date)}</p>
  <div class="pair"><div class="before"><b>Before: WorkerごとにENI</b>${drawing('vpc-before')}</div><div class="after"><b>After: 共有のHyperplane ENI</b>${drawing('vpc-after')}</div></div>
</div></body></html>`;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 1200, height: 630 }, colorScheme: 'light' });
await page.setContent(html);
await page.screenshot({ path: 'public/social.png' });
await browser.close();
console.log('wrote public/social.png (1200×630)');

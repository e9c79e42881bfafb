import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const [out, base] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium-headless-shell' });
for (const [w, file, lang, scheme] of [[1280, 'data/runs/v1-2019-05-29.txt', '', 'light'], [390, 'data/runs/v1-2019-05-29.txt', '', 'dark'], [1280, 'data/runs/v1-2019-05-29.txt', '/en', 'light'], [390, 'src/lib/fixtures/published-tools/k6/apigatewaybenchmarks-summary-export-k6-0.52.0.json', '', 'light']]) {
  const p = await b.newPage({ viewport: { width: w, height: 900 }, colorScheme: scheme });
  await p.goto(`${base}${lang}/import/`);
  await p.locator('textarea').fill(readFileSync(file, 'utf8'));
  const figs = p.locator('.importer-figures').first();
  await figs.waitFor();
  await figs.screenshot({ path: `${out}-${w}${lang.replace('/', '-')}-${scheme}.png` });
  await p.close();
}
await b.close();

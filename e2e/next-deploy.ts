/**
 * A second, real deploy of the site, for the test that a new deploy replaces what the service
 * worker kept (offline.spec.ts): this checkout copied, with slide 1's event line and notes changed and the
 * deck's script marking the page it runs on (so the next deploy's pages and its scripts differ),
 * and built like the root build into dist-next/. `npm test` runs it after the two builds it tests.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const nextDeployDir = 'dist-next';
/** What the next deploy's slide 1 says of its event, where this one says 2019年10月26日. */
export const nextEventLine = '2019年10月26日(次のデプロイ)';
/** What the next deploy's slide 1 notes end with: notes arrive with the whole deck, so a test sees whose whole deck it got. */
export const nextNotesLine = '28分ほどお付き合いください(次のデプロイ)';
/** What the next deploy's deck script sets on <html>, so a test sees whose script runs. */
export const nextDeployMark = 'next';

function edit(file: string, from: string, to: string) {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`next deploy: ${file} no longer says ${JSON.stringify(from)}; update e2e/next-deploy.ts`);
  writeFileSync(file, text.replace(from, to));
}

export function buildNextDeploy(root = process.cwd()) {
  const copy = mkdtempSync(join(tmpdir(), 'vpc-lambda-next-deploy-'));
  try {
    for (const entry of ['src', 'data', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
      cpSync(join(root, entry), join(copy, entry), { recursive: true });
    }
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
    edit(join(copy, 'src/content/slides/ja/01-title.mdx'), '2019年10月26日', nextEventLine);
    edit(join(copy, 'src/content/slides/ja/01-title.mdx'), '28分ほどお付き合いください。', `${nextNotesLine}。`);
    edit(join(copy, 'src/deck/present.ts'), 'const failed =', `document.documentElement.dataset.deploy = '${nextDeployMark}';\nconst failed =`);
    execFileSync(join(root, 'node_modules/.bin/astro'), ['build'], {
      cwd: copy,
      stdio: 'inherit',
      env: { ...process.env, BASE_PATH: '', OUT_DIR: resolve(root, nextDeployDir), ASTRO_TELEMETRY_DISABLED: '1' },
    });
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildNextDeploy();

/**
 * Before the engines' tests (node --test --test-global-setup): every browser they need is here,
 * the build is there, and the site is served: `astro preview` of dist/ on port 4611, its own port
 * (Playwright's servers use 4391–4393, so both suites can run at once). With ENGINES_SITE set to
 * a preview already running, that one is used instead.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { missing, poll } from './engines.ts';
import { siteOrigin, sitePort } from './servers.ts';

let preview: ChildProcess | undefined;

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

export async function globalSetup() {
  const absent = ['Firefox', 'WebKit'].map(missing).filter(Boolean);
  if (absent.length) throw new Error(`The engines' tests cannot run.\n${absent.join('\n')}`);
  if (process.env.ENGINES_SITE) {
    await poll(`the site at ${siteOrigin} (ENGINES_SITE)`, () => fetch(`${siteOrigin}/`).then((response) => response.ok, () => false), 10_000);
    return;
  }
  if (!existsSync('dist/index.html')) throw new Error('No build in dist/: run npm run build first (npm test runs it).');
  if (!(await portFree(sitePort))) {
    throw new Error(`Port ${sitePort}, where the engines' tests serve the site, is taken. Stop what runs there, or set ENGINES_SITE to a preview of this build already running (e.g. http://127.0.0.1:${sitePort}).`);
  }
  // astro's own script, not npx: the process to stop afterwards is this one.
  preview = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(sitePort)], {
    env: { ...process.env, ASTRO_PREVIEW_BACKGROUND: '0', ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  await poll(`astro preview at ${siteOrigin}`, async () => {
    if (preview!.exitCode !== null) throw new Error(`astro preview exited (${preview!.exitCode}) before serving ${siteOrigin}`);
    return fetch(`${siteOrigin}/`).then((response) => response.ok, () => false);
  }, 60_000);
}

export async function globalTeardown() {
  if (!preview || preview.exitCode !== null) return;
  const gone = new Promise((resolve) => preview!.once('exit', resolve));
  preview.kill();
  await gone;
}

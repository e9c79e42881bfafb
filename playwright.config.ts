import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { rootPort as port, subPath, subPathPort } from './e2e/servers';

// Playwright's own browser download is not used: tests run Debian's Chromium (or CHROMIUM_PATH),
// its headless shell where installed. The shell is the same Blink without the browser's window:
// the full browser opens two omnibox pop-ups (WebUI pages, a renderer each) for every new context,
// which cost the suite about as much CPU as the tests themselves (the e2e alone here: 174 s, not 326).
const executablePath = process.env.CHROMIUM_PATH || ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'].find((path) => existsSync(path));
if (!executablePath || !existsSync(executablePath)) {
  throw new Error(
    `No Chromium at ${executablePath ?? '/usr/bin/chromium-headless-shell or /usr/bin/chromium'}. Install one ` +
      '(Debian/Ubuntu: sudo apt-get install -y chromium-headless-shell) or point CHROMIUM_PATH at a ' +
      'Chromium or Chrome binary, then run npm test again.',
  );
}

// The tests serve the builds, they do not make them (npm test builds both first).
for (const [dir, script] of [['dist', 'build'], ['dist-subpath', 'build:subpath'], ['dist-next', 'build:next-deploy']]) {
  if (!existsSync(`${dir}/index.html`)) throw new Error(`No build in ${dir}/: run npm run ${script} first (npm test runs them all).`);
}

// The offline tests route what the service worker fetches (Chromium reports those requests only with this).
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

// --ignore-lock: the tests' servers run beside any preview a developer has open.
const serverEnv = { ASTRO_PREVIEW_BACKGROUND: '0', ASTRO_DEV_BACKGROUND: '0' };

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 720 },
    launchOptions: {
      executablePath,
      // Without these, Chromium keeps dialling Google's hosts, which this network refuses.
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
    // Charts and the deck move only in the tests about their motion (those opt back in).
    reducedMotion: 'reduce',
    // The deck registers a service worker; only the offline tests let it run (offline.spec.ts),
    // so every other test sees the network as a reader's first visit does.
    serviceWorkers: 'block',
    // A trace costs every passing test its recording; a failure keeps a screenshot instead.
    // To trace, run: npx playwright test --trace on
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  webServer: [
    {
      command: `npx astro preview --ignore-lock --host 127.0.0.1 --port ${port}`,
      url: `http://127.0.0.1:${port}/`,
      env: serverEnv,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // The same site built under a sub-path (npm run build:subpath), in its own folder.
      command: `npx astro preview --ignore-lock --host 127.0.0.1 --port ${subPathPort}`,
      url: `http://127.0.0.1:${subPathPort}${subPath}`,
      env: { ...serverEnv, BASE_PATH: subPath, OUT_DIR: './dist-subpath' },
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});

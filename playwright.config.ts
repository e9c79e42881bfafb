import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { rootPort as port, subPath, subPathPort } from './e2e/servers';

// Playwright's own browser download is not used: tests run Debian's Chromium (or CHROMIUM_PATH).
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  throw new Error(
    `No Chromium at ${executablePath}. Install one (Debian/Ubuntu: sudo apt-get install -y chromium) ` +
      'or point CHROMIUM_PATH at a Chromium or Chrome binary, then run npm test again.',
  );
}

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
    trace: 'retain-on-failure',
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
      // Builds the same site again under a sub-path into its own folder, then serves it.
      command: `npx astro build && npx astro preview --ignore-lock --host 127.0.0.1 --port ${subPathPort}`,
      url: `http://127.0.0.1:${subPathPort}${subPath}`,
      env: { ...serverEnv, BASE_PATH: subPath, OUT_DIR: './dist-subpath' },
      reuseExistingServer: false,
      timeout: 180_000,
    },
  ],
});

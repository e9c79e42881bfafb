import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every page test also fails on a console error, an uncaught exception, or a request that
 * leaves the site's own origin (the site promises no third-party requests). A test that serves a
 * page of its own on another origin (a blog embedding a chart) names it in `ownOrigins`.
 */
export const test = base.extend<{ pageProblems: string[]; ownOrigins: Set<string> }>({
  ownOrigins: async ({}, use) => use(new Set()),
  pageProblems: [
    async ({ page, baseURL, ownOrigins }, use) => {
      const problems: string[] = [];
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      page.on('request', (request) => {
        const url = request.url();
        if (/^https?:/.test(url) && new URL(url).origin !== origin && !ownOrigins.has(new URL(url).origin)) problems.push(`third-party request: ${url}`);
      });
      await use(problems);
      expect(problems, 'console errors, exceptions or third-party requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeScope {
  /** Only this part of the page (CSS selector). */
  include?: string;
  /** Leave out this part (e.g. iframes, checked on their own pages). */
  exclude?: string;
  /** Only these rules (e.g. ['color-contrast'] for a page's second colour scheme). */
  rules?: string[];
  /** Names the state checked, in the failure message. */
  what?: string;
  /**
   * Re-read the page's stylesheets first (axe's default; only the orientation-lock rule needs
   * them). A page checked part by part reads them once, for its first check.
   */
  stylesheets?: boolean;
}

/**
 * Runs axe-core in the page as it is now. axe is added to a document once and run as often as
 * the test needs (the deck is checked slide by slide in one load); frames are left to their own pages.
 */
export async function expectNoAxeViolations(page: Page, { include, exclude, rules, what, stylesheets = true }: AxeScope = {}) {
  // Evaluated, not added as an inline <script>: the site's Content-Security-Policy refuses those (src/security/csp.ts).
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(
    async ({ include, exclude, rules, stylesheets }) => {
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const context = { include: include ? [[include]] : [[':root']], exclude: exclude ? [[exclude]] : [] };
      const { violations } = await axe.run(context, { iframes: false, preload: stylesheets, resultTypes: ['violations'], ...(rules ? { runOnly: rules } : {}) });
      return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
    },
    { include, exclude, rules, stylesheets },
  );
  expect(violations, what).toEqual([]);
}

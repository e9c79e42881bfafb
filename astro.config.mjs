// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { offlineDeck } from './src/offline/integration.ts';
import { trimRevealCss } from './src/deck/reveal-css.ts';
import { siteDirectives } from './src/security/csp.ts';
import { trimmedPolicies } from './src/security/trim.ts';
import { plainDynamicImports } from './src/charts/plain-imports.ts';

// BASE_PATH lets the same build run from a sub-path (e.g. GitHub Pages: BASE_PATH=/vpc-lambda/).
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site: process.env.SITE_URL || 'https://vpc-lambda-before-after.example',
  // A second output folder lets the tests build and serve the site under a sub-path beside the root build.
  outDir: process.env.OUT_DIR || './dist',
  base,
  trailingSlash: 'always',
  output: 'static',
  // The policies are trimmed before the service worker names its caches after the pages.
  integrations: [mdx(), trimmedPolicies(), offlineDeck()],
  // The talk's Japanese at the root, its English translation under /en/ (Astro.currentLocale tells components which).
  i18n: { locales: ['ja', 'en'], defaultLocale: 'ja', routing: { prefixDefaultLocale: false } },
  build: {
    // Every page ships its CSS inline (the largest, the deck's, is 9 KB gzipped): the first paint
    // waits for no stylesheet request.
    inlineStylesheets: 'always',
  },
  // A strict Content-Security-Policy on every page, as a meta element (src/security/csp.ts says
  // what each directive is for): scripts and styles from the site or allowed by their hash alone.
  security: { csp: { directives: [...siteDirectives] } },
  // No slide shows code, and Shiki colours code with style attributes, which the policy refuses.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  vite: {
    plugins: [plainDynamicImports()],
    css: { postcss: { plugins: [trimRevealCss] } },
    build: {
      rolldownOptions: {
        // Every MDX module carries Astro's own "use astro:head-inject" directive, which
        // rolldown warns about once per slide; the directive is handled by Astro, not lost.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          handler(level, log);
        },
      },
    },
  },
});

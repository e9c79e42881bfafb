import type { Plugin } from 'vite';

/** The module Vite wraps every dynamic import of the browser's code in. */
const preloadHelper = '\0vite/preload-helper.js';

/**
 * A chart's enhancer is imported when its chart nears the screen (runtime/lazy.ts). Vite wraps such
 * an import in a 0.9 KB gzipped helper that preloads the import's own imports beside it (one round
 * trip sooner) and its CSS (there is none: every page inlines its styles). Each chart page paid
 * those bytes for one round trip, and its 20 KB budget (issue 16) needs them more: here the
 * imports are plain, and an enhancer's imports are fetched when it arrives.
 *
 * The bench catches the day Vite renames its helper: the helper's bytes come back.
 */
export function plainDynamicImports(): Plugin {
  return {
    name: 'plain-dynamic-imports',
    enforce: 'pre',
    configEnvironment(name, config) {
      // No list of each import's dependencies written into the chunks either.
      if (name === 'client') config.build = { ...config.build, modulePreload: false };
    },
    resolveId: (id) => (id === preloadHelper ? id : undefined),
    load: (id) => (id === preloadHelper ? 'export const __vitePreload = (load) => load();' : undefined),
  };
}

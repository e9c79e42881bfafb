import { defineConfig } from 'vitest/config';

// Checks over the built site (dist/ and dist-subpath/): run after the builds, by npm run test:dist.
export default defineConfig({
  test: {
    // Files in one worker share the parsed pages (test/dist/site.ts) instead of parsing them again.
    isolate: false,
    include: ['test/dist/**/*.test.ts'],
  },
});

import { defineConfig } from 'vitest/config';

// Checks over the built site (dist/ and dist-subpath/): run after the builds, by npm run test:dist.
export default defineConfig({
  test: {
    include: ['test/dist/**/*.test.ts'],
  },
});

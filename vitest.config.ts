import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The tests share no state: one worker runs several files, without a fresh module graph for each.
    isolate: false,
    include: ['src/**/*.test.ts'],
  },
});

import { defineProject } from 'vitest/config';

// Strapi is a process-wide singleton (global.strapi): one test file at a time, in threads.
export default defineProject({
  test: {
    name: 'cms',
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    pool: 'threads',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});

import { defineProject } from 'vitest/config';

/**
 * End-to-end: the built site (web/.output) and the built CMS (cms/dist) with the demo content,
 * started by tests/e2e/global-setup.ts, driven by Debian's Chromium through playwright-core.
 */
export default defineProject({
  test: {
    name: 'web-e2e',
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
    // expect.poll gives up after 1 s by default: too short for the Strapi dashboard to save and
    // reload a document on a slow CI machine (the editor test failed there on 26 November).
    expect: { poll: { timeout: 15_000 } },
  },
});

import { defineConfig } from 'vitest/config';

/**
 * One test command for the whole workspace. Each project is one kind of test:
 * - repo:     deployment files and the README agree with the code;
 * - cms:      boots the real Strapi (compiled) on a fresh database and queries it over HTTP;
 * - packages: GraphQL documents validate against the committed schema snapshot;
 * - web-unit: the site's pure functions;
 * - web-nuxt: components mounted in Nuxt (@nuxt/test-utils);
 * - web-e2e:  the built site and CMS in Debian's Chromium (playwright-core, axe).
 */
export default defineConfig({
  test: {
    projects: ['tests/vitest.config.ts', 'cms/vitest.config.ts', 'packages/*/vitest.config.ts', 'web/vitest.*.config.ts'],
  },
});

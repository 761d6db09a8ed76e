import { defineConfig } from 'vitest/config';

/**
 * One test command for the whole workspace. Each project is one kind of test:
 * - cms:      boots the real Strapi (compiled) on a fresh database and queries it over HTTP;
 * - packages: GraphQL documents validate against the committed schema snapshot;
 * - web-*:    see web/vitest.config.ts (unit, component and browser tests).
 */
export default defineConfig({
  test: {
    projects: ['cms/vitest.config.ts', 'packages/*/vitest.config.ts'],
  },
});

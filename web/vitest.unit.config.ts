import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';

/** Pure functions of the site (app/utils, server/utils), without Nuxt. */
export default defineProject({
  test: {
    name: 'web-unit',
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
  resolve: {
    alias: { '~': fileURLToPath(new URL('./app', import.meta.url)) },
  },
});

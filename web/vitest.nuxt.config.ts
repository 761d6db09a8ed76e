import { fileURLToPath } from 'node:url';
import { defineVitestProject } from '@nuxt/test-utils/config';

/** Components mounted in a real Nuxt runtime (mountSuspended), with happy-dom. */
export default defineVitestProject({
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: {
    name: 'web-nuxt',
    include: ['tests/nuxt/**/*.test.ts'],
    environment: 'nuxt',
    environmentOptions: {
      nuxt: { rootDir: fileURLToPath(new URL('.', import.meta.url)), domEnvironment: 'happy-dom' },
    },
  },
});

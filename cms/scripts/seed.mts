/**
 * Seeds the demo content into the configured database (cms/.env): `pnpm seed` at the root.
 * Idempotent: what exists already is left as it is. Needs a build (dist/), which
 * `pnpm seed` makes first.
 */
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const appDir = path.resolve(import.meta.dirname, '..');
process.env.SEED_DEMO_CONTENT = 'false'; // this script seeds; the boot should not as well
process.env.STRAPI_STARTUP_MESSAGE = 'false';
process.env.LOG_LEVEL ??= 'warn';

const { createStrapi } = require('@strapi/strapi') as typeof import('@strapi/strapi');
const strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist') }).load();
try {
  const { seed } = require(path.join(appDir, 'dist/src/seed/index.js')) as typeof import('../src/seed/index.ts');
  const report = await seed(strapi);
  const created = Object.entries(report.created).filter(([, count]) => count > 0);
  console.log(created.length ? `Seeded: ${created.map(([kind, count]) => `${count} ${kind}`).join(', ')}` : 'Demo content already present: nothing to do.');
} finally {
  await strapi.destroy();
}

import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Core } from '@strapi/strapi';
import { createTestDatabase, type TestDatabase } from './database.ts';

const require = createRequire(import.meta.url);
export const cmsDir = path.resolve(import.meta.dirname, '../..');

/**
 * The compiled CMS to boot: under vitest, this run's fresh compilation (tests/global-setup.ts);
 * from a script, CMS_DIST_DIR or cms/dist.
 */
const resolveDistDir = async (): Promise<string> => {
  if (process.env.VITEST) {
    const { inject } = await import('vitest');
    return inject('cmsDistDir');
  }
  return process.env.CMS_DIST_DIR ?? path.join(cmsDir, 'dist');
};
export let distDir = process.env.CMS_DIST_DIR ?? path.join(cmsDir, 'dist');

/** Loads a module of the compiled CMS (dist/), the same instance Strapi itself loaded. */
export const requireDist = <T>(relative: string): T => require(path.join(distDir, relative)) as T;

export interface TestStrapi {
  strapi: Core.Strapi;
  url: string;
  database: TestDatabase;
  stop(): Promise<void>;
}

const testSecrets = () => {
  const secret = () => randomBytes(16).toString('base64url');
  return {
    APP_KEYS: [secret(), secret()].join(','),
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    JWT_SECRET: secret(),
    ENCRYPTION_KEY: secret(),
  };
};

/** One set of secrets per database: API tokens and encrypted values stored in it stay valid across boots. */
const databaseSecrets = new WeakMap<TestDatabase, Record<string, string>>();
const secretsFor = (database: TestDatabase) => {
  const secrets = databaseSecrets.get(database) ?? testSecrets();
  databaseSecrets.set(database, secrets);
  return secrets;
};

/**
 * Boots the real, compiled Strapi in this process on a fresh database and an ephemeral port,
 * with uploads in a temporary folder. Nothing is seeded unless `seed` is set.
 *
 * With `database` (from createTestDatabase), boots on that database instead, e.g. a second time
 * on what an earlier boot left; the caller then drops it.
 */
export const startStrapi = async (options: { seed?: boolean; env?: Record<string, string>; database?: TestDatabase } = {}): Promise<TestStrapi> => {
  distDir = await resolveDistDir();
  const database = options.database ?? (await createTestDatabase());
  const publicDir = await fs.mkdtemp(path.join(os.tmpdir(), 'insights-public-'));
  await fs.mkdir(path.join(publicDir, 'uploads'), { recursive: true });

  Object.assign(process.env, {
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    PUBLIC_DIR: publicDir,
    SEED_DEMO_CONTENT: 'false',
    STRAPI_TELEMETRY_DISABLED: 'true',
    STRAPI_STARTUP_MESSAGE: 'false',
    SERVE_ADMIN_PANEL: process.env.SERVE_ADMIN_PANEL ?? 'false',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'error',
    ...secretsFor(database),
    ...database.env,
    ...options.env,
  });

  const { createStrapi } = require('@strapi/strapi') as typeof import('@strapi/strapi');
  const strapi = createStrapi({ appDir: cmsDir, distDir });
  await strapi.load();
  if (options.seed) {
    const { seed } = requireDist<typeof import('../../src/seed')>('src/seed/index.js');
    await seed(strapi);
  }
  strapi.server.mount();
  await new Promise<void>((resolve) => strapi.server.httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = strapi.server.httpServer.address() as AddressInfo;

  return {
    strapi,
    url: `http://127.0.0.1:${port}`,
    database,
    async stop() {
      await strapi.destroy();
      if (!options.database) await database.drop();
      await fs.rm(publicDir, { recursive: true, force: true });
    },
  };
};

import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export interface TestDatabase {
  /** Environment that points Strapi at this database. */
  env: Record<string, string>;
  client: 'sqlite' | 'postgres';
  drop(): Promise<void>;
}

/**
 * A fresh, empty database for one test file: a temporary SQLite file, or, when
 * TEST_DATABASE_URL is set, a new PostgreSQL database created on that server (and dropped after).
 */
export const createTestDatabase = async (): Promise<TestDatabase> => {
  const serverUrl = process.env.TEST_DATABASE_URL;
  const name = `insights_test_${process.pid}_${randomBytes(4).toString('hex')}`;

  if (serverUrl) {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return {
      client: 'postgres',
      env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: url.toString() },
      async drop() {
        const cleanup = new pg.Client({ connectionString: serverUrl });
        await cleanup.connect();
        await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await cleanup.end();
      },
    };
  }

  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'insights-db-'));
  return {
    client: 'sqlite',
    env: { DATABASE_CLIENT: 'sqlite', DATABASE_URL: '', DATABASE_FILENAME: path.join(dir, 'test.db') },
    async drop() {
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
};

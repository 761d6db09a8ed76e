import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { cacheCompiledStatements } from '../src/lib/statement-cache';

/**
 * SQLite (better-sqlite3) is the embedded default: nothing to install, the file lives in .tmp/.
 * PostgreSQL is the production database: set DATABASE_URL (postgres://user:pass@host:5432/db)
 * or DATABASE_CLIENT=postgres and the DATABASE_* parts.
 */
const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Database<'postgres' | 'sqlite'> => {
  const url = env('DATABASE_URL', '');
  const client = env('DATABASE_CLIENT', url.startsWith('postgres') ? 'postgres' : 'sqlite');

  if (client === 'postgres') {
    const parsed = url ? new URL(url) : undefined;
    const ssl = env.bool('DATABASE_SSL', false) ? { rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true) } : false;
    return {
      connection: {
        client: 'postgres',
        connection: {
          ...(url ? { connectionString: url } : {}),
          host: parsed?.hostname || env('DATABASE_HOST', '127.0.0.1'),
          port: Number(parsed?.port || env.int('DATABASE_PORT', 5432)),
          database: parsed ? decodeURIComponent(parsed.pathname.slice(1)) : env('DATABASE_NAME', 'insights'),
          user: parsed ? decodeURIComponent(parsed.username) : env('DATABASE_USERNAME', 'postgres'),
          password: parsed ? decodeURIComponent(parsed.password) : env('DATABASE_PASSWORD', ''),
          ssl,
          schema: env('DATABASE_SCHEMA', 'public'),
        },
        pool: { min: env.int('DATABASE_POOL_MIN', 0), max: env.int('DATABASE_POOL_MAX', 10) },
        acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
      },
    };
  }

  return {
    connection: {
      client: 'sqlite',
      connection: {
        filename: path.resolve(process.cwd(), env('DATABASE_FILENAME', '.tmp/data.db')),
      },
      useNullAsDefault: true,
      // Compiled statements are reused (src/lib/statement-cache.ts); Strapi runs its own setup too.
      pool: {
        afterCreate: (connection: unknown, done: (error?: Error, connection?: unknown) => void) => {
          cacheCompiledStatements(connection as Parameters<typeof cacheCompiledStatements>[0]);
          done(undefined, connection);
        },
      },
    },
  };
};

export default config;

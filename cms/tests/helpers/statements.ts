import type { Core } from '@strapi/strapi';

export interface Statement {
  sql: string;
  bindings: unknown[];
}

/**
 * Every SQL statement the database driver receives while `run` runs (knex `query` events on
 * Strapi's connection), transaction BEGIN and COMMIT included: what a request costs the database.
 */
export const recordStatements = async <T>(strapi: Core.Strapi, run: () => Promise<T>): Promise<{ result: T; statements: Statement[] }> => {
  const statements: Statement[] = [];
  const listener = (query: Statement) => statements.push({ sql: query.sql, bindings: query.bindings ?? [] });
  strapi.db.connection.on('query', listener);
  try {
    const result = await run();
    return { result, statements };
  } finally {
    strapi.db.connection.removeListener('query', listener);
  }
};

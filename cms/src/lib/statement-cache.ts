/** The part of a better-sqlite3 connection that knex uses to run SQL. */
interface PreparingConnection {
  prepare(sql: string): unknown;
}

/** Compiled statements kept per connection: far more than the distinct statements the CMS sends. */
export const MAX_CACHED_STATEMENTS = 1_000;

/**
 * Keeps the statements SQLite has compiled, per connection, keyed by their SQL text. knex asks
 * better-sqlite3 to compile every statement it sends afresh, although the CMS sends the same
 * few hundred texts again and again (values travel as bindings): compiling a statement with
 * joins and window functions takes longer than running it. better-sqlite3 statements are made
 * to be reused, and SQLite recompiles one by itself if the schema changes under it. Least
 * recently used statements are dropped beyond `max`.
 */
export const cacheCompiledStatements = (connection: PreparingConnection, max = MAX_CACHED_STATEMENTS): void => {
  const prepare = connection.prepare.bind(connection);
  const statements = new Map<string, unknown>();
  connection.prepare = (sql: string) => {
    let statement = statements.get(sql);
    if (statement !== undefined) {
      statements.delete(sql);
    } else {
      statement = prepare(sql);
      if (statements.size >= max) statements.delete(statements.keys().next().value!);
    }
    statements.set(sql, statement);
    return statement;
  };
};

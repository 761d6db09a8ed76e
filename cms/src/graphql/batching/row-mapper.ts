import { createRequire } from 'node:module';

/** Column names to attribute names, driver values to API values (JSON parsed, booleans, ISO dates). */
export type RowMapper = (meta: unknown, row: Record<string, unknown>) => Record<string, unknown> | null;

/**
 * Strapi's own row mapper, `fromRow` in @strapi/database, the function every query of the
 * query engine passes its rows through. It is not exported by the package, so it is loaded from
 * the copy @strapi/strapi itself runs (through @strapi/core), never a second one. The batched
 * queries select raw rows because they carry two extra columns (the parent id and the row's rank),
 * and mapping them with anything else would risk a field that reads differently from stock.
 *
 * Returns null when the module has moved (another Strapi version): the caller then keeps the stock
 * resolvers, which is slower but correct.
 */
export const loadRowMapper = (): RowMapper | null => {
  try {
    const fromStrapi = createRequire(require.resolve('@strapi/strapi'));
    const fromCore = createRequire(fromStrapi.resolve('@strapi/core'));
    const fromDatabase = createRequire(fromCore.resolve('@strapi/database'));
    const transform = fromDatabase('./query/helpers/transform.js') as { fromRow?: unknown };
    return typeof transform.fromRow === 'function' ? (transform.fromRow as RowMapper) : null;
  } catch {
    return null;
  }
};

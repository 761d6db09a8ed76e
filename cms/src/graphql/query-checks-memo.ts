import type { Core } from '@strapi/strapi';

type Schema = { uid?: string };
type Options = { auth?: unknown } & Record<string, unknown>;
type QueryCheck<T> = (query: object, schema: Schema, options?: Options) => Promise<T>;

/** Stands for "no auth" as a WeakMap key. */
const NO_AUTH = {};

/**
 * The GraphQL plugin validates and sanitises a connection's arguments twice: in the query
 * resolver and again in the `pageInfo` resolver, which receives the very same arguments object
 * (`toEntityResponseCollection(nodes, { args })`) to count the matches. Each pass walks the
 * sort, fields and filters several times with Strapi's traversal utilities, a measurable share
 * of a list request's CPU.
 *
 * This remembers each check's outcome per (arguments object, schema, auth object). Those
 * objects are made for one request, so nothing is remembered across requests (a change of
 * permissions applies to the next request, as before). A failed validation fails again for every
 * caller with the same error. A repeated sanitisation gets a copy of the first result as it was
 * made, so no caller sees another's changes. Calls with other options (REST passes the route
 * and `strictParams`) are not remembered.
 */
export const rememberQueryChecks = (strapi: Core.Strapi): void => {
  const contentAPI = strapi.contentAPI as unknown as {
    validate: { query: QueryCheck<void> };
    sanitize: { query: QueryCheck<Record<string, unknown>> };
  };
  contentAPI.validate.query = remembered(contentAPI.validate.query, (result) => result);
  contentAPI.sanitize.query = remembered(contentAPI.sanitize.query, (result) => structuredClone(result));
};

const remembered = <T>(check: QueryCheck<T>, copy: (result: T) => T): QueryCheck<T> => {
  const memo = new WeakMap<object, WeakMap<object, WeakMap<object, Promise<{ pristine: T } | null>>>>();
  return (query, schema, options) => {
    if (!isRememberable(query, schema, options)) return check(query, schema, options);
    const auth = (options?.auth as object | undefined) ?? NO_AUTH;
    let bySchema = memo.get(query);
    if (!bySchema) memo.set(query, (bySchema = new WeakMap()));
    let byAuth = bySchema.get(schema);
    if (!byAuth) bySchema.set(schema, (byAuth = new WeakMap()));
    const known = byAuth.get(auth);
    // A result that could not be copied (not plain data) is worked out again.
    if (known) return known.then((kept) => (kept ? copy(kept.pristine) : check(query, schema, options)));
    const result = check(query, schema, options);
    // The first caller gets the result itself; the copy kept for later callers is made at once.
    const kept = result.then((value) => {
      try {
        return { pristine: copy(value) };
      } catch {
        return null;
      }
    });
    // A failure reaches every caller through `result` or `known`, never as an unhandled rejection.
    kept.catch(() => undefined);
    byAuth.set(auth, kept);
    return result;
  };
};

const isRememberable = (query: unknown, schema: unknown, options: Options | undefined): query is object =>
  typeof query === 'object' &&
  query !== null &&
  typeof schema === 'object' &&
  schema !== null &&
  (options === undefined || Object.keys(options).every((key) => key === 'auth')) &&
  (options?.auth === undefined || (typeof options.auth === 'object' && options.auth !== null));

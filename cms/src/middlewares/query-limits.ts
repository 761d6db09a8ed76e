import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { filtersProblem, type FilterProblem } from '../lib/filter-limits';
import { paginationProblem } from '../lib/pagination-limits';
import { populateProblem, restContentType } from '../lib/populate-limits';

/**
 * Refuses a REST API request whose `filters` (at the top of the query string or inside
 * `populate`) are beyond the limits of src/lib/filter-limits.ts, or whose `populate` is beyond
 * those of src/lib/populate-limits.ts, with 400 and a ValidationError saying what to change,
 * before any controller reads them. GraphQL applies the same filter limits
 * (src/graphql/filter-limits.ts) and a cost limit. Runs after `strapi::query`, which parses the
 * query string.
 */
export interface QueryLimitsConfig {
  /** Paths under this prefix are checked: the REST API's (config/api.ts `rest.prefix`, default /api). */
  prefix?: string;
}

type Context = Parameters<Core.MiddlewareHandler>[0];

/** qs nests at most 20 levels (Strapi's `strapi::query` depth); `populate` goes no deeper. */
const MAX_SEARCH_DEPTH = 20;

/** The first problem with any `filters` in a parsed query string. */
export const queryFiltersProblem = (query: unknown): FilterProblem | undefined => {
  const stack: { value: unknown; path: string[] }[] = [{ value: query, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value !== 'object' || value === null || path.length > MAX_SEARCH_DEPTH) continue;
    for (const [key, child] of Object.entries(value)) {
      if (key === 'filters') {
        const problem = filtersProblem(child, [...path, key]);
        if (problem) return problem;
      } else {
        stack.push({ value: child, path: [...path, key] });
      }
    }
  }
  return undefined;
};

export default (config: QueryLimitsConfig, { strapi }: { strapi: Core.Strapi }) => {
  const prefix = config.prefix ?? strapi.config.get<string>('api.rest.prefix', '/api');
  return async (ctx: Context, next: () => Promise<void>) => {
    if (ctx.path === prefix || ctx.path.startsWith(`${prefix}/`)) {
      const uid = restContentType(strapi, prefix, ctx.path);
      const query = ctx.query as { populate?: unknown; pagination?: unknown };
      const problem =
        queryFiltersProblem(query) ?? paginationProblem(query.pagination, ['pagination'], { rest: true }) ?? (uid ? populateProblem(strapi, uid, query.populate) : undefined);
      if (problem) {
        throw new errors.ValidationError(problem.message, { errors: [{ ...problem, name: 'ValidationError', value: null }] });
      }
    }
    return next();
  };
};

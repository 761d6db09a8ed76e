/**
 * Bounds on the `filters` of a public request, checked before Strapi turns them into SQL: the
 * same rules for the REST API (src/middlewares/query-limits.ts) and GraphQL
 * (src/graphql/filter-limits.ts). Without them a single request could make the database fail
 * (SQLite: "Expression tree is too large" past 1,000 nested or listed conditions, "LIKE or GLOB
 * pattern too complex" past 50,000 characters) or the query builder throw (`between` with one
 * value), and each of those was answered as a server error.
 *
 * The site's own filters stay far inside: a topic, an author and a search of at most 100
 * characters, nested four levels.
 */

/** Most values one request's filters may compare (each value of an `in` list counts as one). */
export const MAX_FILTER_CONDITIONS = 100;
/** Deepest path in filters, counting every key: `{ and: [{ title: { containsi: "x" } }] }` is 3. */
export const MAX_FILTER_DEPTH = 10;
/** Longest text a filter may compare with; the site's search box sends at most 100 characters. */
export const MAX_FILTER_STRING_LENGTH = 1000;

export interface FilterProblem {
  /** Where in the request, as sent: ['filters', 'title', 'containsi'] or ['filters', 'title', '$containsi']. */
  path: string[];
  message: string;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** REST spells operators with a `$` (`$between`), GraphQL without (`between`). */
const operator = (key: string) => (key.startsWith('$') ? key.slice(1) : key);

const shown = (path: string[]) => path.join('.');

/**
 * The first problem with one `filters` value, or undefined when it is within the limits.
 * `path` is where the value was found (['filters'] at the top of a query).
 */
export const filtersProblem = (filters: unknown, path: string[] = ['filters']): FilterProblem | undefined => {
  let conditions = 0;
  // Depth-first, without recursion; `depth` is the number of keys from the top of the filters.
  const stack: { value: unknown; path: string[]; depth: number }[] = [{ value: filters, path, depth: 0 }];
  while (stack.length > 0) {
    const { value, path: at, depth } = stack.pop()!;
    if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index -= 1) stack.push({ value: value[index], path: [...at, String(index)], depth });
      continue;
    }
    if (isObject(value)) {
      for (const [key, child] of Object.entries(value).reverse()) {
        const childPath = [...at, key];
        if (depth + 1 > MAX_FILTER_DEPTH) {
          return {
            path: childPath,
            message: `The filters are nested more than ${MAX_FILTER_DEPTH} levels deep (at ${shown(childPath)}). Combine conditions in one and/or list rather than nesting them.`,
          };
        }
        if (operator(key) === 'between' && !(Array.isArray(child) && child.length === 2 && child.every((bound) => bound !== null && bound !== undefined))) {
          return {
            path: childPath,
            message: `${shown(childPath)} needs exactly two values, the lowest and the highest to match, as in ${operator(key) === key ? 'between: [1, 10]' : `${key}[0]=1&${key}[1]=10`}.`,
          };
        }
        if ((operator(key) === 'and' || operator(key) === 'or') && Array.isArray(child) && (child.length === 0 || child.some((item) => item === null || (isObject(item) && Object.keys(item).length === 0)))) {
          // Strapi drops empty conditions, so `or: []` (an app searching for no words) matched everything.
          return {
            path: childPath,
            message: `${shown(childPath)} ${child.length === 0 ? 'is an empty list' : 'holds an empty condition'}, which would match every document. Give each condition at least one field to compare, or leave ${operator(key)} out.`,
          };
        }
        if ((operator(key) === 'in' || operator(key) === 'notIn') && Array.isArray(child) && child.length === 0) {
          // Strapi drops an empty list, so `in: []` would match everything: surely not what was meant.
          return {
            path: childPath,
            message: `${shown(childPath)} is an empty list, which would match every document. Give at least one value, or leave the condition out.`,
          };
        }
        stack.push({ value: child, path: childPath, depth: depth + 1 });
      }
      continue;
    }
    if (value === undefined) continue;
    conditions += 1;
    if (typeof value === 'string' && value.length > MAX_FILTER_STRING_LENGTH) {
      return {
        path: at,
        message: `The value of ${shown(at)} is ${value.length} characters long; the most is ${MAX_FILTER_STRING_LENGTH}. Search for a shorter text.`,
      };
    }
  }
  if (conditions > MAX_FILTER_CONDITIONS) {
    return {
      path,
      message: `The filters have ${conditions} conditions; the most is ${MAX_FILTER_CONDITIONS} (each value of an in list counts as one). Use fewer, or split the request into several.`,
    };
  }
  return undefined;
};

const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (value === null || typeof value !== 'object') return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === null || prototype === Object.prototype;
};

const mergeValue = (target: unknown, source: unknown): unknown => {
  if (source === undefined) return target;
  if (Array.isArray(source)) {
    const result: unknown[] = Array.isArray(target) ? [...(target as unknown[])] : [];
    source.forEach((item, index) => {
      result[index] = mergeValue(result[index], item);
    });
    return result;
  }
  if (isPlainObject(source)) {
    const result: Record<string, unknown> = isPlainObject(target) ? { ...target } : {};
    for (const [key, value] of Object.entries(source)) result[key] = mergeValue(result[key], value);
    return result;
  }
  return source;
};

/**
 * A deep merge of query objects that leaves both inputs untouched, as lodash/fp's `merge` (what
 * Strapi's relation resolver uses to combine its filters): plain objects and arrays merge key by
 * key and index by index, anything else (a knex subquery, a date) is taken from `source`.
 */
export const mergeQueries = <T extends Record<string, unknown>>(target: Record<string, unknown>, source: Record<string, unknown>): T =>
  mergeValue(target, source) as T;

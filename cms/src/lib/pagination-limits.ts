/**
 * `pagination` of a public request, checked before Strapi reads it: Strapi quietly turned a page
 * of -1 into 1, a page size of 0 into 1 and a limit of -5 into one item, and REST read
 * `pageSize=abc` as no page size at all, so a client's mistake came back as a wrong page. The
 * same rules for REST (src/middlewares/query-limits.ts) and GraphQL (src/graphql/filter-limits.ts).
 */
import { MAX_LIMIT } from '../../config/api';

export interface PaginationProblem {
  path: string[];
  message: string;
}

const LOWEST: Record<string, number> = { page: 1, pageSize: 1, start: 0, limit: 1 };
const MEANING: Record<string, string> = {
  page: 'a page number, from 1',
  pageSize: `how many items a page holds, from 1 (at most ${MAX_LIMIT} come back)`,
  start: 'how many items to skip, from 0',
  limit: `how many items to return, from 1 (at most ${MAX_LIMIT} come back)`,
};

/** REST writes `pagination[page]`, GraphQL `pagination.page`. */
const shown = (path: string[], rest: boolean) => (rest ? path.reduce((text, key, index) => (index === 0 ? key : `${text}[${key}]`), '') : path.join('.'));

/** The first problem with a `pagination` value, or undefined. REST values arrive as text. */
export const paginationProblem = (pagination: unknown, path: string[] = ['pagination'], { rest = false } = {}): PaginationProblem | undefined => {
  if (typeof pagination !== 'object' || pagination === null || Array.isArray(pagination)) return undefined;
  for (const [key, raw] of Object.entries(pagination)) {
    const lowest = LOWEST[key];
    if (lowest === undefined || raw === undefined || raw === null) continue;
    const at = [...path, key];
    const value = typeof raw === 'string' && /^-?\d+$/.test(raw.trim()) ? Number(raw) : raw;
    // GraphQL checks its variables' types itself, after this, in its own words.
    if (!rest && typeof value !== 'number') continue;
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      return { path: at, message: `${shown(at, rest)} is ${JSON.stringify(raw)}, not a whole number: it is ${MEANING[key]}.` };
    }
    if (value < lowest) return { path: at, message: `${shown(at, rest)} is ${value}: it is ${MEANING[key]}.` };
  }
  return undefined;
};

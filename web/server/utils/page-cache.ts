import { randomBytes } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * The site's page cache: rendered pages kept in memory with their brotli and gzip bytes made
 * once, served stale-while-revalidate, dropped by the CMS's purge webhook.
 *
 * Pages are keyed by path and the query parameters pages use (page, topic, q), so tracking
 * parameters (utm_*, fbclid…) share one entry instead of each forcing a render.
 */
export const PAGE_TTL_MS = 60 * 60 * 1000;
const MAX_ENTRIES = 500;
const KEPT_PARAMS = ['page', 'q', 'topic'];
const CACHED_PATHS = /^\/(?:$|insights(?:\/[^/]+)?$|team(?:\/[^/]+)?$|events(?:\/[^/]+)?$|sitemap\.xml$|feed\.xml$)/;
const STORED_HEADERS = ['content-type', 'content-security-policy', 'x-robots-tag', 'link'];

export type Encoding = 'br' | 'gzip' | 'identity';

export interface CachedPage {
  status: number;
  headers: Record<string, string>;
  /** The raw page and its brotli bytes, made when stored; gzip made on the first request for it. */
  bodies: { identity: Buffer; br: Buffer; gzip?: Buffer };
  storedAt: number;
}

/** The bytes of a cached page in an encoding (gzip is made once, on demand: most browsers take brotli). */
export const bodyFor = (page: CachedPage, encoding: Encoding): Buffer => {
  if (encoding === 'gzip') page.bodies.gzip ??= gzipSync(page.bodies.identity, { level: 6 });
  return page.bodies[encoding] as Buffer;
};

/** Marks the site's own background refreshes; known to this process only. */
export const REFRESH_TOKEN = randomBytes(24).toString('base64url');

const pages = new Map<string, CachedPage>();
const refreshing = new Set<string>();

/** The cache key of a request, or null when the page is not cached (APIs, previews, forms). */
export const pageKey = (method: string | undefined, url: string): string | null => {
  if (method !== 'GET' && method !== 'HEAD') return null;
  const queryStart = url.indexOf('?');
  const path = queryStart === -1 ? url : url.slice(0, queryStart);
  if (!CACHED_PATHS.test(path)) return null;
  if (queryStart === -1) return path;
  const params = new URLSearchParams(url.slice(queryStart + 1));
  const kept = KEPT_PARAMS.flatMap((name) => (params.has(name) ? [`${name}=${encodeURIComponent(params.get(name) ?? '')}`] : []));
  return kept.length ? `${path}?${kept.join('&')}` : path;
};

export const preferredEncoding = (acceptEncoding: string | undefined): Encoding =>
  acceptEncoding && /\bbr\b/.test(acceptEncoding) ? 'br' : acceptEncoding && /\bgzip\b/.test(acceptEncoding) ? 'gzip' : 'identity';

export const getPage = (key: string): CachedPage | undefined => {
  const page = pages.get(key);
  if (page) {
    // Most recently used last, so the oldest is dropped first.
    pages.delete(key);
    pages.set(key, page);
  }
  return page;
};

export const isStale = (page: CachedPage, now = Date.now()) => now - page.storedAt > PAGE_TTL_MS;

export const storePage = (key: string, status: number, headers: Record<string, unknown>, body: string): CachedPage => {
  const kept: Record<string, string> = {};
  for (const name of STORED_HEADERS) if (headers[name] !== undefined) kept[name] = String(headers[name]);
  const raw = Buffer.from(body);
  const page: CachedPage = {
    status,
    headers: kept,
    bodies: {
      identity: raw,
      // Quality 5: about 1 ms for a page, within a few per cent of the best ratio (9 takes ~9 ms).
      br: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }),
    },
    storedAt: Date.now(),
  };
  pages.set(key, page);
  if (pages.size > MAX_ENTRIES) pages.delete(pages.keys().next().value as string);
  return page;
};

/** Drops every page; returns how many there were. */
export const purgePages = (): number => {
  const count = pages.size;
  pages.clear();
  return count;
};

/** Runs `refresh` for a stale key unless one is already running. */
export const refreshOnce = (key: string, refresh: () => Promise<unknown>) => {
  if (refreshing.has(key)) return;
  refreshing.add(key);
  void refresh()
    .catch((error: unknown) => console.error(`[page-cache] refreshing ${key} failed; still serving the cached page:`, error instanceof Error ? error.message : error))
    .finally(() => refreshing.delete(key));
};

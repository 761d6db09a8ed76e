import { randomBytes } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * The site's page cache: rendered pages kept in memory with their brotli and gzip bytes made
 * once (on the first hit that asks for each), served stale-while-revalidate, dropped by the CMS's purge webhook.
 *
 * Pages are keyed by path and the query parameters pages use (page, topic, q), so tracking
 * parameters (utm_*, fbclid…) share one entry instead of each forcing a render.
 */
export const PAGE_TTL_MS = 60 * 60 * 1000;
const MAX_ENTRIES = 500;
const KEPT_PARAMS = ['page', 'q', 'topic'];
// Standing pages (/privacy) are any other top-level slug, except the newsletter's form result page.
const CACHED_PATHS = /^\/(?:$|insights(?:\/[^/]+)?$|team(?:\/[^/]+)?$|events(?:\/[^/]+)?$|sitemap\.xml$|feed\.xml$|(?!newsletter$)[a-z0-9-]+$)/;
const STORED_HEADERS = ['content-type', 'content-security-policy', 'x-robots-tag', 'link'];

export type Encoding = 'br' | 'gzip' | 'identity';

export interface CachedPage {
  status: number;
  headers: Record<string, string>;
  /** The raw page, made when stored; brotli and gzip made on the first hit that asks for each. */
  bodies: { identity: Buffer; br?: Buffer; gzip?: Buffer };
  storedAt: number;
}

// Quality 5: about 1 ms for a page, within a few per cent of the best ratio (9 takes ~9 ms).
const brotli = (raw: Buffer, quality: number) =>
  brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } });

/** The bytes of a cached page in an encoding, each made once, on the first request for it. */
export const bodyFor = (page: CachedPage, encoding: Encoding): Buffer => {
  if (encoding === 'br') page.bodies.br ??= brotli(page.bodies.identity, 5);
  else if (encoding === 'gzip') page.bodies.gzip ??= gzipSync(page.bodies.identity, { level: 6 });
  return page.bodies[encoding] as Buffer;
};

/**
 * The answer to the request that rendered a page (a miss). Brotli at quality 3 (about a third
 * of quality 5's time, some 10% larger), not kept: the cache's quality-5 bytes are made on the
 * page's first hit, so a page rendered and never asked for again (after a purge, a crawler in the
 * long tail) is compressed once, quickly.
 */
export const missBodyFor = (page: CachedPage, encoding: Encoding): Buffer =>
  encoding === 'br' ? (page.bodies.br ?? brotli(page.bodies.identity, 3)) : bodyFor(page, encoding);

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

/**
 * Whether a rendered response may be kept for every reader: a complete 200 page that sets no
 * cookie and did not mark itself for one browser only (`private`, `no-store`), whatever its path.
 */
export const isStorable = (status: number, headers: Record<string, unknown>): boolean =>
  status === 200 && !headers['set-cookie'] && !headers['content-encoding'] && !/\b(?:private|no-store)\b/i.test(String(headers['cache-control'] ?? ''));

export const storePage = (key: string, status: number, headers: Record<string, unknown>, body: string): CachedPage => {
  const kept: Record<string, string> = {};
  for (const name of STORED_HEADERS) if (headers[name] !== undefined) kept[name] = String(headers[name]);
  const page: CachedPage = { status, headers: kept, bodies: { identity: Buffer.from(body) }, storedAt: Date.now() };
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

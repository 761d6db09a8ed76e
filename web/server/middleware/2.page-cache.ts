import type { ServerResponse } from 'node:http';
import { bodyFor, getPage, isStale, pageKey, preferredEncoding, refreshOnce, REFRESH_TOKEN, type CachedPage } from '../utils/page-cache';
import { secretMatches } from '../utils/secrets';

/** Header of the site's own background refresh requests, and of benchmark requests that must render. */
export const BYPASS_HEADER = 'x-page-cache-bypass';

const send = (res: ServerResponse, page: CachedPage, encoding: ReturnType<typeof preferredEncoding>, state: 'HIT' | 'STALE', head: boolean) => {
  const body = bodyFor(page, encoding);
  res.statusCode = page.status;
  for (const [name, value] of Object.entries(page.headers)) res.setHeader(name, value);
  res.setHeader('cache-control', 'public, max-age=0, must-revalidate');
  res.setHeader('vary', 'accept-encoding');
  res.setHeader('x-cache', state);
  res.setHeader('age', String(Math.floor((Date.now() - page.storedAt) / 1000)));
  if (encoding !== 'identity') res.setHeader('content-encoding', encoding);
  res.setHeader('content-length', String(body.length));
  res.end(head ? undefined : body);
};

/**
 * Serves pages from the page cache (server/utils/page-cache.ts) before any rendering. A miss
 * renders as usual and server/plugins/page-cache.ts stores the result; a stale hit is served
 * at once and refreshed in the background. The CMS's purge webhook empties the cache.
 */
export default defineEventHandler((event) => {
  const req = event.node.req;
  const key = pageKey(req.method, req.url ?? '/');
  if (!key) return;

  const bypass = req.headers[BYPASS_HEADER];
  // Only the site itself (refreshing) or someone holding the purge secret (a benchmark) may skip the cache.
  if (typeof bypass === 'string' && (bypass === REFRESH_TOKEN || secretMatches(bypass, useRuntimeConfig().purgeSecret))) {
    event.context.pageCache = { key, store: true };
    return;
  }

  const page = getPage(key);
  if (!page) {
    event.context.pageCache = { key, store: true };
    return;
  }
  const stale = isStale(page);
  if (stale) {
    refreshOnce(key, () =>
      useNitroApp().localFetch(req.url ?? key, { headers: { [BYPASS_HEADER]: REFRESH_TOKEN, 'accept-encoding': 'identity' } }),
    );
  }
  send(event.node.res, page, preferredEncoding(req.headers['accept-encoding']), stale ? 'STALE' : 'HIT', req.method === 'HEAD');
});

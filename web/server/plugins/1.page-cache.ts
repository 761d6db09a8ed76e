import { isStorable, missBodyFor, preferredEncoding, storePage } from '../utils/page-cache';

/**
 * Stores what a page-cache miss rendered (see server/middleware/2.page-cache.ts) and answers
 * compressed (see missBodyFor). Only complete 200 pages for every reader are kept (isStorable): an
 * error page (the CMS down, a 404) is never cached, and never replaces a good page already in the cache.
 */
export default defineNitroPlugin((nitroApp) => {
  nitroApp.hooks.hook('beforeResponse', (event, response) => {
    const cache = event.context.pageCache as { key: string; store: boolean } | undefined;
    const res = event.node.res;
    if (!cache?.store || typeof response.body !== 'string' || getRequestHeader(event, 'x-nuxt-error')) return;
    const headers = res.getHeaders() as Record<string, unknown>;
    if (!isStorable(res.statusCode, headers)) return;
    const page = storePage(cache.key, 200, headers, response.body);
    const encoding = preferredEncoding(getRequestHeader(event, 'accept-encoding'));
    response.body = missBodyFor(page, encoding);
    res.setHeader('vary', 'accept-encoding');
    res.setHeader('cache-control', 'public, max-age=0, must-revalidate');
    res.setHeader('x-cache', 'MISS');
    if (encoding !== 'identity') res.setHeader('content-encoding', encoding);
    res.removeHeader('content-length');
  });
});

import { missBodyFor, preferredEncoding, storePage } from '../utils/page-cache';

/**
 * Stores what a page-cache miss rendered (see server/middleware/2.page-cache.ts) and answers
 * compressed (see missBodyFor). Only complete 200 pages are kept: an error page (the CMS
 * down, a 404) is never cached, and never replaces a good page already in the cache.
 */
export default defineNitroPlugin((nitroApp) => {
  nitroApp.hooks.hook('beforeResponse', (event, response) => {
    const cache = event.context.pageCache as { key: string; store: boolean } | undefined;
    const res = event.node.res;
    if (!cache?.store || typeof response.body !== 'string' || res.statusCode !== 200 || res.getHeader('content-encoding')) return;
    if (getRequestHeader(event, 'x-nuxt-error') || res.getHeader('set-cookie')) return;
    const page = storePage(cache.key, 200, res.getHeaders() as Record<string, unknown>, response.body);
    const encoding = preferredEncoding(getRequestHeader(event, 'accept-encoding'));
    response.body = missBodyFor(page, encoding);
    res.setHeader('vary', 'accept-encoding');
    res.setHeader('cache-control', 'public, max-age=0, must-revalidate');
    res.setHeader('x-cache', 'MISS');
    if (encoding !== 'identity') res.setHeader('content-encoding', encoding);
    res.removeHeader('content-length');
  });
});

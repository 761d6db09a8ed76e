import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * Responses that are not cached pages (those are compressed once, when stored: see
 * 1.page-cache.ts) leave the site's own server compressed too: previews, feeds and JSON.
 * Static assets are precompressed at build (nitro.compressPublicAssets).
 */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|rss\+xml|ld\+json|javascript))/;
const MIN_BYTES = 1024;

export default defineNitroPlugin((nitroApp) => {
  nitroApp.hooks.hook('beforeResponse', (event, response) => {
    const body = response.body;
    if (typeof body !== 'string' || body.length < MIN_BYTES) return;
    const res = event.node.res;
    if (res.getHeader('content-encoding')) return;
    // Nuxt renders error pages through an internal request whose body it reads as text.
    if (getRequestHeader(event, 'x-nuxt-error')) return;
    if (!COMPRESSIBLE.test(String(res.getHeader('content-type') ?? ''))) return;
    const accepted = getRequestHeader(event, 'accept-encoding') ?? '';
    const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : null;
    appendResponseHeader(event, 'vary', 'accept-encoding');
    if (!encoding) return;
    response.body =
      encoding === 'br' ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }) : gzipSync(body, { level: 6 });
    res.setHeader('content-encoding', encoding);
    res.removeHeader('content-length');
  });
});

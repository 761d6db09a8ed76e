import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * Pages, feeds and JSON leave the site's own server compressed (brotli, else gzip), as no proxy
 * is assumed in front of it. Static assets are precompressed at build (nitro.compressPublicAssets).
 * Cached pages send the same bytes again and again, so compressed bodies are remembered by
 * content hash (a small LRU) instead of being compressed on every request.
 */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|rss\+xml|ld\+json|javascript))/;
const MIN_BYTES = 1024;
const MAX_ENTRIES = 300;
const memo = new Map<string, Buffer>();

const remember = (key: string, make: () => Buffer): Buffer => {
  const hit = memo.get(key);
  if (hit) {
    memo.delete(key);
    memo.set(key, hit);
    return hit;
  }
  const value = make();
  memo.set(key, value);
  if (memo.size > MAX_ENTRIES) memo.delete(memo.keys().next().value as string);
  return value;
};

export default defineNitroPlugin((nitroApp) => {
  nitroApp.hooks.hook('beforeResponse', (event, response) => {
    const body = response.body;
    if (typeof body !== 'string' || Buffer.byteLength(body) < MIN_BYTES) return;
    const res = event.node.res;
    if (res.getHeader('content-encoding')) return;
    // Nuxt renders error pages through an internal request whose body it reads as text.
    if (getRequestHeader(event, 'x-nuxt-error')) return;
    const type = String(res.getHeader('content-type') ?? '');
    if (!COMPRESSIBLE.test(type)) return;
    const accepted = getRequestHeader(event, 'accept-encoding') ?? '';
    const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : null;
    appendResponseHeader(event, 'vary', 'accept-encoding');
    if (!encoding) return;
    const key = `${encoding}:${createHash('sha1').update(body).digest('base64')}`;
    response.body = remember(key, () =>
      encoding === 'br'
        ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
        : gzipSync(body, { level: 6 }),
    );
    res.setHeader('content-encoding', encoding);
    res.removeHeader('content-length');
  });
});

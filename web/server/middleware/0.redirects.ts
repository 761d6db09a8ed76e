/**
 * Old addresses keep working: a request for a redirect's path (a slug that changed after it was
 * published, or an editor's redirect) is answered with a 301 to where it leads now, before any
 * page is rendered or served from the cache. See server/utils/redirects.ts.
 */
const MACHINERY = /^\/(?:_nuxt|api|uploads|preview|__[^/]*)(?:\/|$)/;

export default defineEventHandler(async (event) => {
  if (event.method !== 'GET' && event.method !== 'HEAD') return;
  const queryAt = event.path.indexOf('?');
  const path = queryAt < 0 ? event.path : event.path.slice(0, queryAt);
  if (path === '/' || MACHINERY.test(path)) return;
  const key = redirectKey(path);
  if (!key) return;
  const target = (await redirectTable()).get(key);
  if (!target) return;
  // Browsers keep a 301 without cache headers for good: ten minutes, so a removed redirect stops.
  setResponseHeader(event, 'cache-control', 'public, max-age=600');
  return sendRedirect(event, redirectLocation(target, queryAt < 0 ? '' : event.path.slice(queryAt)), 301);
});

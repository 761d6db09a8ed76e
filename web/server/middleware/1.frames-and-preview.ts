import { verifyPreviewPath } from '../utils/preview';

/**
 * Pages may be framed by the site itself only, except preview pages, which the CMS admin frames.
 * Preview pages need a valid signature (see utils/preview.ts); they render drafts with the
 * server-side preview token, are never cached and never indexed.
 */
let adminOrigin: string | undefined;

export default defineEventHandler((event) => {
  const path = event.path.split('?')[0] ?? '';
  if (!path.startsWith('/preview/')) {
    event.node.res.setHeader('content-security-policy', "frame-ancestors 'self'");
    return;
  }
  // Runtime config is fixed at start: read it once, not on every request.
  const config = useRuntimeConfig();
  adminOrigin ??= new URL(config.public.adminUrl).origin;
  setResponseHeaders(event, {
    'cache-control': 'private, no-store',
    'x-robots-tag': 'noindex, nofollow',
    'content-security-policy': `frame-ancestors 'self' ${adminOrigin}`,
  });
  const grant = verifyPreviewPath(config.previewSecret, path, getQuery(event));
  if (!grant) {
    throw createError({ statusCode: 401, statusMessage: 'Unauthorized', message: 'This preview link is not valid or has expired. Open the preview again from the CMS.' });
  }
  event.context.preview = grant;
  event.context.previewToken = config.cmsPreviewToken;
});

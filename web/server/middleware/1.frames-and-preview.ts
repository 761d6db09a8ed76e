import { verifyPreviewPath } from '../utils/preview';

/**
 * Pages may be framed by the site itself only, except preview pages, which the CMS admin frames.
 * Preview pages need a valid signature (see utils/preview.ts); they render drafts with the
 * server-side preview token, are never cached and never indexed.
 */
export default defineEventHandler((event) => {
  const path = event.path.split('?')[0] ?? '';
  const config = useRuntimeConfig(event);
  if (!path.startsWith('/preview/')) {
    setResponseHeader(event, 'content-security-policy', "frame-ancestors 'self'");
    return;
  }
  setResponseHeaders(event, {
    'cache-control': 'private, no-store',
    'x-robots-tag': 'noindex, nofollow',
    'content-security-policy': `frame-ancestors 'self' ${new URL(config.public.adminUrl).origin}`,
  });
  const grant = verifyPreviewPath(config.previewSecret, path, getQuery(event));
  if (!grant) {
    throw createError({ statusCode: 401, statusMessage: 'Unauthorized', message: 'This preview link is not valid or has expired. Open the preview again from the CMS.' });
  }
  event.context.preview = grant;
  event.context.previewToken = config.cmsPreviewToken;
});

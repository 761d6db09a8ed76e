import { PREVIEW_TYPES, signedPreviewPath, type PreviewType } from '../utils/preview';

/**
 * Entry point of the CMS admin's Preview:
 * /api/preview?secret=<NUXT_PREVIEW_SECRET>&type=article|event|team-member|page&slug=…&status=draft|published
 * Redirects to the signed preview page, which renders the document in the site's real layout.
 */
export default defineEventHandler((event) => {
  const query = getQuery(event);
  const config = useRuntimeConfig(event);
  if (!secretMatches(typeof query.secret === 'string' ? query.secret : '', config.previewSecret)) {
    throw createError({ statusCode: 401, statusMessage: 'Unauthorized', message: 'This preview link is not valid.' });
  }
  const type = String(query.type ?? '');
  const slug = String(query.slug ?? '');
  const status = query.status === 'published' ? 'published' : 'draft';
  if (!(type in PREVIEW_TYPES) || !/^[A-Za-z0-9-_.~]{1,200}$/.test(slug)) {
    throw createError({ statusCode: 400, statusMessage: 'Bad Request', message: 'Preview needs a type (article, event, team-member or page) and a slug.' });
  }
  return sendRedirect(event, signedPreviewPath(config.previewSecret, type as PreviewType, slug, status), 302);
});

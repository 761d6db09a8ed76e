import { purgePages } from '../../utils/page-cache';

/** Content the site shows: a change to anything else (a newsletter signup, say) purges nothing. */
const SHOWN = new Set(['api::article.article', 'api::event.event', 'api::team-member.team-member', 'api::topic.topic', 'api::page.page', 'api::redirect.redirect', 'api::global.global']);

/**
 * Called by the CMS's webhook when content is published, unpublished, changed or deleted
 * (Authorization: Bearer <NUXT_PURGE_SECRET>; body: Strapi's webhook payload). Drops every
 * cached page, so the next reader gets the change; pages are cached again on their next visit.
 * Purging everything keeps lists, related reading and profiles that mention the change right.
 * The body is read for its event and model only, and never logged.
 */
export default defineEventHandler(async (event) => {
  limitBody(event, 512 * 1024);
  const header = getRequestHeader(event, 'authorization') ?? '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : '';
  if (!secretMatches(token, useRuntimeConfig(event).purgeSecret)) {
    throw createError({ statusCode: 401, statusMessage: 'Unauthorized', message: 'A valid purge secret is required.' });
  }
  const body = await readBody<{ event?: string; uid?: string } | undefined>(event).catch(() => undefined);
  const relevant = !body?.uid || SHOWN.has(body.uid) || body.event?.startsWith('media.') === true;
  if (!relevant) return { purged: 0, ignored: body?.uid };

  const purged = purgePages();
  sharedDataStore().clear();
  console.info(`[cache] purged ${purged} pages after ${body?.event ?? 'a purge request'}${body?.uid ? ` on ${body.uid}` : ''}`);
  return { purged };
});

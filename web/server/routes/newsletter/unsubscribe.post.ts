import { UnsubscribeFromNewsletterMutation } from '@insights/api';

/**
 * One-click unsubscribe (RFC 8058): mail programs POST "List-Unsubscribe=One-Click" to the
 * address in the email's List-Unsubscribe header, the unsubscribe page's own URL. Visitors
 * GET that page and press its button instead.
 */
export default defineEventHandler(async (event) => {
  limitBody(event, 1024);
  const token = String(getQuery(event).token ?? '').slice(0, 200);
  if (!token) throw createError({ statusCode: 400, statusMessage: 'Bad Request', message: 'The unsubscribe link is incomplete.' });
  const result = await cmsClient().mutation(UnsubscribeFromNewsletterMutation, { token }, { fetchOptions: { headers: forwardedFor(event) } }).toPromise();
  const outcome = result.data?.unsubscribeFromNewsletter.outcome;
  if (!outcome) throw createError({ statusCode: 503, statusMessage: 'Service Unavailable', message: 'Please try again in a few minutes.' });
  setResponseHeader(event, 'content-type', 'text/plain; charset=utf-8');
  if (outcome !== 'UNSUBSCRIBED') setResponseStatus(event, 400);
  return result.data?.unsubscribeFromNewsletter.message;
});

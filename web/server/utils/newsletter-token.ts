import type { H3Event } from 'h3';
import type { TadaDocumentNode } from '@insights/api';

type Outcome = 'CONFIRMED' | 'UNSUBSCRIBED' | 'EXPIRED' | 'INVALID';

/**
 * Confirm and unsubscribe both take the token from the email link, sent by the page's button
 * as a POST (so mail scanners that fetch links change nothing), and land on the page again
 * with the outcome.
 */
export const handleTokenPost = async <Data>(
  event: H3Event,
  mutation: TadaDocumentNode<Data, { token: string }>,
  pick: (data: Data) => { outcome: Outcome; message: string } | null | undefined,
  page: '/newsletter/confirm' | '/newsletter/unsubscribe',
) => {
  limitBody(event);
  const fields = await readFields(event);
  const token = fieldText(fields.token).slice(0, 200);
  const json = wantsJson(event);
  let outcome: Outcome | 'UNAVAILABLE' = 'INVALID';
  let message = 'This link is not valid.';
  if (token) {
    const result = await cmsClient().mutation(mutation, { token }, { fetchOptions: { headers: forwardedFor(event) } }).toPromise();
    const answer = result.data ? pick(result.data) : null;
    if (answer) ({ outcome, message } = answer);
    else if (result.error?.graphQLErrors[0]?.extensions?.code !== 'BAD_USER_INPUT') {
      outcome = 'UNAVAILABLE';
      message = 'We could not do that just now because of a problem on our side. Please try again in a few minutes.';
    }
  }
  if (!json) return sendRedirect(event, `${page}?outcome=${outcome.toLowerCase()}`, 303);
  if (outcome === 'UNAVAILABLE') setResponseStatus(event, 503);
  return { outcome, message };
};

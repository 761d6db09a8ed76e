import { SubscribeToNewsletterMutation } from '@insights/api';

const RESULT_PAGES = { ok: 200, invalid: 400, limited: 429, unavailable: 503 } as const;
type Result = keyof typeof RESULT_PAGES;

interface FieldError {
  field: NewsletterField;
  message: string;
}

/** The CMS's per-field validation errors (extensions.error.details.errors), for fields the form has. */
const fieldErrorsOf = (extensions: Record<string, unknown> | undefined): FieldError[] => {
  const details = (extensions?.error as { details?: { errors?: unknown } } | undefined)?.details?.errors;
  if (!Array.isArray(details)) return [];
  const errors: FieldError[] = [];
  for (const detail of details as { path?: unknown; message?: unknown }[]) {
    const field = Array.isArray(detail.path) ? detail.path[0] : undefined;
    if (!isNewsletterField(field) || errors.some((error) => error.field === field)) continue;
    errors.push({ field, message: typeof detail.message === 'string' && detail.message ? detail.message : NEWSLETTER_FIELD_MESSAGES[field] });
  }
  return errors;
};

/** The first `length` UTF-16 units of `text`, less half a character (a lone surrogate cannot go in a cookie). */
const cut = (text: string, length: number) => text.slice(0, length).replace(/[\uD800-\uDBFF]$/, '');

/**
 * The signup form's target. Forwards to the CMS's subscribeToNewsletter with the visitor's
 * address (for the CMS's abuse limits). Answers JSON to our script (with the CMS's message per
 * wrong field), or redirects a plain form post to the result page with only codes: the result
 * and the wrong fields (`field=email&field=consent`), which the page turns into fixed text. The
 * address itself never goes into the URL; after an error, what was typed goes back to the form
 * in a short-lived cookie. A filled-in honeypot gets the usual answer and is dropped. Over the
 * CMS's limits, the CMS's wait passes on (Retry-After, and `wait` for the result page).
 */
export default defineEventHandler(async (event) => {
  limitBody(event);
  const json = wantsJson(event);
  const fields = await readFields(event);
  const consent = [true, 'true', 'yes', 'on'].includes(fields.consent as string | boolean);
  const email = fieldText(fields.email);
  const firstName = fieldText(fields.firstName).trim();
  const typed: NewsletterFormValues = { email: cut(email, 254), firstName: cut(firstName, 100), consent };

  const respond = (result: Result, message: string, errors: FieldError[] = [], retryAfterSeconds?: number) => {
    if (retryAfterSeconds) setResponseHeader(event, 'retry-after', retryAfterSeconds);
    if (!json) {
      // Not ok: the result page gives back what was typed (see NEWSLETTER_FORM_COOKIE).
      if (result !== 'ok') {
        const secure = siteUrl(event).startsWith('https:');
        setCookie(event, NEWSLETTER_FORM_COOKIE, JSON.stringify(typed), { path: '/newsletter', httpOnly: true, sameSite: 'lax', secure, maxAge: 600 });
      }
      const query = new URLSearchParams({ result });
      for (const error of errors) query.append('field', error.field);
      if (retryAfterSeconds) query.set('wait', String(retryAfterSeconds));
      return sendRedirect(event, `/newsletter?${query.toString()}`, 303);
    }
    setResponseStatus(event, RESULT_PAGES[result]);
    return { ok: result === 'ok', message, ...(errors.length > 0 ? { errors } : {}), ...(retryAfterSeconds ? { retryAfterSeconds } : {}) };
  };

  if (fieldText(fields.website)) return respond('ok', NEWSLETTER_OK_MESSAGE);

  const result = await cmsClient()
    .mutation(
      SubscribeToNewsletterMutation,
      {
        input: {
          email,
          firstName: firstName || null,
          source: fieldText(fields.source).slice(0, 300) || null,
          consent,
          // The wording the form showed, to be recorded as what the person agreed to.
          consentText: fieldText(fields.consentText).slice(0, 500) || null,
        },
      },
      { fetchOptions: { headers: forwardedFor(event) } },
    )
    .toPromise();

  if (result.data?.subscribeToNewsletter) return respond('ok', NEWSLETTER_OK_MESSAGE);
  const error = result.error?.graphQLErrors[0];
  if (error?.extensions?.code === 'BAD_USER_INPUT') return respond('invalid', error.message, fieldErrorsOf(error.extensions));
  if (error?.extensions?.code === 'RATE_LIMITED') {
    const wait = Number(error.extensions.retryAfterSeconds);
    const seconds = Number.isInteger(wait) && wait > 0 ? wait : undefined;
    return respond('limited', newsletterLimitedMessage(seconds), [], seconds);
  }
  if (result.error) console.error('[newsletter] subscribe failed:', result.error.message);
  return respond('unavailable', 'We could not sign you up just now because of a problem on our side. Please try again in a few minutes.');
});

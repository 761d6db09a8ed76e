/**
 * The signup form's fields that can be wrong, and what to tell the person for each. The site's
 * server reduces the CMS's validation errors to these codes; the result page of a plain form
 * post (/newsletter?result=invalid&field=email&field=consent) shows only this fixed text, never
 * text from the address, so a crafted link cannot put words in the site's mouth.
 */
export const NEWSLETTER_FIELDS = ['email', 'firstName', 'consent'] as const;
export type NewsletterField = (typeof NEWSLETTER_FIELDS)[number];
export type NewsletterFieldErrors = Partial<Record<NewsletterField, string>>;

export const NEWSLETTER_FIELD_MESSAGES: Record<NewsletterField, string> = {
  email: 'Enter a valid email address, like name@example.org.',
  firstName: 'Check your first name: at most 100 characters, and no web or email addresses.',
  consent: 'Tick the box to agree to receive the newsletter: we can only send it with your consent.',
};

/**
 * What a signup that was taken says, with JavaScript or without: the same words whatever the
 * CMS did with it, and for a bot's filled-in honeypot too, so no answer tells them apart.
 */
export const NEWSLETTER_OK_MESSAGE =
  'Thank you. Check your inbox: we have sent you an email with a link to confirm your subscription. The link works for 48 hours; if nothing arrives within a few minutes, look in your spam folder.';

/** Over the CMS's limits: too many requests from this visitor, or for this address (someone else may have sent them). */
export const newsletterLimitedMessage = (waitSeconds?: number) =>
  `We have had a lot of sign-up requests from you or for this address in the last hour. Please try again ${
    waitSeconds && waitSeconds > 0 ? `in about ${Math.max(1, Math.ceil(waitSeconds / 60))} minute${Math.ceil(waitSeconds / 60) > 1 ? 's' : ''}` : 'later'
  }; if you have already signed up, the email we sent is in your inbox (or spam folder).`;

export const isNewsletterField = (value: unknown): value is NewsletterField => NEWSLETTER_FIELDS.includes(value as NewsletterField);

/** The known field codes in a query value (one or several `field=`), in form order, each once. */
export const newsletterFieldsIn = (value: unknown): NewsletterField[] => {
  const codes = (Array.isArray(value) ? value : [value]).filter(isNewsletterField);
  return NEWSLETTER_FIELDS.filter((field) => codes.includes(field));
};

/** The fixed message for each field code in a query value. */
export const newsletterFieldErrors = (value: unknown): NewsletterFieldErrors =>
  Object.fromEntries(newsletterFieldsIn(value).map((field) => [field, NEWSLETTER_FIELD_MESSAGES[field]]));

/**
 * What a person typed into the form, carried across a plain form post's redirect so a result
 * page with errors gives it back instead of an empty form. It travels in a short-lived cookie
 * of this name, scoped to /newsletter, never in the URL.
 */
export const NEWSLETTER_FORM_COOKIE = 'newsletter-form';
export interface NewsletterFormValues {
  email: string;
  firstName: string;
  consent: boolean;
}

/** Form values from untrusted input (the cookie), or null: strings cut to the fields' limits. */
export const newsletterFormValues = (value: unknown): NewsletterFormValues | null => {
  if (!value || typeof value !== 'object') return null;
  const { email, firstName, consent } = value as Record<string, unknown>;
  if (typeof email !== 'string' || typeof firstName !== 'string' || typeof consent !== 'boolean') return null;
  return { email: email.slice(0, 254), firstName: firstName.slice(0, 100), consent };
};

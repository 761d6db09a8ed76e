import { fieldError, writeData, type DocumentMiddleware } from '../../lib/document-middleware';

const blank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/**
 * Addresses are stored trimmed and lower-cased, so one person is one row. A signup is the
 * record of someone's consent: it is created with the wording they agreed to and when (the
 * sign-up form does this), never as a bare address typed into the dashboard.
 */
export const newsletterSignupRules: DocumentMiddleware = async (ctx, next) => {
  if (ctx.uid !== 'api::newsletter-signup.newsletter-signup') return next();
  const data = writeData(ctx);
  if (data && typeof data.email === 'string') data.email = data.email.trim().toLowerCase();
  if (ctx.action === 'create') {
    const message =
      'A signup records a reader’s own consent, so it cannot be added by hand: readers sign up with the form on the site. To bring in a list from elsewhere, each entry needs the consent wording the reader agreed to and when.';
    if (blank(data?.consentText)) throw fieldError('consentText', message);
    if (blank(data?.consentedAt)) throw fieldError('consentedAt', message);
  }
  return next();
};

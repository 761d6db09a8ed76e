import { writeData, type DocumentMiddleware } from '../../lib/document-middleware';

/** Addresses are stored trimmed and lower-cased, so one person is one row. */
export const newsletterSignupRules: DocumentMiddleware = async (ctx, next) => {
  if (ctx.uid !== 'api::newsletter-signup.newsletter-signup') return next();
  const data = writeData(ctx);
  if (data && typeof data.email === 'string') data.email = data.email.trim().toLowerCase();
  return next();
};

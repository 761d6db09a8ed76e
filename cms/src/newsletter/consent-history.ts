import type { Core } from '@strapi/strapi';
import type { DocumentMiddleware } from '../lib/document-middleware';

/**
 * The consent wordings the site has shown. A signup records the wording its form showed, and a
 * visitor may have loaded the form before an editor changed the wording in site settings, so the
 * replaced wordings are kept for CONSENT_HISTORY_DAYS (in Strapi's core store) and still accepted
 * from such a form. A wording the site never showed is refused: the record of consent must be
 * what the person agreed to, not whatever a request claims.
 */
export const CONSENT_HISTORY_DAYS = 7;
const GLOBAL = 'api::global.global';

interface Replaced {
  text: string;
  replacedAt: string;
}

const history = (strapi: Core.Strapi) => strapi.store({ type: 'core', name: 'newsletter-consent', key: 'replaced' });

/** Equal as a reader sees them: the same words, whatever the spacing. */
export const sameWording = (a: string, b: string): boolean => {
  const plain = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();
  return plain(a) === plain(b);
};

/** Wordings replaced in the last CONSENT_HISTORY_DAYS, newest last. */
export const replacedWordings = async (strapi: Core.Strapi, now = new Date()): Promise<Replaced[]> => {
  const kept = ((await history(strapi).get({})) as Replaced[] | null) ?? [];
  return kept.filter((entry) => now.getTime() - Date.parse(entry.replacedAt) <= CONSENT_HISTORY_DAYS * 24 * 3600 * 1000);
};

const currentWording = async (strapi: Core.Strapi): Promise<string | null> => {
  const global = (await strapi.db.query(GLOBAL).findOne({ select: ['newsletterConsentText'] })) as { newsletterConsentText?: string | null } | null;
  return global?.newsletterConsentText?.trim() || null;
};

/** Document Service middleware: a change of the consent wording in site settings keeps the old one. */
export const consentHistoryRules =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    if (ctx.uid !== GLOBAL || ctx.action !== 'update') return next();
    const before = await currentWording(strapi);
    const result = await next();
    const after = await currentWording(strapi);
    if (before && after && !sameWording(before, after)) {
      const now = new Date();
      const kept = (await replacedWordings(strapi, now)).filter((entry) => !sameWording(entry.text, before));
      await history(strapi).set({ value: [...kept, { text: before, replacedAt: now.toISOString() }] });
    }
    return result;
  };

import type { Core, Modules } from '@strapi/strapi';
import { registerExportRoute } from './export';
import { newsletterGraphQL } from './graphql';
import { DEFAULT_CONSENT_TEXT, optIn } from './opt-in';

/**
 * The newsletter: double opt-in over the public GraphQL API (./graphql.ts, ./opt-in.ts), its
 * emails through Strapi's email plugin (./mailer.ts), and the subscribers' CSV export for
 * editors (./export.ts). Signups themselves stay private (see src/graphql/extension.ts).
 */
export const registerNewsletter = (strapi: Core.Strapi): void => {
  strapi.plugin('graphql').service('extension').use(newsletterGraphQL);
  registerExportRoute(strapi);
  if (process.env.NODE_ENV === 'production' && !process.env.SMTP_HOST) {
    strapi.log.warn('SMTP_HOST is not set: newsletter emails are written to .tmp/mail instead of being sent. Set the SMTP_* variables.');
  }
};

/**
 * The consent text is required (the site shows it, each signup stores it): site settings saved
 * before it existed get the default, once. Idempotent; an editor's text is never changed.
 */
export const bootstrapNewsletter = async (strapi: Core.Strapi): Promise<void> => {
  const settings = strapi.db.query('api::global.global');
  const global = (await settings.findOne({ select: ['id', 'newsletterConsentText'] })) as { id: number; newsletterConsentText: string | null } | null;
  if (global && !global.newsletterConsentText?.trim()) {
    await settings.update({ where: { id: global.id }, data: { newsletterConsentText: DEFAULT_CONSENT_TEXT } });
  }
};

export const EMAIL_RETRY_TASK = 'newsletter-email-retries';

/** Every minute: the newsletter emails that could not be sent and are due again (see ./opt-in.ts). */
export const newsletterEmailTasks = (): Modules.Cron.CronTasks => ({
  [EMAIL_RETRY_TASK]: {
    options: '30 * * * * *',
    task: async ({ strapi }) => {
      await optIn(strapi).retryEmails(new Date());
    },
  },
});

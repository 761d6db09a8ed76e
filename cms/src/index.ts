import type { Core } from '@strapi/strapi';
import { articleRules } from './api/article/rules';
import { backfillLocalTimes, eventPublishChecks, eventRules } from './api/event/rules';
import { newsletterSignupRules } from './api/newsletter-signup/rules';
import { consentHistoryRules } from './newsletter/consent-history';
import { teamMemberPublishChecks } from './api/team-member/rules';
import { syncAdminRoles } from './bootstrap/admin-roles';
import { configureContentManager } from './bootstrap/content-manager';
import { ensureDemoAdmin } from './bootstrap/demo-admin';
import { closeRegistration, syncPublicPermissions } from './bootstrap/permissions';
import { syncPreviewToken } from './bootstrap/preview-token';
import { syncPurgeWebhook } from './bootstrap/webhooks';
import { registerGraphQLExtension } from './graphql/extension';
import { publishedOnlyForPublic } from './lib/published-only';
import { redirectRules } from './lib/redirects';
import { slugRules } from './lib/slugs';
import { bootstrapNewsletter, registerNewsletter } from './newsletter';
import { clearScheduleOnPublish } from './scheduling';
import { isEmpty, seed } from './seed';

const seedOnEmpty = () => (process.env.SEED_DEMO_CONTENT ?? (process.env.NODE_ENV === 'production' ? 'false' : 'true')) === 'true';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    strapi.documents.use(publishedOnlyForPublic(strapi));
    strapi.documents.use(slugRules(strapi));
    strapi.documents.use(redirectRules(strapi));
    strapi.documents.use(articleRules(strapi));
    strapi.documents.use(eventRules(strapi));
    strapi.documents.use(eventPublishChecks(strapi));
    strapi.documents.use(teamMemberPublishChecks(strapi));
    strapi.documents.use(newsletterSignupRules);
    strapi.documents.use(consentHistoryRules(strapi));
    strapi.documents.use(clearScheduleOnPublish(strapi));
    registerGraphQLExtension(strapi);
    registerNewsletter(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await syncPublicPermissions(strapi);
    await closeRegistration(strapi);
    await syncAdminRoles(strapi);
    await syncPreviewToken(strapi);
    await configureContentManager(strapi);
    await backfillLocalTimes(strapi);
    if (seedOnEmpty() && (await isEmpty(strapi))) {
      strapi.log.info('Empty database: seeding demo content…');
      const report = await seed(strapi);
      strapi.log.info(`Demo content seeded: ${JSON.stringify(report.created)}`);
    }
    await ensureDemoAdmin(strapi);
    await bootstrapNewsletter(strapi);
    // After seeding, so demo content does not send the site a purge request per document.
    await syncPurgeWebhook(strapi);
  },
};

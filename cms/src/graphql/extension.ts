import type { Core } from '@strapi/strapi';
import { batchedRelationResolvers, batchRelationsEnabled } from './batching';
import { observeResolversConfig } from './plain-fields';
import { rememberQueryChecks } from './query-checks-memo';
import { readNextExtension } from './read-next';
import { selectFieldsExtension } from './select-fields';

/** Content the public API serves read-only: its mutations are removed from the schema. */
const READ_ONLY_TYPES = [
  'api::article.article',
  'api::team-member.team-member',
  'api::event.event',
  'api::topic.topic',
  'api::global.global',
] as const;

/** Plugin types whose generated queries only the admin could use: kept out of the public contract. */
const INTERNAL_TYPES = [
  'plugin::users-permissions.user',
  'plugin::users-permissions.role',
  'plugin::review-workflows.workflow',
  'plugin::review-workflows.workflow-stage',
  'plugin::i18n.locale',
  'plugin::upload.file',
] as const;

/**
 * Shapes the generated GraphQL schema. Newsletter signups have no generated queries or
 * mutations at all (their own operations come with the opt-in flow); content types are
 * queries only, so the public contract cannot write; plugin internals (users, roles, review
 * workflows, locales, the media library listing) have no queries. Articles get `readNext`.
 */
export const registerGraphQLExtension = (strapi: Core.Strapi): void => {
  const extension = strapi.plugin('graphql').service('extension');
  observeResolversConfig(strapi);
  // A connection's arguments are validated and sanitised once per request, not again for pageInfo.
  rememberQueryChecks(strapi);
  extension.shadowCRUD('api::newsletter-signup.newsletter-signup').disable();
  for (const uid of READ_ONLY_TYPES) extension.shadowCRUD(uid).disableMutations();
  for (const uid of INTERNAL_TYPES) {
    extension.shadowCRUD(uid).disableQueries();
    extension.shadowCRUD(uid).disableMutations();
  }
  extension.use(readNextExtension);
  // Root queries read only the columns they select.
  extension.use(selectFieldsExtension);
  // Relations, media and components load in batches per request (see ./batching).
  if (batchRelationsEnabled()) extension.use(batchedRelationResolvers);
};

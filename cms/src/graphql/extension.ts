import type { Core } from '@strapi/strapi';

/** Content the public API serves read-only: its mutations are removed from the schema. */
const READ_ONLY_TYPES = [
  'api::article.article',
  'api::team-member.team-member',
  'api::event.event',
  'api::topic.topic',
  'api::global.global',
] as const;

/**
 * Shapes the generated GraphQL schema. Newsletter signups have no generated queries or
 * mutations at all (their own operations come with the opt-in flow); content types are
 * queries only, so the public contract cannot write.
 */
export const registerGraphQLExtension = (strapi: Core.Strapi): void => {
  const extension = strapi.plugin('graphql').service('extension');
  extension.shadowCRUD('api::newsletter-signup.newsletter-signup').disable();
  for (const uid of READ_ONLY_TYPES) extension.shadowCRUD(uid).disableMutations();
};

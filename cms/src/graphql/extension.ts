import type { Core } from '@strapi/strapi';
import { batchedRelationResolvers, batchRelationsEnabled } from './batching';
import { describeBuiltSchema } from './descriptions';
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
  'api::page.page',
  'api::redirect.redirect',
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
 * Root fields the users-permissions and upload plugins add in their own extensions, beside the
 * generated ones shadowCRUD controls: sign-in, sign-up, password reset, account and role
 * management, media edits. The site has no visitor accounts (REST login answers 403), so the
 * public contract must not offer them: `login` would hand any member a JWT.
 */
const PLUGIN_OPERATIONS: Record<string, ReadonlySet<string>> = {
  Query: new Set(['me']),
  Mutation: new Set([
    'login',
    'register',
    'forgotPassword',
    'resetPassword',
    'emailConfirmation',
    'changePassword',
    'createUsersPermissionsUser',
    'updateUsersPermissionsUser',
    'deleteUsersPermissionsUser',
    'createUsersPermissionsRole',
    'updateUsersPermissionsRole',
    'deleteUsersPermissionsRole',
    'updateUploadFile',
    'deleteUploadFile',
  ]),
};

type Definition = (t: object) => void;
interface NexusExtendType {
  name: string;
  value: { type: string; definition: Definition };
  constructor: new (name: string, config: NexusExtendType['value']) => NexusExtendType;
}
interface FieldBuilder {
  addField(field: { name: string }): void;
}

const isExtendType = (type: unknown): type is NexusExtendType =>
  typeof type === 'object' && type !== null && typeof (type as NexusExtendType).value?.type === 'string' && typeof (type as NexusExtendType).value.definition === 'function';

/** Nexus's definition block `t`, except that the fields named in `names` are not added. */
const skippingFields = (t: object, names: ReadonlySet<string>): object => {
  const { typeBuilder } = t as { typeBuilder: FieldBuilder };
  const builder: FieldBuilder = {
    ...typeBuilder,
    addField: (field) => {
      if (!names.has(field.name)) typeBuilder.addField(field);
    },
  };
  return new Proxy(t, { get: (target, key, receiver) => (key === 'typeBuilder' ? builder : Reflect.get(target, key, receiver)) });
};

/** The same Nexus types, with the plugin operations left out of every `extendType` of Query or Mutation. */
const withoutPluginOperations = (types: unknown): unknown => {
  if (Array.isArray(types)) return types.map(withoutPluginOperations);
  if (!isExtendType(types)) return types;
  const names = PLUGIN_OPERATIONS[types.value.type];
  if (!names) return types;
  const { definition } = types.value;
  return new types.constructor(types.name, { ...types.value, definition: (t) => definition(skippingFields(t, names)) });
};

/**
 * Takes PLUGIN_OPERATIONS out of the schema. The plugins define them with Nexus `extendType`s
 * in extensions registered before ours, and the extension service can disable generated
 * operations only (shadowCRUD), so the types its `generate` returns are filtered: the fields are
 * never defined, and Strapi's pruning drops the inputs and payloads only they used. Removed
 * rather than denied: the contract does not advertise what nobody may call.
 */
const removePluginOperations = (strapi: Core.Strapi): void => {
  const extension = strapi.plugin('graphql').service('extension') as { generate: (options: unknown) => { types: unknown[] } };
  const generate = extension.generate.bind(extension);
  extension.generate = (options) => {
    const result = generate(options);
    return { ...result, types: result.types.map(withoutPluginOperations) };
  };
};

/**
 * Shapes the generated GraphQL schema. Newsletter signups have no generated queries or
 * mutations at all (their own operations come with the opt-in flow); content types are
 * queries only, so the public contract cannot write; plugin internals (users, roles, review
 * workflows, locales, the media library listing) have no queries, and neither the accounts
 * nor the media operations those plugins add themselves are offered. Articles get `readNext`.
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
  removePluginOperations(strapi);
  // Every type and field of the contract documented (./descriptions.ts).
  describeBuiltSchema(strapi);
  // A file's `related` (the documents using it) has no resolver that works in the public API:
  // every read failed with a server error. Out of the contract.
  extension.shadowCRUD('plugin::upload.file').field('related').disableOutput();
  extension.use(readNextExtension);
  // Root queries read only the columns they select.
  extension.use(selectFieldsExtension);
  // Relations, media and components load in batches per request (see ./batching).
  if (batchRelationsEnabled()) extension.use(batchedRelationResolvers);
};

import type { Core, Schema } from '@strapi/strapi';
import { contentTypes } from '@strapi/utils';
import { createResolverBuilders } from './resolvers';
import { loadRowMapper } from './row-mapper';

/**
 * Batched relation loading for the GraphQL API: every relation, media and component field of
 * the generated schema gets a resolver that reads the field for all the parent rows of a
 * request in one SQL statement, instead of two statements per parent row. A page of 12 or 50
 * articles with cover, authors and topics costs the same few statements as a page of one.
 *
 * On by default; GRAPHQL_BATCH_RELATIONS=false (read at start) keeps Strapi's own resolvers.
 */
export const batchRelationsEnabled = (): boolean => (process.env.GRAPHQL_BATCH_RELATIONS ?? 'true').toLowerCase() !== 'false';

type Resolver = (...args: never[]) => unknown;

interface ExtensionService {
  shadowCRUD(uid: string): {
    isEnabled(): boolean;
    isDisabled(): boolean;
    field(name: string): { hasOutputEnabled(): boolean };
  };
}

interface NamingService {
  getTypeName(model: Schema.ContentType): string;
  getComponentName(model: Schema.Component): string;
}

type AnyAttribute = Schema.Attribute.AnyAttribute & { target?: string; relation?: string; multiple?: boolean };

const built = new WeakMap<Core.Strapi, Record<string, Record<string, Resolver>>>();

/**
 * The resolver map, `{ Article: { authors, authors_connection, cover, seo, … }, ComponentSharedSeo:
 * { shareImage } }`, covering exactly the fields plugin-graphql's type builder gives an association
 * or component resolver (same visibility rules), so it replaces those and nothing else.
 */
const buildResolvers = (strapi: Core.Strapi): Record<string, Record<string, Resolver>> => {
  const cached = built.get(strapi);
  if (cached) return cached;

  const resolvers: Record<string, Record<string, Resolver>> = {};
  const mapRow = loadRowMapper();
  if (!mapRow) {
    strapi.log.warn('GraphQL relation batching is off: this Strapi version does not have the row mapper it uses. Relations load one row at a time.');
    built.set(strapi, resolvers);
    return resolvers;
  }

  const service = strapi.plugin('graphql').service as (name: string) => unknown;
  const extension = service('extension') as ExtensionService;
  const { naming } = service('utils') as { naming: NamingService };
  const { associationResolver, componentResolver } = createResolverBuilders(strapi, mapRow);
  const fileEnabled = extension.shadowCRUD('plugin::upload.file').isEnabled();

  const models = [...Object.values(strapi.components), ...Object.values(strapi.contentTypes)] as (Schema.ContentType | Schema.Component)[];
  for (const model of models) {
    if (model.uid.startsWith('admin::') || extension.shadowCRUD(model.uid).isDisabled()) continue;
    const typeName = model.modelType === 'component' ? naming.getComponentName(model) : naming.getTypeName(model as Schema.ContentType);
    const fields: Record<string, Resolver> = {};

    for (const [name, attribute] of Object.entries(model.attributes) as [string, AnyAttribute][]) {
      if (contentTypes.isPrivateAttribute(model as never, name) || !extension.shadowCRUD(model.uid).field(name).hasOutputEnabled()) continue;

      if (attribute.type === 'component') {
        fields[name] = componentResolver(model.uid, name);
        continue;
      }
      const isMedia = attribute.type === 'media';
      // Polymorphic relations keep the stock resolver (their type is a union, not a list of one type).
      const isRelation = attribute.type === 'relation' && !attribute.relation?.includes('morph') && attribute.target !== undefined;
      if (isMedia && !fileEnabled) continue;
      if (!isMedia && (!isRelation || extension.shadowCRUD(attribute.target as string).isDisabled())) continue;

      const resolve = associationResolver(model.uid, name);
      const toMany = isMedia ? Boolean(attribute.multiple) : Boolean(attribute.relation?.endsWith('Many'));
      if (toMany) {
        fields[`${name}_connection`] = resolve;
        fields[name] = async (...args: Parameters<typeof resolve>) => ((await resolve(...args)) as { nodes?: unknown }).nodes ?? [];
      } else {
        fields[name] = async (...args: Parameters<typeof resolve>) => ((await resolve(...args)) as { value: unknown }).value;
      }
    }
    if (Object.keys(fields).length > 0) resolvers[typeName] = fields;
  }

  built.set(strapi, resolvers);
  return resolvers;
};

/** A GraphQL extension (`extension.use(…)`): evaluated when the schema is built, after every content type is known. */
export const batchedRelationResolvers = ({ strapi }: { strapi: Core.Strapi }) => ({ resolvers: buildResolvers(strapi) });

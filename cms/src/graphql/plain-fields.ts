import type { ApolloServerPlugin } from '@apollo/server';
import type { Core } from '@strapi/strapi';
import { GraphQLObjectType, getNamedType, isLeafType } from 'graphql';

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);
let configuredPaths: Set<string> | undefined;

/**
 * Remembers which fields have a resolver configuration (auth, policies, middlewares): Strapi's
 * GraphQL extension service merges them while building the schema and keeps no copy, so its
 * `generate` is observed here. Call in register(), before the schema is built.
 */
export const observeResolversConfig = (strapi: Core.Strapi): void => {
  const extension = strapi.plugin('graphql').service('extension') as { generate: (options: unknown) => { resolversConfig?: Record<string, unknown> } };
  const generate = extension.generate.bind(extension);
  extension.generate = (options) => {
    const result = generate(options);
    configuredPaths = new Set(Object.keys(result.resolversConfig ?? {}));
    return result;
  };
};

/**
 * Strapi wraps every field of the schema in its auth-policies-middlewares resolver, also plain
 * data fields such as `Article.title`, which have none: for every object in a response and every
 * such field, it awaits an authorisation step that checks nothing and builds a policy context
 * for no policy. On a page of 12 articles that is hundreds of needless calls, most of GraphQL's
 * overhead over REST. For leaf fields without arguments, outside Query/Mutation, with no
 * resolver configuration, this restores GraphQL's default resolver (read the property), which
 * is what Strapi's wrapper ends up calling for them. Anything configured keeps its wrapper.
 */
export const plainFieldsPlugin = (): ApolloServerPlugin => ({
  async serverWillStart({ schema }) {
    if (!configuredPaths) return; // the configuration was not observed: keep every wrapper
    for (const type of Object.values(schema.getTypeMap())) {
      if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__') || ROOT_TYPES.has(type.name)) continue;
      for (const field of Object.values(type.getFields())) {
        if (field.args.length > 0 || !isLeafType(getNamedType(field.type)) || configuredPaths.has(`${type.name}.${field.name}`)) continue;
        field.resolve = undefined;
      }
    }
  },
});

import type { ApolloServerPlugin } from '@apollo/server';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { GraphQLObjectType, getNamedType, isLeafType, type GraphQLFieldResolver } from 'graphql';

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);
type Resolver = GraphQLFieldResolver<unknown, object>;
type AuthConfig = false | { scope?: string[] } | undefined;

interface Observed {
  strapi: Core.Strapi;
  /** Resolver configuration (auth, policies, middlewares) by `Type.field`. */
  configs: Map<string, Record<string, unknown>>;
  /** Resolvers the extensions gave, by `Type.field`: what Strapi's wrapper ends up calling for them. */
  resolvers: Map<string, Resolver>;
}
let observed: Observed | undefined;

/**
 * Remembers the resolver configurations and the extensions' resolvers: Strapi's GraphQL
 * extension service merges them while building the schema and keeps no copy, so its
 * `generate` is observed here. Call in register(), before the schema is built.
 */
export const observeResolversConfig = (strapi: Core.Strapi): void => {
  type Generated = { resolversConfig?: Record<string, Record<string, unknown>>; resolvers?: Record<string, Record<string, unknown>> };
  const extension = strapi.plugin('graphql').service('extension') as { generate: (options: unknown) => Generated };
  const generate = extension.generate.bind(extension);
  extension.generate = (options) => {
    const result = generate(options);
    const resolvers = new Map<string, Resolver>();
    for (const [typeName, fields] of Object.entries(result.resolvers ?? {})) {
      for (const [fieldName, resolver] of Object.entries(fields ?? {})) {
        if (typeof resolver === 'function') resolvers.set(`${typeName}.${fieldName}`, resolver as Resolver);
      }
    }
    observed = { strapi, configs: new Map(Object.entries(result.resolversConfig ?? {})), resolvers };
    return result;
  };
};

/**
 * `strapi.auth.verify` once per request and scope, as Strapi's wrapper would call it for every
 * row: the answer depends only on the request's credentials, which do not change during it.
 */
const verifiedOnce = (strapi: Core.Strapi, auth: Exclude<AuthConfig, false>) => {
  const key = JSON.stringify(auth ?? null);
  const byRequest = new WeakMap<object, Map<string, Promise<boolean>>>();
  return (context: { state?: { auth?: unknown } }): Promise<boolean> => {
    let verified = byRequest.get(context);
    if (!verified) byRequest.set(context, (verified = new Map()));
    let result = verified.get(key);
    if (!result) {
      result = (strapi.auth.verify(context.state?.auth as never, auth as never) as Promise<unknown>).then(
        () => true,
        () => false,
      );
      verified.set(key, result);
    }
    return result;
  };
};

/**
 * Strapi wraps every field of the schema in its auth-policies-middlewares resolver, also plain
 * data fields such as `Article.title`, which have none: for every object in a response and every
 * such field, it awaits an authorisation step that checks nothing and builds a policy context
 * for no policy; for every relation of every row it checks the same permission again. On a page
 * of 12 articles that is hundreds of needless calls, most of GraphQL's overhead over REST.
 *
 * Outside Query/Mutation this calls directly what the wrapper ends up calling, with the same
 * checks, where the configuration needs no more than these:
 * - no configuration (or `auth: false`): GraphQL's default resolver (read the property) for leaf
 *   fields without arguments, the extensions' own resolvers (the batched relations of
 *   ./batching, ./read-next) for the fields they resolve;
 * - an `auth` scope only (what plugin-graphql gives every relation field: the target's `find`
 *   permission): the extension's resolver after the same `strapi.auth.verify`, run once per
 *   request rather than once per row, refusing with the same ForbiddenError.
 * Fields with policies or middlewares, and fields no extension resolves, keep their wrapper.
 */
export const plainFieldsPlugin = (): ApolloServerPlugin => ({
  async serverWillStart({ schema }) {
    if (!observed) return; // the configuration was not observed: keep every wrapper
    const { strapi, configs, resolvers } = observed;
    for (const type of Object.values(schema.getTypeMap())) {
      if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__') || ROOT_TYPES.has(type.name)) continue;
      for (const field of Object.values(type.getFields())) {
        const path = `${type.name}.${field.name}`;
        const config = configs.get(path) ?? {};
        if (Object.keys(config).some((key) => key !== 'auth')) continue;
        const auth = config.auth as AuthConfig;
        const own = resolvers.get(path);

        if (auth === undefined || auth === false) {
          if (own) field.resolve = own;
          else if (field.args.length === 0 && isLeafType(getNamedType(field.type))) field.resolve = undefined;
        } else if (own) {
          const verify = verifiedOnce(strapi, auth);
          field.resolve = async (parent, args, context, info) => {
            if (!(await verify(context))) throw new errors.ForbiddenError();
            return own(parent, args, context, info);
          };
        }
      }
    }
  },
});

import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type ValueNode } from 'graphql';
import { canReadDrafts, DRAFTS_FORBIDDEN_MESSAGE, type AuthState } from '../lib/access';

interface StrapiGraphQLContext {
  state?: { auth?: AuthState };
}

interface StatusArguments {
  /** The values given to `status` arguments. */
  values: ValueNode[];
  /** Variables whose default value is DRAFT (used when the request does not set them). */
  draftDefaults: Set<string>;
}

const asksForDrafts = (value: ValueNode, variables: Record<string, unknown>, draftDefaults: Set<string>): boolean => {
  if (value.kind === Kind.ENUM) return value.value === 'DRAFT';
  if (value.kind === Kind.VARIABLE) {
    const name = value.name.value;
    return variables[name] === undefined ? draftDefaults.has(name) : variables[name] === 'DRAFT';
  }
  return false;
};

/** Found once per parsed document (Apollo reuses them for the same query text). */
const byDocument = new WeakMap<object, StatusArguments>();
const statusArguments = (document: object & Parameters<typeof visit>[0]): StatusArguments => {
  let found = byDocument.get(document);
  if (!found) {
    const values: ValueNode[] = [];
    const draftDefaults = new Set<string>();
    visit(document, {
      Argument(node) {
        if (node.name.value === 'status') values.push(node.value);
      },
      VariableDefinition(node) {
        if (node.defaultValue?.kind === Kind.ENUM && node.defaultValue.value === 'DRAFT') draftDefaults.add(node.variable.name.value);
      },
    });
    byDocument.set(document, (found = { values, draftDefaults }));
  }
  return found;
};

/**
 * Refuses `status: DRAFT` anywhere in an operation (root queries and relation fields) unless
 * the request may read drafts. The Document Service middleware guards root queries too; this
 * also covers relation resolvers, which read through the query engine.
 */
export const draftGuardPlugin = (): ApolloServerPlugin<StrapiGraphQLContext> => ({
  async requestDidStart() {
    return {
      async didResolveOperation({ document, request, contextValue }) {
        if (canReadDrafts(contextValue.state?.auth)) return;
        const variables = request.variables ?? {};
        const { values, draftDefaults } = statusArguments(document);
        if (values.some((value) => asksForDrafts(value, variables, draftDefaults))) {
          throw new GraphQLError(DRAFTS_FORBIDDEN_MESSAGE, {
            extensions: { code: 'FORBIDDEN', http: { status: 403 } },
          });
        }
      },
    };
  },
});

import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type ValueNode } from 'graphql';
import { canReadDrafts, DRAFTS_FORBIDDEN_MESSAGE, type AuthState } from '../lib/access';
import { PUBLICATION_FILTER_FORBIDDEN_MESSAGE } from '../lib/published-only';

interface StrapiGraphQLContext {
  state?: { auth?: AuthState };
}

interface StatusArguments {
  /** The values given to `status` arguments. */
  values: ValueNode[];
  /** Variables whose default value is DRAFT (used when the request does not set them). */
  draftDefaults: Set<string>;
  /** `publicationFilter` and `hasPublishedVersion` arguments (null ones ask for nothing). */
  comparisons: ValueNode[];
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
    const comparisons: ValueNode[] = [];
    const draftDefaults = new Set<string>();
    visit(document, {
      Argument(node) {
        if (node.name.value === 'status') values.push(node.value);
        if (node.name.value === 'publicationFilter' || node.name.value === 'hasPublishedVersion') comparisons.push(node.value);
      },
      VariableDefinition(node) {
        if (node.defaultValue?.kind === Kind.ENUM && node.defaultValue.value === 'DRAFT') draftDefaults.add(node.variable.name.value);
      },
    });
    byDocument.set(document, (found = { values, draftDefaults, comparisons }));
  }
  return found;
};

const givenValue = (value: ValueNode, variables: Record<string, unknown>): boolean =>
  value.kind === Kind.NULL ? false : value.kind === Kind.VARIABLE ? variables[value.name.value] != null : true;

/**
 * Refuses `status: DRAFT` anywhere in an operation (root queries and relation fields), and
 * `publicationFilter` or `hasPublishedVersion` (which compare published documents with their
 * drafts), unless the request may read drafts: 403 before anything runs, on every type alike
 * (a type without drafts used to ignore them). The Document Service middleware guards root
 * queries too; this also covers relation resolvers, which read through the query engine.
 */
export const draftGuardPlugin = (): ApolloServerPlugin<StrapiGraphQLContext> => ({
  async requestDidStart() {
    return {
      async didResolveOperation({ document, request, contextValue }) {
        if (canReadDrafts(contextValue.state?.auth)) return;
        const variables = request.variables ?? {};
        const { values, draftDefaults, comparisons } = statusArguments(document);
        if (values.some((value) => asksForDrafts(value, variables, draftDefaults))) {
          throw new GraphQLError(DRAFTS_FORBIDDEN_MESSAGE, {
            extensions: { code: 'FORBIDDEN', http: { status: 403 } },
          });
        }
        if (comparisons.some((value) => givenValue(value, variables))) {
          throw new GraphQLError(PUBLICATION_FILTER_FORBIDDEN_MESSAGE, {
            extensions: { code: 'FORBIDDEN', http: { status: 403 } },
          });
        }
      },
    };
  },
});

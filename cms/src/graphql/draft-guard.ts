import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type ValueNode } from 'graphql';
import { canReadDrafts, DRAFTS_FORBIDDEN_MESSAGE, type AuthState } from '../lib/access';

interface StrapiGraphQLContext {
  state?: { auth?: AuthState };
}

const asksForDrafts = (value: ValueNode, variables: Record<string, unknown>): boolean => {
  if (value.kind === Kind.ENUM) return value.value === 'DRAFT';
  if (value.kind === Kind.VARIABLE) return variables[value.name.value] === 'DRAFT';
  return false;
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
        let found = false;
        visit(document, {
          Argument(node) {
            if (node.name.value === 'status' && asksForDrafts(node.value, variables)) found = true;
          },
        });
        if (found) {
          throw new GraphQLError(DRAFTS_FORBIDDEN_MESSAGE, {
            extensions: { code: 'FORBIDDEN', http: { status: 403 } },
          });
        }
      },
    };
  },
});

import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, valueFromASTUntyped, visit, type DocumentNode, type ValueNode } from 'graphql';
import { filtersProblem } from '../lib/filter-limits';

interface FiltersArguments {
  /** Every `filters` argument in the document: root queries, relation fields, fragments. */
  values: ValueNode[];
  /** Variables' default values, used when the request does not set them. */
  defaults: Record<string, unknown>;
}

/** Found once per parsed document (Apollo reuses them for the same query text). */
const byDocument = new WeakMap<DocumentNode, FiltersArguments>();
const filtersArguments = (document: DocumentNode): FiltersArguments => {
  let found = byDocument.get(document);
  if (!found) {
    const values: ValueNode[] = [];
    const defaults: Record<string, unknown> = {};
    visit(document, {
      Argument(node) {
        if (node.name.value === 'filters') values.push(node.value);
      },
      VariableDefinition(node) {
        if (node.defaultValue) defaults[node.variable.name.value] = valueFromASTUntyped(node.defaultValue);
      },
    });
    byDocument.set(document, (found = { values, defaults }));
  }
  return found;
};

/**
 * Refuses `filters` arguments beyond the limits of src/lib/filter-limits.ts (too many
 * conditions, nested too deep, too long a text, `between` without two values) with 400 and
 * BAD_USER_INPUT, before anything runs: on root queries and on relation fields alike, written
 * in the query or sent as variables.
 */
export const filterLimitsPlugin = (): ApolloServerPlugin => ({
  async requestDidStart() {
    return {
      async didResolveOperation({ document, request }) {
        const { values, defaults } = filtersArguments(document);
        if (values.length === 0) return;
        const variables = { ...defaults, ...request.variables };
        for (const node of values) {
          const problem = filtersProblem(valueFromASTUntyped(node, variables));
          if (!problem) continue;
          throw new GraphQLError(problem.message, {
            extensions: {
              code: 'BAD_USER_INPUT',
              // The shape Strapi gives its own validation errors.
              error: { name: 'ValidationError', message: problem.message, details: { errors: [{ ...problem, name: 'ValidationError' }] } },
              http: { status: 400 },
            },
          });
        }
      },
    };
  },
});

import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, valueFromASTUntyped, visit, type DocumentNode, type ValueNode } from 'graphql';
import { filtersProblem } from '../lib/filter-limits';
import { paginationProblem } from '../lib/pagination-limits';

interface FiltersArguments {
  /** Every `filters` argument in the document: root queries, relation fields, fragments. */
  values: ValueNode[];
  /** Every `pagination` argument, and `readNext`'s `limit`. */
  pages: { kind: 'pagination' | 'readNext'; node: ValueNode }[];
  /** Variables' default values, used when the request does not set them. */
  defaults: Record<string, unknown>;
}

/** Found once per parsed document (Apollo reuses them for the same query text). */
const byDocument = new WeakMap<DocumentNode, FiltersArguments>();
const filtersArguments = (document: DocumentNode): FiltersArguments => {
  let found = byDocument.get(document);
  if (!found) {
    const values: ValueNode[] = [];
    const pages: FiltersArguments['pages'] = [];
    const defaults: Record<string, unknown> = {};
    let field = '';
    visit(document, {
      Field(node) {
        field = node.name.value;
      },
      Argument(node) {
        if (node.name.value === 'filters') values.push(node.value);
        if (node.name.value === 'pagination') pages.push({ kind: 'pagination', node: node.value });
        if (node.name.value === 'limit' && field === 'readNext') pages.push({ kind: 'readNext', node: node.value });
      },
      VariableDefinition(node) {
        if (node.defaultValue) defaults[node.variable.name.value] = valueFromASTUntyped(node.defaultValue);
      },
    });
    byDocument.set(document, (found = { values, pages, defaults }));
  }
  return found;
};

const refusal = (problem: { path: string[]; message: string }) =>
  new GraphQLError(problem.message, {
    extensions: {
      code: 'BAD_USER_INPUT',
      // The shape Strapi gives its own validation errors.
      error: { name: 'ValidationError', message: problem.message, details: { errors: [{ ...problem, name: 'ValidationError' }] } },
      http: { status: 400 },
    },
  });

/**
 * Refuses `filters` arguments beyond the limits of src/lib/filter-limits.ts (too many
 * conditions, nested too deep, too long a text, `between` without two values, empty lists) and
 * `pagination` that asks for no page (src/lib/pagination-limits.ts; `readNext(limit)` below 0)
 * with 400 and BAD_USER_INPUT, before anything runs: on root queries and on relation fields
 * alike, written in the query or sent as variables.
 */
export const filterLimitsPlugin = (): ApolloServerPlugin => ({
  async requestDidStart() {
    return {
      async didResolveOperation({ document, request }) {
        const { values, pages, defaults } = filtersArguments(document);
        if (values.length === 0 && pages.length === 0) return;
        const variables = { ...defaults, ...request.variables };
        for (const node of values) {
          const problem = filtersProblem(valueFromASTUntyped(node, variables));
          if (problem) throw refusal(problem);
        }
        for (const { kind, node } of pages) {
          const value = valueFromASTUntyped(node, variables);
          if (kind === 'pagination') {
            const problem = paginationProblem(value);
            if (problem) throw refusal(problem);
          } else if (typeof value === 'number' && value < 0) {
            throw refusal({ path: ['readNext', 'limit'], message: `readNext(limit) is ${value}: it is how many articles to suggest, from 0 (at most 12).` });
          }
        }
      },
    };
  },
});

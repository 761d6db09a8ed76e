import type { ApolloServerPlugin } from '@apollo/server';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import {
  GraphQLError,
  getNamedType,
  getNullableType,
  getOperationAST,
  isListType,
  isLeafType,
  Kind,
  valueFromASTUntyped,
  visit,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionNode,
} from 'graphql';

export interface CostLimitOptions {
  /** Most objects one operation may ask for, counted before it runs. */
  maxCost: number;
  /** Items a list returns without pagination arguments (Strapi's defaultLimit). */
  defaultLimit: number;
  /** Largest page Strapi serves (its maxLimit). */
  maxLimit: number;
  /**
   * What a root query whose filters search text (contains, startsWith, eqi…) adds to the cost:
   * no index serves such a search, so it reads every row of the type, however few it returns.
   */
  textSearchCost?: number;
}

const TEXT_OPERATORS = new Set(['contains', 'notContains', 'containsi', 'notContainsi', 'startsWith', 'startsWithi', 'endsWith', 'endsWithi', 'eqi', 'nei']);

/** Whether filters (as sent, variables filled in) use a text operator anywhere. */
const searchesText = (filters: unknown): boolean => {
  const stack = [filters];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) stack.push(...value);
    else if (typeof value === 'object' && value !== null) {
      for (const [key, child] of Object.entries(value)) {
        if (TEXT_OPERATORS.has(key)) return true;
        stack.push(child);
      }
    }
  }
  return false;
};

/** How many root fields of the operation search text in their filters (aliases each count). */
export const rootTextSearches = (document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>): number => {
  const operation = getOperationAST(document, operationName);
  if (!operation || operation.operation !== 'query') return 0;
  const fragments = new Map(
    document.definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION).map((definition) => [definition.name.value, definition]),
  );
  let count = 0;
  const walk = (selections: readonly SelectionNode[], seen: Set<string>) => {
    for (const selection of selections) {
      if (selection.kind === Kind.FIELD) {
        const filters = selection.arguments?.find((argument) => argument.name.value === 'filters');
        if (filters && searchesText(valueFromASTUntyped(filters.value, variables))) count += 1;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet.selections, seen);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (fragment && !seen.has(fragment.name.value)) walk(fragment.selectionSet.selections, new Set([...seen, fragment.name.value]));
      }
    }
  };
  walk(operation.selectionSet.selections, new Set());
  return count;
};

interface PaginationArg {
  limit?: number;
  pageSize?: number;
}

const isCollectionWrapper = (typeName: string) => typeName.endsWith('ResponseCollection');

/**
 * Estimates the number of objects a query can return: every object field counts once,
 * multiplied by the size of every list on its path. A list's size is its requested
 * `pagination` (limit or pageSize), capped at maxLimit, or defaultLimit when none is given,
 * which is also what Strapi silently applies to nested relation lists.
 */
export const objectCountEstimator =
  ({ defaultLimit, maxLimit }: Pick<CostLimitOptions, 'defaultLimit' | 'maxLimit'>): ComplexityEstimator =>
  ({ type, field, args, childComplexity }) => {
    const named = getNamedType(field.type);
    if (isLeafType(named)) return 0;
    // Introspection is bounded by the schema itself, and clients need all of it.
    if (field.name.startsWith('__') || type.name.startsWith('__')) return 0;

    // `nodes` of a collection: its size was counted on the field that returned the collection.
    if (field.name === 'nodes' && isCollectionWrapper(type.name)) return childComplexity;

    const returnsMany = isListType(getNullableType(field.type)) || isCollectionWrapper(named.name);
    if (!returnsMany) return 1 + childComplexity;

    const pagination = (args.pagination ?? {}) as PaginationArg;
    // Relation lists take `pagination`; custom lists such as Article.readNext take `limit`.
    const requested = pagination.limit ?? pagination.pageSize ?? (typeof args.limit === 'number' ? args.limit : undefined);
    const size = typeof requested === 'number' && requested >= 0 ? Math.min(requested, maxLimit) : requested === -1 ? maxLimit : defaultLimit;
    return size * (1 + childComplexity);
  };

/** Estimates remembered per parsed document (Apollo reuses one per query text): variables → cost. */
const MAX_REMEMBERED_PER_DOCUMENT = 256;

/** Arguments the estimator reads: variables used inside them change a query's cost. */
const SIZE_ARGUMENTS = new Set(['pagination', 'limit']);
/** Directives that include or leave out fields: their variables change which fields are counted. */
const INCLUSION_DIRECTIVES = new Set(['include', 'skip']);

/**
 * The variables that can change a document's cost, anywhere (fragments too): those inside
 * `pagination` or `limit` arguments, and the conditions of `@include` and `@skip`.
 */
const costVariables = (document: DocumentNode): string[] => {
  const names = new Set<string>();
  const collect = (node: Parameters<typeof visit>[0]) =>
    visit(node, {
      Variable(variable) {
        names.add(variable.name.value);
      },
    });
  visit(document, {
    Argument(argument) {
      if (SIZE_ARGUMENTS.has(argument.name.value)) collect(argument.value);
    },
    Directive(directive) {
      if (INCLUSION_DIRECTIVES.has(directive.name.value)) collect(directive);
    },
  });
  return [...names].sort();
};

/** Variables that do not fit their types: refused as Apollo itself would (400, BAD_USER_INPUT). */
const badInput = (error: GraphQLError) =>
  new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });

export const costLimitPlugin = (options: CostLimitOptions): ApolloServerPlugin => {
  const estimator = objectCountEstimator(options);
  const remembered = new WeakMap<object, { costVariables: string[]; costs: Map<string, number> }>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          // The same query costs the same for the same page sizes: the site asks for the same few
          // queries again and again (an article by slug, a page of the list), and walking the
          // document is not free. The key is the variables that can change the cost: page sizes
          // and the conditions of @include/@skip (one request's estimate must not admit another's).
          let known = remembered.get(document);
          if (!known) remembered.set(document, (known = { costVariables: costVariables(document), costs: new Map() }));
          const variables = request.variables ?? {};
          const key = `${request.operationName ?? ''}\u0000${JSON.stringify(known.costVariables.map((name) => variables[name]))}`;
          let cost = known.costs.get(key);
          if (cost === undefined) {
            try {
              cost = getComplexity({ schema, query: document, variables, operationName: request.operationName ?? undefined, estimators: [estimator] });
            } catch (error) {
              // Not left to become a 500 because the estimator read the variables first.
              if (!(error instanceof GraphQLError)) throw error;
              throw badInput(error);
            }
            if (known.costs.size >= MAX_REMEMBERED_PER_DOCUMENT) known.costs.clear();
            known.costs.set(key, cost);
          }
          // With a remembered estimate, variables of the wrong type are still refused: Apollo
          // coerces them before execution (400, BAD_USER_INPUT; tested in tests/limits.test.ts).
          // Text searches depend on the filters' values, so they are counted on every request
          // (cheaply) rather than kept in the estimate, which is remembered without them.
          const searches = options.textSearchCost ? rootTextSearches(document, request.operationName ?? undefined, variables) : 0;
          const total = cost + searches * (options.textSearchCost ?? 0);
          if (total > options.maxCost) {
            const counted = searches > 0 ? ` (counting ${options.textSearchCost} for each of its ${searches} text searches, which read every row)` : '';
            throw new GraphQLError(
              `This query could return up to ${total} objects${counted}; the limit is ${options.maxCost}. ` +
                'Ask for smaller pages (pagination: { pageSize }), fewer nested lists or fewer searches, and split it into several queries if you need more.',
              { extensions: { code: 'QUERY_TOO_COMPLEX', cost: total, maxCost: options.maxCost, http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
};

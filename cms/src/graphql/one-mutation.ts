import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

/** Root fields an operation selects, through fragments; `__typename` does nothing and is not counted. */
const rootFields = (selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen = new Set<string>()): string[] =>
  selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return selection.name.value === '__typename' ? [] : [selection.alias?.value ?? selection.name.value];
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootFields(selection.selectionSet, fragments, seen);
    const fragment = fragments.get(selection.name.value);
    if (!fragment || seen.has(fragment.name.value)) return [];
    seen.add(fragment.name.value);
    return rootFields(fragment.selectionSet, fragments, seen);
  });

/**
 * One mutation per request. Mutations in one operation run one after another, and when one of
 * them fails with a non-null result (a rate limit, say), GraphQL discards the answers of all the
 * others, though they have taken effect: the client cannot tell what was done. Refused before
 * any of them runs (400, BAD_USER_INPUT).
 */
export const oneMutationPlugin = (): ApolloServerPlugin => ({
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, document }) {
        if (operation?.operation !== 'mutation') return;
        const fragments = new Map(
          document.definitions.flatMap((definition) => (definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition] as const] : [])),
        );
        const fields = rootFields(operation.selectionSet, fragments);
        if (fields.length <= 1) return;
        throw new GraphQLError(
          `A request may run one mutation; this one has ${fields.length} (${fields.join(', ')}). Send each in its own request, so that each gets its own answer.`,
          { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } },
        );
      },
    };
  },
});

import type { Core } from '@strapi/strapi';
import { Kind, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { objectSort } from './sort-args';

/**
 * Asks the database only for the columns a query selects. Strapi's GraphQL root queries fetch
 * every column of every row (an article list would read and parse each article's whole body
 * to show twelve titles); REST clients avoid this with `fields`. This passes `fields` the same
 * way, computed from the GraphQL selection: the document's own (scalar) attributes that the
 * query names (the Document Service adds id and documentId).
 */
const SCALAR_KINDS = new Set([
  'string', 'text', 'richtext', 'blocks', 'email', 'password', 'uid', 'enumeration', 'integer', 'biginteger', 'float', 'decimal',
  'date', 'time', 'datetime', 'timestamp', 'boolean', 'json',
]);

/** Field names selected at `selectionSet`, through fragments and inline fragments. */
const selectedNames = (selectionSet: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>, into = new Set<string>()): Set<string> => {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) into.add(selection.name.value);
    else if (selection.kind === Kind.INLINE_FRAGMENT) selectedNames(selection.selectionSet, fragments, into);
    else if (selection.kind === Kind.FRAGMENT_SPREAD) selectedNames(fragments[selection.name.value]?.selectionSet, fragments, into);
  }
  return into;
};

/** The fields of the documents a resolver returns: its own selection, or that of `nodes` below a connection. */
export const documentSelection = (info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, throughNodes: boolean): Set<string> => {
  const names = new Set<string>();
  for (const node of info.fieldNodes as FieldNode[]) {
    if (!throughNodes) {
      selectedNames(node.selectionSet, info.fragments, names);
      continue;
    }
    const inner = new Set<string>();
    for (const selection of node.selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD && selection.name.value === 'nodes') selectedNames(selection.selectionSet, info.fragments, inner);
      if (selection.kind !== Kind.FIELD) {
        // Fragments on the connection type: look for `nodes` inside them.
        const spread = selection.kind === Kind.FRAGMENT_SPREAD ? info.fragments[selection.name.value]?.selectionSet : selection.selectionSet;
        for (const child of spread?.selections ?? []) if (child.kind === Kind.FIELD && child.name.value === 'nodes') selectedNames(child.selectionSet, info.fragments, inner);
      }
    }
    for (const name of inner) names.add(name);
  }
  return names;
};

/** The `fields` to read for a resolver returning documents of `uid`. */
export const selectedFields = (strapi: Core.Strapi, uid: string, info: GraphQLResolveInfo, throughNodes = false): string[] => {
  const attributes = strapi.getModel(uid as Parameters<Core.Strapi['getModel']>[0]).attributes as Record<string, { type: string; private?: boolean }>;
  const fields = [...documentSelection(info, throughNodes)].filter((name) => {
    const attribute = attributes[name];
    return attribute !== undefined && SCALAR_KINDS.has(attribute.type) && !attribute.private;
  });
  return fields;
};

type Middleware = (resolve: (...args: unknown[]) => unknown, parent: unknown, args: Record<string, unknown>, context: unknown, info: GraphQLResolveInfo) => unknown;

const withFields =
  (strapi: Core.Strapi, uid: string, throughNodes: boolean): Middleware =>
  (resolve, parent, args, context, info) =>
    resolve(
      parent,
      {
        ...args,
        ...(args.fields === undefined ? { fields: selectedFields(strapi, uid, info, throughNodes) } : {}),
        ...(args.sort === undefined ? {} : { sort: objectSort(args.sort) }),
      },
      context,
      info,
    );

/** Root queries of these types read only the selected columns, and their sort is checked in object form (see ./sort-args). */
const TYPES = {
  'api::article.article': ['article', 'articles'],
  'api::team-member.team-member': ['teamMember', 'teamMembers'],
  'api::event.event': ['event', 'events'],
  'api::topic.topic': ['topic', 'topics'],
  'api::page.page': ['page', 'pages'],
  'api::redirect.redirect': ['redirect', 'redirects'],
} as const;

export const selectFieldsExtension = ({ strapi }: { strapi: Core.Strapi }) => ({
  resolversConfig: Object.fromEntries(
    Object.entries(TYPES).flatMap(([uid, [single, plural]]) => [
      [`Query.${single}`, { middlewares: [withFields(strapi, uid, false)] }],
      [`Query.${plural}`, { middlewares: [withFields(strapi, uid, false)] }],
      [`Query.${plural}_connection`, { middlewares: [withFields(strapi, uid, true)] }],
    ]),
  ),
});

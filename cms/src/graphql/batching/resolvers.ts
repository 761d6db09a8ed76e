import type { Core, Schema, UID } from '@strapi/strapi';
import { buildPublicationFilterWhere, contentTypes, parsePublicationFilter } from '@strapi/utils';
import DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import { relationLink, type RelationLink } from './links';
import { documentSelection } from '../select-fields';
import { objectSort } from '../sort-args';
import { canBatch, loadRelated, relationColumns, type Entity, type RelationQuery } from './load';
import { mergeQueries } from './merge';
import type { RowMapper } from './row-mapper';

/**
 * Relation, media and component resolvers that load per request in batches. Each one follows
 * plugin-graphql 5.54's own resolver (services/builders/resolvers/association.js and
 * component.js) step for step: the same argument handling, validation, sanitisation,
 * publication state inherited from the root query, URL signing and response shape; arguments
 * are validated and sanitised once per request rather than once per row. Only the read
 * differs: instead of `strapi.db.query(uid).load(parent, attribute, query)` for each parent
 * row (two statements per row), the parents that ask for the same attribute with the same
 * arguments in one request are collected by a DataLoader and read in one statement (see
 * load.ts). Queries that statement cannot serve keep the per-row `load`.
 *
 * Checked against Strapi's resolvers by tests/relation-batching.test.ts: on a Strapi upgrade,
 * compare association.js and component.js with this file.
 */

interface RootQueryArgs {
  _originField?: string;
  status?: string;
  publicationFilter?: unknown;
  hasPublishedVersion?: boolean;
}

export interface GraphQLContext {
  state: { auth?: unknown };
  rootQueryArgsByPath?: Map<string | number, RootQueryArgs>;
}

type Args = Record<string, unknown>;

/** The sort of relation arguments in the form Strapi checks fastest (see ../sort-args). */
const withObjectSort = <T extends Record<string, unknown>>(args: T): T => (args.sort === undefined ? args : { ...args, sort: objectSort(args.sort) });
type Resolver = (parent: Entity, args: Args, context: GraphQLContext, info: GraphQLResolveInfo) => Promise<unknown>;

interface GraphQLServices {
  transformArgs(args: Args, options: { contentType: Schema.ContentType | Schema.Component; usePagination?: boolean }): Args;
  toEntityResponse(value: unknown, info: { args: unknown; resourceUID: string }): { value: unknown };
  toEntityResponseCollection(nodes: unknown, info: { args: unknown; resourceUID: string }): { nodes: unknown };
  isBuiltInQueryField(fieldName: string): boolean;
}

const graphQLServices = (strapi: Core.Strapi): GraphQLServices => {
  const service = strapi.plugin('graphql').service as (name: string) => any;
  const { transformArgs } = service('builders').utils;
  const { toEntityResponse, toEntityResponseCollection } = service('format').returnTypes;
  return {
    transformArgs,
    toEntityResponse,
    toEntityResponseCollection,
    isBuiltInQueryField: (fieldName) => service('content-api').isBuiltInQueryField(fieldName),
  };
};

/** Per-request memo: what one GraphQL request prepared or loaded, dropped with its context. */
const requests = new WeakMap<object, Map<string, unknown>>();
const perRequest = <T>(context: object, key: string, create: () => T): T => {
  let memo = requests.get(context);
  if (!memo) {
    memo = new Map();
    requests.set(context, memo);
  }
  if (!memo.has(key)) memo.set(key, create());
  return memo.get(key) as T;
};

const argsKey = (args: Args) => JSON.stringify(args, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value));

/** Parents per statement: well under SQLite's bound-parameter limit, far above any page. */
const MAX_BATCH = 500;

interface PreparedQuery {
  sanitizedQuery: unknown;
  dbQuery: RelationQuery;
}

interface Publication {
  status: string | null;
  filter: unknown;
}

export const createResolverBuilders = (strapi: Core.Strapi, mapRow: RowMapper) => {
  const { transformArgs, toEntityResponse, toEntityResponseCollection, isBuiltInQueryField } = graphQLServices(strapi);
  const attributeOf = (uid: string, attributeName: string): unknown => (strapi.getModel(uid as UID.Schema).attributes as Record<string, unknown>)[attributeName];

  /** The publication state a nested relation inherits from its root query (association.js). */
  const inheritedPublication = (context: GraphQLContext, info: GraphQLResolveInfo, args: Args): Publication => {
    let rootPath: GraphQLResolveInfo['path'] | undefined = info?.path;
    while (rootPath?.prev) rootPath = rootPath.prev;
    const rootQueryArgs = rootPath ? context.rootQueryArgsByPath?.get(rootPath.key) : undefined;
    const fromBuiltInQuery = Boolean(rootQueryArgs?._originField && isBuiltInQueryField(rootQueryArgs._originField));
    const inheritedStatus = fromBuiltInQuery ? rootQueryArgs?.status || 'published' : null;
    const status = (args.status as string | undefined) || inheritedStatus;

    let filter = rootQueryArgs?.publicationFilter !== undefined && fromBuiltInQuery ? rootQueryArgs.publicationFilter : undefined;
    const hasPublishedVersion = rootQueryArgs?.hasPublishedVersion !== undefined && fromBuiltInQuery ? rootQueryArgs.hasPublishedVersion : undefined;
    if (filter === undefined && hasPublishedVersion !== undefined) {
      filter = hasPublishedVersion ? 'has-published-version-document' : 'never-published-document';
    }
    return { status, filter };
  };

  /** Arguments to the query-engine query, as association.js builds it. */
  const prepareRelationQuery = async (targetUID: string, args: Args, publication: Publication, auth: unknown): Promise<PreparedQuery> => {
    const targetContentType = strapi.getModel(targetUID as UID.Schema) as Schema.ContentType;
    const transformedArgs = withObjectSort(transformArgs(args, { contentType: targetContentType, usePagination: true }));
    await strapi.contentAPI.validate.query(transformedArgs, targetContentType, { auth } as never);
    const sanitizedQuery = await strapi.contentAPI.sanitize.query(transformedArgs, targetContentType, { auth } as never);
    const transformedQuery = strapi.get('query-params').transform(targetUID, sanitizedQuery) as Record<string, unknown>;

    const isTargetDraftAndPublish = contentTypes.hasDraftAndPublish(targetContentType);
    const { status } = publication;
    const defaultFilters = isTargetDraftAndPublish && status ? { where: { publishedAt: status === 'published' ? { $notNull: true } : { $null: true } } } : {};

    let publicationFilterWhere = {};
    if (isTargetDraftAndPublish && publication.filter !== undefined) {
      let mode: ReturnType<typeof parsePublicationFilter>;
      try {
        mode = parsePublicationFilter(publication.filter);
      } catch {
        mode = undefined;
      }
      if (mode !== undefined) {
        const meta = strapi.db.metadata.get(targetUID as never);
        const condition = buildPublicationFilterWhere(strapi.db.connection, meta, targetContentType, mode, status === 'published' ? 'published' : 'draft');
        if (condition && Object.keys(condition).length > 0) publicationFilterWhere = { where: condition };
      }
    }

    return { sanitizedQuery, dbQuery: mergeQueries<RelationQuery>(mergeQueries(defaultFilters, publicationFilterWhere), transformedQuery) };
  };

  /**
   * The columns to read for the rows a relation field returns, from the field's selection (below
   * `nodes` for a `_connection` field). The same field of every parent row shares its AST nodes,
   * so the answer is remembered per node.
   */
  const columnsByNode = new WeakMap<object, string[] | null>();
  const selectedColumns = (targetUID: string, info: GraphQLResolveInfo): string[] | null => {
    const node = info.fieldNodes.length === 1 ? info.fieldNodes[0] : undefined;
    if (node && columnsByNode.has(node)) return columnsByNode.get(node)!;
    const columns = relationColumns(strapi, targetUID, documentSelection(info, info.fieldName.endsWith('_connection')));
    if (node) columnsByNode.set(node, columns);
    return columns;
  };

  /**
   * Reads `uid.attributeName` of `parent`: batched with the other parents of this request asking
   * the same (same key), or through Strapi's per-row `load` when the batched statement cannot
   * serve the query.
   */
  const loadAttribute = async (options: {
    context: GraphQLContext;
    key: string;
    uid: string;
    attributeName: string;
    link: RelationLink | null;
    targetUID: string;
    toMany: boolean;
    parent: Entity;
    dbQuery: RelationQuery;
    info: GraphQLResolveInfo;
  }): Promise<unknown> => {
    const { context, uid, attributeName, link, targetUID, toMany, parent, dbQuery, info } = options;
    if (!link || !canBatch(strapi, targetUID, dbQuery)) {
      // A copy: the query engine may annotate the query it is given, and this one is shared.
      return strapi.db.query(uid as UID.Schema).load(parent as never, attributeName as never, mergeQueries({}, dbQuery) as never);
    }
    // A to-one attribute is the first row in order; the other rows stock reads are discarded.
    const query: RelationQuery = toMany ? dbQuery : { ...dbQuery, limit: 1, offset: 0 };
    // Places in the query that select different fields of the same relation share a loader (and
    // a statement): it reads every column any of them has asked for during this request. Loads
    // are not cached, since a row loaded for one selection may lack another's columns.
    const columns = selectedColumns(targetUID, info);
    const loader = perRequest(context, `load:${options.key}`, () => {
      const wanted: { all: boolean; columns: Set<string> } = { all: false, columns: new Set() };
      const batches = new DataLoader<number, Entity[]>(
        async (parentIds) => {
          const read = wanted.all ? null : [...wanted.columns].sort();
          const rows = await loadRelated(strapi, { targetUid: targetUID, link, query, parentIds, mapRow, columns: read });
          return parentIds.map((id) => rows.get(id) ?? []);
        },
        { maxBatchSize: MAX_BATCH, cache: false },
      );
      return { wanted, batches };
    });
    if (columns === null) loader.wanted.all = true;
    else for (const column of columns) loader.wanted.columns.add(column);
    const rows = await loader.batches.load(Number(parent.id));
    return toMany ? rows : (rows[0] ?? null);
  };

  /**
   * What a relation field's resolver prepares (its key and validated query), once per request for
   * each place in the query: the field's AST node under one root field. Every parent row at that
   * place has the same arguments (they come from the node and the request's variables) and
   * inherits the same publication state (from the root field), so the arguments are read,
   * validated and sanitised once, not once per row.
   */
  type Prepared = { key: string; prepared: Promise<PreparedQuery> };
  const preparedFor = (context: GraphQLContext, info: GraphQLResolveInfo, prepare: () => Prepared): Prepared => {
    const byNode = perRequest(context, 'prepared', () => new WeakMap<object, Map<string | number, Prepared>>());
    let rootPath: GraphQLResolveInfo['path'] = info.path;
    while (rootPath.prev) rootPath = rootPath.prev;
    const node = info.fieldNodes[0]!;
    let byRoot = byNode.get(node);
    if (!byRoot) byNode.set(node, (byRoot = new Map()));
    let found = byRoot.get(rootPath.key);
    if (!found) byRoot.set(rootPath.key, (found = prepare()));
    return found;
  };

  /** Relations and media of a content type or component (association.js). */
  const associationResolver = (uid: string, attributeName: string): Resolver => {
    const attribute = attributeOf(uid, attributeName) as { type: string; target?: string; relation?: string; multiple?: boolean };
    const isMedia = attribute.type === 'media';
    const targetUID = isMedia ? 'plugin::upload.file' : (attribute.target as string);
    const toMany = isMedia ? Boolean(attribute.multiple) : Boolean(attribute.relation?.endsWith('Many'));
    const link = relationLink(strapi, uid, attributeName);

    return async (parent, args, context, info) => {
      const { key, prepared } = preparedFor(context, info, () => {
        const publication = inheritedPublication(context, info, args);
        const key = `${uid}.${attributeName}|${argsKey(args)}|${publication.status ?? ''}|${argsKey({ filter: publication.filter })}`;
        return { key, prepared: perRequest(context, `query:${key}`, () => prepareRelationQuery(targetUID, args, publication, context.state.auth)) };
      });
      const { sanitizedQuery, dbQuery } = await prepared;

      let data = await loadAttribute({ context, key, uid, attributeName, link, targetUID, toMany, parent, dbQuery, info });
      if (isMedia && strapi.plugin('upload')) {
        const { signFileUrls } = strapi.plugin('upload').service('file') as { signFileUrls(file: unknown): Promise<unknown> };
        if (Array.isArray(data)) data = await Promise.all(data.map((item) => signFileUrls(item)));
        else if (data) data = await signFileUrls(data);
      }

      const responseInfo = { args: sanitizedQuery, resourceUID: targetUID };
      return toMany ? toEntityResponseCollection(data, responseInfo) : toEntityResponse(data, responseInfo);
    };
  };

  /** Components of a content type or component (component.js). */
  const componentResolver = (uid: string, attributeName: string): Resolver => {
    const attribute = attributeOf(uid, attributeName) as Schema.Attribute.Component;
    const component = strapi.getModel(attribute.component);
    const link = relationLink(strapi, uid, attributeName);
    return async (parent, args, context, info) => {
      const key = `${uid}.${attributeName}|${argsKey(args)}`;
      const { dbQuery } = await perRequest(context, `query:${key}`, async (): Promise<PreparedQuery> => {
        const { auth } = context.state;
        const transformedArgs = withObjectSort(transformArgs(args, { contentType: component, usePagination: true }));
        await strapi.contentAPI.validate.query(transformedArgs, component as never, { auth } as never);
        const sanitizedQuery = await strapi.contentAPI.sanitize.query(transformedArgs, component as never, { auth } as never);
        return { sanitizedQuery, dbQuery: strapi.get('query-params').transform(component.uid, sanitizedQuery) as RelationQuery };
      });
      return loadAttribute({ context, key, uid, attributeName, link, targetUID: component.uid, toMany: Boolean(attribute.repeatable), parent, dbQuery, info });
    };
  };

  return { associationResolver, componentResolver };
};

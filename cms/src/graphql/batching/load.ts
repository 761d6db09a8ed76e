import type { Core } from '@strapi/strapi';
import { hasSort } from '@strapi/utils';
import type { RelationLink } from './links';
import { mergeQueries } from './merge';
import type { RowMapper } from './row-mapper';

/** The query-engine query a relation resolver builds from its arguments (query-params output). */
export interface RelationQuery {
  where?: unknown;
  orderBy?: unknown;
  limit?: number;
  offset?: number;
  [key: string]: unknown;
}

export type Entity = Record<string, unknown>;

const BATCHED_KEYS = new Set(['where', 'orderBy', 'limit', 'offset']);

interface AttributeMeta {
  type: string;
}

const isScalarSort = (attributes: Record<string, AttributeMeta>, key: string, direction: unknown) =>
  key !== 'status' && attributes[key] !== undefined && attributes[key].type !== 'relation' && (direction === undefined || typeof direction === 'string');

/**
 * Whether one SQL statement can serve this query for many parents: filters, a sort on the
 * target's own fields, and pagination. Anything else (sorting by a relation's field or by
 * `status`, field selection, populate) is rare in GraphQL and keeps Strapi's per-row loading.
 */
export const canBatch = (strapi: Core.Strapi, targetUid: string, query: RelationQuery): boolean => {
  if (Object.entries(query).some(([key, value]) => value !== undefined && !BATCHED_KEYS.has(key))) return false;
  const { attributes } = strapi.db.metadata.get(targetUid as never) as unknown as { attributes: Record<string, AttributeMeta> };
  const entries = query.orderBy === undefined ? [] : Array.isArray(query.orderBy) ? query.orderBy : [query.orderBy];
  return entries.every((entry: unknown) => {
    if (typeof entry === 'string') return isScalarSort(attributes, entry, undefined);
    if (entry === null || typeof entry !== 'object') return false;
    return Object.entries(entry).every(([key, direction]) => isScalarSort(attributes, key, direction));
  });
};

interface OrderColumn {
  column: string;
  order?: string;
}

const direction = (order: string | undefined) => (order?.toLowerCase() === 'desc' ? 'desc' : 'asc');

export interface LoadRelatedOptions {
  targetUid: string;
  link: RelationLink;
  query: RelationQuery;
  parentIds: readonly number[];
  mapRow: RowMapper;
  /** Columns of the target to read (see relationColumns); every column when absent. */
  columns?: readonly string[] | null;
}

interface ColumnMeta {
  attributes: Record<string, { type: string; columnName?: string }>;
}

/** Read whatever the query asks for, and what resolvers below read from a row (id, documentId for Article.readNext): */
const ALWAYS_READ = ['id', 'documentId'];
/** and for files, what URL signing (a private upload provider) reads. */
const FILE_SIGNING = ['url', 'formats', 'provider', 'provider_metadata'];

/**
 * The columns to read for related rows when a query selects `fields` (GraphQL field names) of
 * them, as REST's `fields` and the root queries (../select-fields.ts) read only what is asked
 * for: a page of twelve article cards then reads each author's name and slug, not their whole
 * biography. Relations, media and components are not columns: their own resolvers load them by
 * the row's id. Null (read every column) when a field is not an attribute, such as a field an
 * extension computes from the row.
 */
export const relationColumns = (strapi: Core.Strapi, targetUid: string, fields: Iterable<string>): string[] | null => {
  const { attributes } = strapi.db.metadata.get(targetUid as never) as unknown as ColumnMeta;
  const columns = new Set<string>();
  const read = (name: string) => {
    const attribute = attributes[name];
    if (attribute && attribute.type !== 'relation') columns.add(attribute.columnName ?? name);
  };
  ALWAYS_READ.forEach(read);
  if (targetUid === 'plugin::upload.file') FILE_SIGNING.forEach(read);
  for (const name of fields) {
    if (name.startsWith('__')) continue;
    if (!attributes[name]) return null;
    read(name);
  }
  return [...columns].sort();
};

/**
 * Related rows of many parents in one statement, each parent's rows filtered, sorted and paged
 * exactly as Strapi's relation populate does for one parent. A list the parent owns (see
 * RelationLink.owned) is read with one plain select in order and each parent's page is cut out
 * here; other lists, which may hold thousands of rows per parent, are paged in SQL:
 *
 *   select target.<columns>, ranked.parent from target join (
 *     select target_id, parent_id, row_number() over (partition by parent_id order by <order>) as rank
 *     from (select distinct target.id, link.parent_id, <order columns>
 *           from target left join link on … where <filters> and link.parent_id in (…)) links
 *   ) ranked on ranked.target_id = target.id
 *   where rank > offset and rank <= offset + limit order by rank
 *
 * The inner query is built by Strapi's own query builder (filters, publication state, joins
 * for filters on relations, sort columns), so it reads the same rows stock reads. The order is
 * stock's: the link table's order when no sort is asked, then the sort, then the row id as a
 * tie-breaker (Strapi adds it to every paginated query). Window functions work on SQLite (3.25+)
 * and PostgreSQL alike.
 */
export const loadRelated = async (strapi: Core.Strapi, options: LoadRelatedOptions): Promise<Map<number, Entity[]>> => {
  const { targetUid, link, parentIds, mapRow, columns } = options;
  // A copy: the query builder may annotate the query it is given, and the loader reuses it.
  const query = mergeQueries<RelationQuery>({}, options.query);
  const db = strapi.db;
  const meta = db.metadata.get(targetUid as never) as unknown as { tableName: string };

  const qb = db.queryBuilder(targetUid);
  const linkAlias = qb.getAlias();
  qb.init({ select: ['id'], ...(query.where === undefined ? {} : { where: query.where }), ...(query.orderBy === undefined ? {} : { orderBy: query.orderBy }) });
  qb.join({ alias: linkAlias, referencedTable: link.table, referencedColumn: link.targetColumn, rootColumn: 'id', rootTable: qb.alias, on: link.on });
  qb.where({ [`${linkAlias}.${link.parentColumn}`]: [...parentIds] });
  qb.processState();

  const sort = qb.state.orderBy as OrderColumn[];
  if (sort.some((entry) => typeof entry.column !== 'string')) throw new Error(`Unexpected sort for ${targetUid}: ${JSON.stringify(query.orderBy)}`);
  const linkOrder: OrderColumn[] = !hasSort(query.orderBy) && link.orderBy ? Object.entries(link.orderBy).map(([column, order]) => ({ column: `${linkAlias}.${column}`, order })) : [];
  const idColumn = `${qb.alias}.id`;
  const offset = Math.max(query.offset ?? 0, 0);
  const limit = query.limit ?? -1;
  const tieBreaker: OrderColumn[] = limit === -1 || sort.at(-1)?.column === idColumn ? [] : [{ column: idColumn, order: 'asc' }];
  const order = [...linkOrder, ...sort, ...tieBreaker];

  const knex = db.connection;
  const select = columns ? columns.map((column) => `__row.${column}`) : ['__row.*'];
  const joins = qb.state.joins as unknown[];
  // An owned list (see RelationLink.owned) that no filter joins other tables for: one plain
  // select, as Strapi's REST populate reads it, each parent's page cut out below. A window
  // function would cost SQLite more than these few rows do.
  const plain = link.owned && joins.length === 1;
  let rows;
  if (plain) {
    rows = qb
      .getKnexQuery()
      .clear('select')
      .clear('order')
      .select(...select.map((column) => column.replace(/^__row\./, `${qb.alias}.`)), `${linkAlias}.${link.parentColumn} as __parent`)
      .orderBy(order.map(({ column, order: by }) => ({ column, order: direction(by) })));
  } else {
    const links = qb
      .getKnexQuery()
      .clear('select')
      .clear('order')
      .distinct([`${qb.alias}.id as __target`, `${linkAlias}.${link.parentColumn} as __parent`, ...order.map(({ column }, index) => `${column} as __o${index}`)]);

    const ranked = knex
      .select('__target', '__parent')
      .select(
        knex.raw(`row_number() over (partition by ??${order.length > 0 ? ` order by ${order.map(({ order: by }) => `?? ${direction(by)}`).join(', ')}` : ''}) as ??`, [
          '__parent',
          ...order.map((_, index) => `__o${index}`),
          '__rn',
        ]),
      )
      .from(links.as('__links'));

    rows = db
      .getConnection(`${meta.tableName} as __row`)
      .select(...select, '__ranked.__parent')
      .innerJoin(ranked.as('__ranked'), '__ranked.__target', '__row.id')
      .orderBy('__ranked.__rn', 'asc');
    if (offset > 0) rows.where('__ranked.__rn', '>', offset);
    if (limit > 0) rows.where('__ranked.__rn', '<=', offset + limit);
  }
  // Inside a transaction (a resolver running in strapi.db.transaction), read through it as the
  // query engine does, which on SQLite's single connection is also what avoids waiting on it.
  if (db.inTransaction()) rows.transacting((await db.transaction()).get());

  const byParent = new Map<number, Entity[]>();
  const seen = new Map<number, number>();
  for (const row of (await rows) as Record<string, unknown>[]) {
    const parent = Number(row.__parent);
    if (plain) {
      // This parent's page: rows offset … offset + limit in order.
      const position = seen.get(parent) ?? 0;
      seen.set(parent, position + 1);
      if (position < offset || (limit > 0 && position >= offset + limit)) continue;
    }
    const entity = mapRow(meta, row);
    if (!entity) continue;
    const list = byParent.get(parent);
    if (list) list.push(entity);
    else byParent.set(parent, [entity]);
  }
  return byParent;
};

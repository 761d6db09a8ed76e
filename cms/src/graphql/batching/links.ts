import type { Core } from '@strapi/strapi';

/**
 * Where the rows linking a parent row to its related rows live, read from the query engine's
 * metadata. Strapi 5 stores every relation attribute of a content type in a join table
 * (`articles_authors_lnk`), every component in the parent's `_cmps` table and every media
 * attribute in `files_related_mph`; all three are one link table with a parent column, a
 * target column, fixed conditions and an order.
 */
export interface RelationLink {
  table: string;
  /** Link table column holding the parent row's id. */
  parentColumn: string;
  /** Link table column holding the related row's id. */
  targetColumn: string;
  /** Conditions every link row of this attribute meets (`field = 'cover'`, `related_type = …`). */
  on: Record<string, unknown>;
  /** The editor's order (`team_member_ord asc`), used when the query asks for no sort. */
  orderBy?: Record<string, string>;
  /**
   * Whether the parent's side holds the list: an owning relation (an article's authors, picked
   * by an editor), a component or a media field. The inverse side of a relation (a topic's
   * articles) can hold thousands of rows per parent and is paged in SQL.
   */
  owned: boolean;
}

interface JoinColumn {
  name: string;
  referencedColumn: string;
}

interface JoinTableMeta {
  name: string;
  joinColumn: JoinColumn;
  inverseJoinColumn?: JoinColumn;
  morphColumn?: { idColumn: JoinColumn; typeColumn: { name: string } };
  on?: Record<string, unknown>;
  orderBy?: Record<string, string>;
}

interface RelationMeta {
  type: string;
  relation?: string;
  mappedBy?: string;
  target?: string;
  morphBy?: string;
  joinTable?: JoinTableMeta;
  joinColumn?: JoinColumn;
}

const attributeMeta = (strapi: Core.Strapi, uid: string, attributeName: string): RelationMeta | undefined =>
  (strapi.db.metadata.get(uid as never)?.attributes as Record<string, RelationMeta> | undefined)?.[attributeName];

/**
 * The link table of `uid.attributeName`, or null for storage the batched loader does not cover
 * (join columns, polymorphic relations, dynamic zones): those keep Strapi's per-row loading.
 */
export const relationLink = (strapi: Core.Strapi, uid: string, attributeName: string): RelationLink | null => {
  const attribute = attributeMeta(strapi, uid, attributeName);
  if (!attribute || attribute.type !== 'relation' || !attribute.relation) return null;

  // Relations and components: a plain join table from the parent's side.
  if (!attribute.relation.startsWith('morph')) {
    const { joinTable } = attribute;
    if (!joinTable?.inverseJoinColumn || joinTable.morphColumn) return null;
    if (joinTable.joinColumn.referencedColumn !== 'id' || joinTable.inverseJoinColumn.referencedColumn !== 'id') return null;
    return {
      table: joinTable.name,
      parentColumn: joinTable.joinColumn.name,
      targetColumn: joinTable.inverseJoinColumn.name,
      on: { ...joinTable.on },
      ...(joinTable.orderBy ? { orderBy: joinTable.orderBy } : {}),
      owned: !attribute.mappedBy,
    };
  }

  // Media: morphOne/morphMany read through the target's morphToMany (upload.file.related).
  if ((attribute.relation === 'morphOne' || attribute.relation === 'morphMany') && attribute.target && attribute.morphBy) {
    const inverse = attributeMeta(strapi, attribute.target, attribute.morphBy);
    const joinTable = inverse?.relation === 'morphToMany' ? inverse.joinTable : undefined;
    if (!joinTable?.morphColumn) return null;
    const { idColumn, typeColumn } = joinTable.morphColumn;
    if (idColumn.referencedColumn !== 'id' || joinTable.joinColumn.referencedColumn !== 'id') return null;
    return {
      table: joinTable.name,
      parentColumn: idColumn.name,
      targetColumn: joinTable.joinColumn.name,
      on: { ...joinTable.on, field: attributeName, [typeColumn.name]: uid },
      ...(joinTable.orderBy ? { orderBy: joinTable.orderBy } : {}),
      owned: true,
    };
  }

  return null;
};

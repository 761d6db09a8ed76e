import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleBySlugQuery, ArticleListQuery } from '../../packages/api/src/documents/article.ts';
import { EventListQuery } from '../../packages/api/src/documents/event.ts';
import { seedBulk } from './helpers/bulk';
import { createTestDatabase, type TestDatabase } from './helpers/database';
import { graphql } from './helpers/http';
import { recordStatements, type Statement } from './helpers/statements';
import { startStrapi, type TestStrapi } from './helpers/strapi';

/**
 * The site finds articles, team members and events by slug, lists articles newest first
 * (publicationDate:desc) and events by date, and every list filters on published_at. Those
 * indexes are declared on the content types (`indexes` in schema.json), so Strapi's schema sync
 * creates them on SQLite and PostgreSQL, tracks them, and never drops them. Checked after a
 * first boot, after a second boot on the same database that also finds one of them missing (as
 * a database from before they were declared would be), and in the query plans of the site's
 * queries on a generated dataset of 2,000 articles.
 */
const DECLARED: Record<string, Record<string, string[]>> = {
  articles: { articles_slug_idx: ['slug'], articles_publication_date_idx: ['publication_date'], articles_published_at_idx: ['published_at'] },
  team_members: { team_members_slug_idx: ['slug'], team_members_published_at_idx: ['published_at'] },
  events: { events_slug_idx: ['slug'], events_starts_at_idx: ['starts_at'], events_ends_at_idx: ['ends_at'], events_published_at_idx: ['published_at'] },
};

/** Link-table columns the batched relation queries filter on (parent ids): Strapi indexes them itself. */
const LINK_COLUMNS: Record<string, string> = {
  articles_authors_lnk: 'article_id',
  articles_topics_lnk: 'article_id',
  articles_related_lnk: 'article_id',
  events_hosts_lnk: 'event_id',
  team_members_expertise_lnk: 'team_member_id',
  files_related_mph: 'related_id',
  articles_cmps: 'entity_id',
  events_cmps: 'entity_id',
};

type Indexes = Record<string, { name: string; columns: string[] }[]>;

const indexesOf = async (cms: TestStrapi, tables: string[]): Promise<Indexes> => {
  const inspector = cms.strapi.db.dialect.schemaInspector as { getIndexes(table: string): Promise<{ name: string; columns: string[] }[]> };
  return Object.fromEntries(await Promise.all(tables.map(async (table) => [table, await inspector.getIndexes(table)] as const)));
};

/** The query plan of a statement Strapi issued: EXPLAIN QUERY PLAN (SQLite) or EXPLAIN (PostgreSQL). */
const planOf = async (cms: TestStrapi, statement: Statement): Promise<string> => {
  const knex = cms.strapi.db.connection;
  if (cms.database.client === 'postgres') {
    const result = (await knex.raw(`explain ${statement.sql.replace(/\$\d+/g, '?')}`, statement.bindings as never)) as { rows: { 'QUERY PLAN': string }[] };
    return result.rows.map((row) => row['QUERY PLAN']).join('\n');
  }
  const rows = (await knex.raw(`explain query plan ${statement.sql}`, statement.bindings as never)) as { detail: string }[];
  return rows.map((row) => row.detail).join('\n');
};

/** The statements a GraphQL request issued, and the plan of the first one matching `pattern`. */
const planFor = async (cms: TestStrapi, query: string, variables: Record<string, unknown>, pattern: RegExp): Promise<string> => {
  const { result, statements } = await recordStatements(cms.strapi, () => graphql(cms.url, query, variables));
  expect(result.errors).toBeUndefined();
  const statement = statements.find((candidate) => pattern.test(candidate.sql));
  if (!statement) throw new Error(`No statement matched ${pattern}:\n${statements.map((candidate) => candidate.sql).join('\n')}`);
  return `${statement.sql}\n${await planOf(cms, statement)}`;
};

let database: TestDatabase;
let firstBoot: Indexes;
let secondBoot: Indexes;
const plans: Record<string, string> = {};

beforeAll(async () => {
  database = await createTestDatabase();
  const env = { CRON_ENABLED: 'false' };
  const tables = [...Object.keys(DECLARED), ...Object.keys(LINK_COLUMNS)];

  const first = await startStrapi({ database, env });
  try {
    firstBoot = await indexesOf(first, tables);
    // Make the database look like one from before the indexes: one of them missing, and a
    // stored schema that differs from the code's, so the next boot synchronises the schema.
    await first.strapi.db.connection.raw('drop index ??', ['articles_slug_idx']);
    await first.strapi.db.connection('strapi_database_schema').update({ hash: 'before-the-indexes' });
  } finally {
    await first.stop();
  }

  const second = await startStrapi({ database, env });
  try {
    secondBoot = await indexesOf(second, tables);
    await seedBulk(second.strapi, { articles: 2000, members: 50, events: 400, topics: 10 });
    await second.strapi.db.connection.raw('analyze');
    plans['insights list'] = await planFor(second, print(ArticleListQuery), { pageSize: 12 }, /from [^ ]*articles[^ ]* as [^ ]*t0[^ ]* where .* order by .*publication_date/);
    plans['article by slug'] = await planFor(second, print(ArticleBySlugQuery), { slug: 'bulk-article-1234' }, /from [^ ]*articles[^ ]* as [^ ]*t0[^ ]* where .*slug/);
    plans['upcoming events'] = await planFor(
      second,
      print(EventListQuery),
      { filters: { endsAt: { gte: new Date().toISOString() } }, sort: ['startsAt:asc'] },
      /from [^ ]*events[^ ]* as [^ ]*t0[^ ]* where .* order by .*starts_at/,
    );
    plans['authors of a page of articles'] = await planFor(second, print(ArticleListQuery), { pageSize: 12 }, /team_members.*articles_authors_lnk/);
  } finally {
    await second.stop();
  }
});

afterAll(async () => {
  await database?.drop();
  if (Object.keys(plans).length > 0) {
    console.info(Object.entries(plans).map(([name, plan]) => `${name} (${database.client}):\n${plan}`).join('\n\n'));
  }
});

const expectDeclared = (indexes: Indexes) => {
  for (const [table, declared] of Object.entries(DECLARED)) {
    for (const [name, columns] of Object.entries(declared)) {
      expect(indexes[table], `${table}.${name}`).toContainEqual(expect.objectContaining({ name, columns }));
    }
  }
};

describe('declared indexes', () => {
  it('exist after the first boot', () => {
    expectDeclared(firstBoot);
  });

  it('survive a second boot on the same database, and one missing from an older database is created', () => {
    expectDeclared(secondBoot);
  });

  it('are not needed on link tables: Strapi indexes the parent id columns the batched queries filter on', () => {
    for (const [table, column] of Object.entries(LINK_COLUMNS)) {
      expect(
        secondBoot[table]?.some((index) => index.columns[0] === column),
        `${table}.${column}`,
      ).toBe(true);
    }
  });
});

describe('query plans on 2,000 articles', () => {
  it('the insights list reads articles newest first through the publication date index', () => {
    expect(plans['insights list']).toMatch(/articles_publication_date_idx/);
    // At most the tie-breakers (title, id) are sorted, never the whole table.
    expect(plans['insights list']).not.toMatch(/TEMP B-TREE FOR ORDER BY|Seq Scan on articles/);
  });

  it('an article is found by its slug through the slug index', () => {
    expect(plans['article by slug']).toMatch(/articles_slug_idx/);
  });

  it('upcoming events are read in start order through the starts_at index', () => {
    expect(plans['upcoming events']).toMatch(/events_starts_at_idx/);
  });

  it('the batched authors query finds its links by article id through Strapi’s index', () => {
    expect(plans['authors of a page of articles']).toMatch(/articles_authors_lnk_fk/);
  });
});

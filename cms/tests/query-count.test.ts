import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleBySlugQuery, ArticleListQuery } from '../../packages/api/src/documents/article.ts';
import { seedBulk } from './helpers/bulk';
import { createTestDatabase, type TestDatabase } from './helpers/database';
import { graphql, type GraphQLResponse } from './helpers/http';
import { recordStatements } from './helpers/statements';
import { startStrapi, type TestStrapi } from './helpers/strapi';

/**
 * What the site's queries cost the database, counted as the SQL statements the driver receives
 * during one request (BEGIN and COMMIT included). Strapi's own relation resolvers read each
 * relation of each article on its own (N+1); the batched ones read each relation once per
 * request, so a page of 50 insights costs what a page of one does.
 *
 * Both resolvers run against the same generated dataset: a first boot with
 * GRAPHQL_BATCH_RELATIONS=false, a second on the same database with batching on.
 */
const PAGE_SIZES = [1, 12, 50] as const;
const MAX_LIST_STATEMENTS = 10;

const LIST = print(ArticleListQuery);
const BY_SLUG = print(ArticleBySlugQuery);
/** Relation lists longer than the default page (each topic has ~40 articles), paged and sorted per parent. */
const TOPIC_ARTICLES = `{
  topics(sort: "name:asc") {
    slug
    articles { slug }
    sorted: articles(sort: ["publicationDate:asc"], pagination: { start: 3, limit: 4 }) { slug authors { slug } }
  }
}`;

const TOPICS_ALONE = `{ topics(sort: "name:asc") { slug } }`;

interface Measured {
  statements: Record<string, number>;
  responses: Record<string, GraphQLResponse<Record<string, any>>>;
}

const measure = async (cms: TestStrapi): Promise<Measured> => {
  const run = async (query: string, variables: Record<string, unknown> = {}) => {
    const { result, statements } = await recordStatements(cms.strapi, () => graphql(cms.url, query, variables));
    return { response: result, count: statements.length };
  };
  // Warm up: the first request of a process also loads permissions and caches.
  await graphql(cms.url, LIST, { pageSize: 12 });

  const measured: Measured = { statements: {}, responses: {} };
  const requests: [string, string, Record<string, unknown>][] = [
    ...PAGE_SIZES.map((pageSize): [string, string, Record<string, unknown>] => [`list ${pageSize}`, LIST, { pageSize }]),
    ['article by slug', BY_SLUG, { slug: 'bulk-article-5' }],
    ['topics with their articles', TOPIC_ARTICLES, {}],
    ['topics alone', TOPICS_ALONE, {}],
  ];
  for (const [name, query, variables] of requests) {
    const { response, count } = await run(query, variables);
    measured.statements[name] = count;
    measured.responses[name] = response;
  }
  return measured;
};

let database: TestDatabase;
let stock: Measured;
let batched: Measured;

beforeAll(async () => {
  database = await createTestDatabase();
  const env = { CRON_ENABLED: 'false' };

  const first = await startStrapi({ database, env: { ...env, GRAPHQL_BATCH_RELATIONS: 'false' } });
  try {
    await seedBulk(first.strapi, { articles: 200, members: 30, events: 10, topics: 10 });
    stock = await measure(first);
  } finally {
    await first.stop();
  }

  const second = await startStrapi({ database, env: { ...env, GRAPHQL_BATCH_RELATIONS: 'true' } });
  try {
    batched = await measure(second);
  } finally {
    await second.stop();
  }
});

afterAll(async () => {
  await database?.drop();
  if (stock && batched) {
    const rows = Object.keys(stock.statements).map((name) => ({ request: name, stock: stock.statements[name], batched: batched.statements[name] }));
    console.info(`SQL statements per request (${database.client}):\n${rows.map((row) => `  ${row.request.padEnd(28)} stock ${String(row.stock).padStart(4)}   batched ${String(row.batched).padStart(3)}`).join('\n')}`);
  }
});

describe('with batched relation loading', () => {
  it(`the insights list costs the same statements at page sizes ${PAGE_SIZES.join(', ')}, at most ${MAX_LIST_STATEMENTS}`, () => {
    const counts = PAGE_SIZES.map((size) => batched.statements[`list ${size}`]);
    expect(new Set(counts).size, `statements per page size: ${counts.join(', ')}`).toBe(1);
    expect(counts[0]).toBeLessThanOrEqual(MAX_LIST_STATEMENTS);
  });

  it('an article page costs fewer statements than with Strapi’s resolvers', () => {
    expect(batched.statements['article by slug']).toBeLessThan(stock.statements['article by slug']!);
  });

  it('relation lists longer than a page cost one statement per relation field, not one per topic', () => {
    // articles, sorted and sorted.authors: three relation fields over all topics.
    expect(batched.statements['topics with their articles']).toBe(batched.statements['topics alone']! + 3);
  });
});

describe('Strapi’s own resolvers (GRAPHQL_BATCH_RELATIONS=false)', () => {
  it('cost statements per article listed', () => {
    const counts = PAGE_SIZES.map((size) => stock.statements[`list ${size}`]!);
    expect(counts[1]).toBeGreaterThan(counts[0]!);
    expect(counts[2]).toBeGreaterThan(counts[1]!);
  });
});

describe('batched and stock resolvers', () => {
  it.each(['list 1', 'list 12', 'list 50', 'article by slug', 'topics with their articles'])('return the same JSON for %s', (name) => {
    expect(stock.responses[name]!.errors).toBeUndefined();
    expect(batched.responses[name]).toEqual(stock.responses[name]);
  });

  it('page relation lists per parent: the default 25, and start/limit on each topic', () => {
    const topics = batched.responses['topics with their articles']!.data!.topics as { articles: unknown[]; sorted: unknown[] }[];
    expect(topics.length).toBeGreaterThan(0);
    for (const topic of topics) {
      expect(topic.articles).toHaveLength(25);
      expect(topic.sorted).toHaveLength(4);
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, rest } from './helpers/http';
import { requireDist, startStrapi, type TestStrapi } from './helpers/strapi';

/**
 * No single request can take the server down. On a large generated dataset (2,000 articles,
 * each with two authors who each wrote 80), a query that nests articles → authors → articles
 * nine levels deep would materialise billions of objects; stock Strapi runs out of memory on
 * it. The cost limit refuses it before it runs, with a message saying what to change.
 */
let cms: TestStrapi;
const query = (source: string, variables?: Record<string, unknown>) => graphql(cms.url, source, variables);

/** articles → authors → articles → … `levels` lists deep. */
const nested = (levels: number): string => {
  let inner = 'name';
  for (let level = levels - 1; level > 0; level -= 1) inner = level % 2 === 1 ? `authors { name ${inner} }` : `articles { title ${inner} }`;
  return `{ articles { title ${inner} } }`;
};

beforeAll(async () => {
  cms = await startStrapi();
  const { bulkSeed } = requireDist<typeof import('../src/seed/bulk')>('src/seed/bulk.js');
  await bulkSeed(cms.strapi, { articles: 2000, members: 50, events: 10, topics: 10 });
});
afterAll(async () => {
  await cms?.stop();
});

describe('page sizes', () => {
  it('serves 25 items when no page size is given', async () => {
    const { data } = await query(`{ articles { documentId } }`);
    expect(data!.articles).toHaveLength(25);
  });

  it('caps a page at 50 items however many are asked for', async () => {
    const { data } = await query(`{ articles(pagination: { limit: 5000 }) { documentId } }`);
    expect(data!.articles).toHaveLength(50);
    const paged = await query(`{ articles_connection(pagination: { pageSize: 5000 }) { nodes { documentId } pageInfo { pageSize total } } }`);
    expect(paged.data!.articles_connection.nodes).toHaveLength(50);
    expect(paged.data!.articles_connection.pageInfo.total).toBe(2000);
  });

  it('caps REST pages the same way', async () => {
    const { status, body } = await rest(cms.url, '/api/articles?pagination[pageSize]=5000&fields[0]=title');
    expect(status).toBe(200);
    expect(body.data).toHaveLength(50);
  });
});

describe('depth', () => {
  it('refuses an operation nested deeper than 7 levels', async () => {
    const response = await query(`{ articles { authors { articles { authors { articles { authors { articles { authors { name } } } } } } } } }`);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.message).toMatch(/exceeds maximum operation depth of 7/);
  });
});

describe('query cost', () => {
  it('refuses the nine-level articles → authors → articles query before running it', async () => {
    const source = `{ articles(pagination: { limit: 50 }) { title authors { name articles { title authors { name articles { title authors { name } } } } } } }`;
    const response = await query(source);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(response.errors?.[0]?.message).toMatch(/could return up to \d+ objects; the limit is 10000/);
    expect(response.errors?.[0]?.message).toMatch(/smaller pages/);
    expect(response.data ?? null).toBeNull();
  });

  it('counts lists inside fragments and variables', async () => {
    const response = await query(
      `query ($size: Int) { articles(pagination: { limit: $size }) { ...Nested } }
       fragment Nested on Article { authors { articles { authors { name } } } }`,
      { size: 50 },
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('estimates again when a page size variable changes, not when another variable does', async () => {
    const source = `query ($size: Int, $title: String) {
      articles(filters: { title: { ne: $title } }, pagination: { limit: $size }) { authors { articles { title } } }
    }`;
    const small = await query(source, { size: 1, title: 'a' });
    expect(small.errors).toBeUndefined();
    expect(small.data!.articles).toHaveLength(1);
    // Same page size, another title: the remembered estimate applies and the query runs.
    expect((await query(source, { size: 1, title: 'b' })).errors).toBeUndefined();
    const large = await query(source, { size: 50, title: 'a' });
    expect(large.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect((await query(source, { size: 50, title: 'c' })).errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect((await query(source, { size: 1, title: 'c' })).errors).toBeUndefined();
  });

  it('estimates again when an @include or @skip condition changes, whichever comes first', async () => {
    const source = `query ($deep: Boolean!, $shallow: Boolean!) {
      articles(pagination: { limit: 10 }) { title authors @include(if: $deep) { name articles { title authors @skip(if: $shallow) { name } } } }
    }`;
    // The cheap variant first: its estimate must not let the expensive one through.
    expect((await query(source, { deep: false, shallow: true })).errors).toBeUndefined();
    expect((await query(source, { deep: true, shallow: true })).errors).toBeUndefined();
    const expensive = await query(source, { deep: true, shallow: false });
    expect(expensive.status).toBe(400);
    expect(expensive.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    // And the expensive variant's estimate does not refuse the cheap one.
    expect((await query(source, { deep: false, shallow: false })).errors).toBeUndefined();
  });

  it('refuses variables of the wrong type with BAD_USER_INPUT, also once the estimate is known', async () => {
    const source = `query ($slug: String!, $size: Int) { articles(filters: { slug: { eq: $slug } }, pagination: { limit: $size }) { slug } }`;
    expect((await query(source, { slug: 'known', size: 1 })).errors).toBeUndefined();
    for (const variables of [{ slug: { not: 'a string' }, size: 1 }, { size: 1 }, { slug: 'known', size: 'one' }]) {
      const response = await query(source, variables);
      expect(response.status).toBe(400);
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.message).toMatch(/Variable "\$(slug|size)"/);
    }
  });

  it('keeps answering after refusing expensive queries', async () => {
    const attacks = Array.from({ length: 20 }, () => query(nested(9)));
    const results = await Promise.all(attacks);
    for (const result of results) expect(result.errors?.length).toBeGreaterThan(0);
    const { data, errors } = await query(`{ articles_connection { pageInfo { total } } }`);
    expect(errors).toBeUndefined();
    expect(data!.articles_connection.pageInfo.total).toBe(2000);
  });

  it('lets a realistic list page through', async () => {
    const { data, errors } = await query(`{
      articles_connection(sort: "publicationDate:desc", pagination: { page: 2, pageSize: 12 }) {
        nodes { title slug excerpt cover { url } authors { name slug photo { url } } topics { name slug } }
        pageInfo { total pageCount }
      }
    }`);
    expect(errors).toBeUndefined();
    expect(data!.articles_connection.nodes).toHaveLength(12);
    expect(data!.articles_connection.nodes[0].authors).toHaveLength(2);
  });
});

describe('errors', () => {
  it('never carry a stack trace', async () => {
    const responses = await Promise.all([
      query(`{ articles(filters: { nope: { eq: 1 } }) { title } }`),
      query(`{ articles(sort: "nope:desc") { title } }`),
      query(`{ articles { title `),
      query(nested(9)),
    ]);
    for (const response of responses) {
      expect(response.errors?.length).toBeGreaterThan(0);
      expect(JSON.stringify(response.errors)).not.toMatch(/stacktrace|\s{4}at /);
    }
  });
});

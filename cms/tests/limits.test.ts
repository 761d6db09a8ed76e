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
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    // Not graphql-depth-limit's "'' exceeds maximum operation depth of 7": what to do about it.
    expect(response.errors?.[0]?.message).toBe(
      'The query nests fields more than 7 levels deep. Ask for fewer levels of relations (or fragments within fragments), or split it into several queries.',
    );
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

  it('counts every text search of a root query, which reads every row, however small its page', async () => {
    const searches = (count: number, operator = 'containsi') =>
      `{ ${Array.from({ length: count }, (_, n) => `s${n}: articles(filters: { or: [{ title: { ${operator}: "w${n}" } }, { excerpt: { ${operator}: "w${n}" } }] }, pagination: { limit: 1 }) { slug }`).join(' ')} }`;
    const refused = await query(searches(21));
    expect(refused.status).toBe(400);
    expect(refused.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(refused.errors?.[0]?.message).toMatch(/counting 500 for each of its 21 text searches, which read every row/);
    // Through a variable too, as the site sends its search.
    const viaVariable = await query(
      `query ($f: ArticleFiltersInput) { ${Array.from({ length: 21 }, (_, n) => `s${n}: articles(filters: $f, pagination: { limit: 1 }) { slug }`).join(' ')} }`,
      { f: { title: { startsWith: 'A' } } },
    );
    expect(viaVariable.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect((await query(searches(2))).errors).toBeUndefined();
    // An exact match is served by an index: not counted.
    const exact = await query(`{ ${Array.from({ length: 30 }, (_, n) => `s${n}: articles(filters: { slug: { eq: "s${n}" } }, pagination: { limit: 1 }) { slug }`).join(' ')} }`);
    expect(exact.errors).toBeUndefined();
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

  it('call a malformed persisted query the client’s mistake, in words, not a server fault', async () => {
    for (const [persistedQuery, message] of [
      [{ version: 1, sha256Hash: 'abc' }, 'provided sha does not match query'],
      [{ version: 2, sha256Hash: 'abc' }, /version/i],
    ] as const) {
      const response = await rest(cms.url, '/graphql', { method: 'POST', body: { query: '{ __typename }', extensions: { persistedQuery } } });
      expect(response.status).toBe(400);
      expect(response.body.errors[0].extensions.code).toBe('BAD_REQUEST');
      expect(response.body.errors[0].message).toMatch(message);
    }
  });
});

/** Nothing internal in an answer: no SQL, no database or query-builder names. */
const expectNothingInternal = (body: unknown) => {
  expect(JSON.stringify(body)).not.toMatch(/select|sqlite|knex|t0/i);
};

describe('malformed filters', () => {
  const slugs = (count: number) => Array.from({ length: count }, (_, n) => `{ slug: { eq: "q${n}" } }`).join(', ');
  const notNested = (levels: number) => `${'{ not: '.repeat(levels)}{ slug: { eq: "q" } }${' }'.repeat(levels)}`;

  const expectBadInput = (response: Awaited<ReturnType<typeof query>>, message: RegExp) => {
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toMatch(message);
    expect(response.data ?? null).toBeNull();
    expectNothingInternal(response);
  };

  it('refuses an `or` of 1,000 conditions, naming the limit', async () => {
    expectBadInput(await query(`{ articles_connection(filters: { or: [${slugs(1000)}] }) { pageInfo { total } } }`), /1000 conditions; the most is 100\b/);
  });

  it('refuses the same through a variable, as the site sends its filters', async () => {
    const filters = { or: Array.from({ length: 200 }, (_, n) => ({ slug: { eq: `q${n}` } })) };
    expectBadInput(await query(`query ($filters: ArticleFiltersInput) { articles(filters: $filters) { slug } }`, { filters }), /200 conditions/);
  });

  it('refuses `not` nested 1,000 deep', async () => {
    expectBadInput(await query(`{ articles_connection(filters: ${notNested(1000)}) { pageInfo { total } } }`), /nested more than 10 levels deep/);
  });

  it('refuses 1,200 conditions on a relation’s filters', async () => {
    expectBadInput(await query(`{ articles(pagination: { limit: 1 }) { title authors(filters: { or: [${slugs(1200)}] }) { name } } }`), /1200 conditions/);
  });

  it('refuses a 50,000-character search text', async () => {
    expectBadInput(
      await query(`query ($text: String) { articles(filters: { title: { containsi: $text } }) { slug } }`, { text: 'x'.repeat(50_000) }),
      /filters\.title\.containsi is 50000 characters long; the most is 1000\b/,
    );
  });

  it('refuses an empty `in` or `notIn` list, which would match everything', async () => {
    for (const operator of ['in', 'notIn']) {
      expectBadInput(await query(`{ articles(filters: { slug: { ${operator}: [] } }) { slug } }`), new RegExp(`filters\\.slug\\.${operator} is an empty list`));
      expectBadInput(await query(`query ($slugs: [String]) { articles(filters: { slug: { ${operator}: $slugs } }) { slug } }`, { slugs: [] }), /empty list/);
    }
    const one = await query(`{ articles(filters: { slug: { in: ["no-such-article"] } }) { slug } }`);
    expect(one.errors).toBeUndefined();
    expect(one.data!.articles).toEqual([]);
  });

  it('refuses an empty `or` or `and`, or an empty condition in one, which would match everything', async () => {
    expectBadInput(await query(`{ articles(filters: { or: [] }) { slug } }`), /filters\.or is an empty list, which would match every document/);
    expectBadInput(await query(`query ($f: ArticleFiltersInput) { articles(filters: $f) { slug } }`, { f: { and: [null] } }), /filters\.and holds an empty condition/);
    expectBadInput(await query(`{ articles(filters: { or: [{}] }) { slug } }`), /filters\.or holds an empty condition/);
    const fine = await query(`{ articles(filters: { or: [{ slug: { eq: "no-such-article" } }] }) { slug } }`);
    expect(fine.data!.articles).toEqual([]);
  });

  it('refuses pagination that asks for no page, instead of quietly serving another', async () => {
    expectBadInput(await query(`{ articles_connection(pagination: { page: -1, pageSize: 5 }) { nodes { slug } } }`), /pagination\.page is -1: it is a page number, from 1/);
    expectBadInput(await query(`{ articles_connection(pagination: { page: 1, pageSize: 0 }) { nodes { slug } } }`), /pagination\.pageSize is 0/);
    expectBadInput(await query(`query ($limit: Int) { articles(pagination: { limit: $limit }) { slug } }`, { limit: -5 }), /pagination\.limit is -5: it is how many items to return, from 1 \(at most 50 come back\)/);
    expectBadInput(await query(`{ articles(pagination: { start: -1, limit: 2 }) { slug } }`), /pagination\.start is -1/);
    expectBadInput(await query(`{ articles(pagination: { limit: 1 }) { readNext(limit: -1) { slug } } }`), /readNext\(limit\) is -1/);
    const fine = await query(`{ articles(pagination: { start: 0, limit: 1 }) { slug readNext(limit: 0) { slug } } }`);
    expect(fine.errors).toBeUndefined();
    expect(fine.data!.articles).toHaveLength(1);
  });

  it('refuses `between` without exactly two values', async () => {
    for (const between of ['[1]', '1', '[1, 2, 3]', '[]']) {
      expectBadInput(await query(`{ articles(filters: { readingTimeMinutes: { between: ${between} } }) { slug } }`), /between needs exactly two values/);
    }
    const fine = await query(`{ articles(filters: { readingTimeMinutes: { between: [1, 60] } }, pagination: { limit: 1 }) { slug } }`);
    expect(fine.errors).toBeUndefined();
    expect(fine.data!.articles).toHaveLength(1);
  });

  it('lets the site’s own filters through: topic, author and a 100-character search', async () => {
    const filters = {
      and: [
        { topics: { slug: { eq: 'bulk-topic-1' } } },
        { authors: { slug: { eq: 'bulk-member-1' } } },
        { or: [{ title: { containsi: 'y'.repeat(100) } }, { excerpt: { containsi: 'y'.repeat(100) } }] },
      ],
    };
    const response = await query(`query ($filters: ArticleFiltersInput) { articles_connection(filters: $filters) { pageInfo { total } } }`, { filters });
    expect(response.errors).toBeUndefined();
    expect(response.data!.articles_connection.pageInfo.total).toBe(0);
  });
});

describe('malformed REST filters', () => {
  const expectBadRequest = (response: { status: number; body: any }, message: RegExp) => {
    expect(response.status).toBe(400);
    expect(response.body.error.name).toBe('ValidationError');
    expect(response.body.error.message).toMatch(message);
    expectNothingInternal(response.body);
  };

  it('refuses `$between` with one value with 400, not 500', async () => {
    expectBadRequest(await rest(cms.url, '/api/articles?filters[readingTimeMinutes][$between][0]=1'), /\$between needs exactly two values/);
    const fine = await rest(cms.url, '/api/articles?filters[readingTimeMinutes][$between][0]=1&filters[readingTimeMinutes][$between][1]=60&fields[0]=slug');
    expect(fine.status).toBe(200);
    expect(fine.body.data.length).toBeGreaterThan(0);
  });

  it('refuses a page, page size, start or limit that is not a whole number in range', async () => {
    expectBadRequest(await rest(cms.url, '/api/articles?pagination[pageSize]=abc'), /pagination\[pageSize\] is "abc", not a whole number: it is how many items a page holds/);
    expectBadRequest(await rest(cms.url, '/api/articles?pagination[page]=-1'), /pagination\[page\] is -1: it is a page number, from 1/);
    expectBadRequest(await rest(cms.url, '/api/articles?pagination[start]=-3&pagination[limit]=2'), /pagination\[start\] is -3/);
    const fine = await rest(cms.url, '/api/articles?pagination[page]=2&pagination[pageSize]=3&fields[0]=slug');
    expect(fine.status).toBe(200);
    expect(fine.body.meta.pagination).toMatchObject({ page: 2, pageSize: 3 });
  });

  it('refuses too many conditions and too long a text', async () => {
    const or = Array.from({ length: 120 }, (_, n) => `filters[$or][${n}][slug][$eq]=q${n}`).join('&');
    expectBadRequest(await rest(cms.url, `/api/articles?${or}`), /120 conditions; the most is 100\b/);
    expectBadRequest(await rest(cms.url, `/api/articles?filters[title][$containsi]=${'x'.repeat(5000)}`), /5000 characters long; the most is 1000\b/);
    expectBadRequest(await rest(cms.url, `/api/articles?populate[authors][filters][name][$containsi]=${'x'.repeat(5000)}`), /5000 characters long/);
  });
});

describe('REST populate', () => {
  const expectRefused = async (path: string, message: RegExp) => {
    const response = await rest(cms.url, path);
    expect(response.status, path).toBe(400);
    expect(response.body.error.name).toBe('ValidationError');
    expect(response.body.error.message).toMatch(message);
    expectNothingInternal(response.body);
  };

  it('refuses lists that grow with the site (an author’s or a topic’s articles), however they are asked for', async () => {
    // articles → authors → articles → …: one request returned 78 MB before.
    await expectRefused('/api/articles?populate[authors][populate][articles][populate][authors][populate]=*', /"articles": the articles linked to a team member, a list that grows with the site.*\/api\/articles with filters\[authors\]\[documentId\]\[\$eq\]/);
    await expectRefused('/api/articles?populate=authors.articles', /populate\[authors\]\[populate\]\[articles\] asks for "articles"/);
    await expectRefused('/api/articles?populate[0]=topics.events', /"events": the events linked to a topic/);
    await expectRefused('/api/topics?populate=*', /populate=\* would include "articles".*or name the relations you want/);
    await expectRefused('/api/team-members?populate[articles]=true', /filters\[authors\]\[documentId\]/);
    await expectRefused('/api/articles?populate[authors][populate]=*', /populate\[authors\]\[populate\]=\* would include "articles"/);
  });

  it('refuses populate nested more than three levels', async () => {
    await expectRefused('/api/articles?populate[related][populate][related][populate][related][populate][cover]=true', /4 levels deep; the most is 3/);
  });

  it('lets what an article page needs through: authors with photos, topics, cover, related reading and sharing image', async () => {
    const fine = await rest(
      cms.url,
      '/api/articles?pagination[pageSize]=2&populate[authors][populate][photo]=true&populate[topics]=true&populate[cover]=true&populate[related][populate][cover]=true&populate[seo][populate][shareImage]=true',
    );
    expect(fine.status).toBe(200);
    expect(fine.body.data[0].authors[0].name).toEqual(expect.any(String));
    expect((await rest(cms.url, '/api/articles?populate=*&pagination[pageSize]=1')).status).toBe(200);
    expect((await rest(cms.url, '/api/articles?populate=authors.photo,topics&pagination[pageSize]=1')).status).toBe(200);
    expect((await rest(cms.url, '/api/team-members?populate[0]=photo&populate[1]=expertise')).status).toBe(200);
    expect((await rest(cms.url, '/api/events?populate=*&pagination[pageSize]=1')).status).toBe(200);
  });
});

describe('errors nobody expected', () => {
  it('answer INTERNAL_SERVER_ERROR with nothing but a generic message', async () => {
    const sqlError = Object.assign(new Error('select `t0`.`id` from `topics` as `t0` - Expression tree is too large'), { name: 'SqliteError', code: 'SQLITE_ERROR' });
    const plainError = new Error('Missing schema in validateQuery');
    // Reading topics fails as a database or library fault would, while `failWith` is set.
    let failWith: Error | undefined;
    cms.strapi.documents.use(async (context, next) => {
      if (failWith && context.uid === 'api::topic.topic') throw failWith;
      return next();
    });
    for (const error of [sqlError, plainError]) {
      failWith = error;
      try {
        const response = await query(`{ topics { name } }`);
        expect(response.errors).toHaveLength(1);
        const [only] = response.errors!;
        expect(only!.message).toBe('Internal Server Error');
        expect(only!.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
        expectNothingInternal(response);
        expect(JSON.stringify(response)).not.toMatch(/Missing schema|validateQuery/);
      } finally {
        failWith = undefined;
      }
    }
  });
});

describe('the public schema', () => {
  it('has no UploadFile.related, which could never be resolved', async () => {
    const response = await query(`{ articles { cover { related { __typename } } } }`);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors?.[0]?.message).toMatch(/Cannot query field "related" on type "UploadFile"/);
    expectNothingInternal(response);
    const type = await query(`{ __type(name: "UploadFile") { fields { name } } }`);
    expect(type.data!.__type.fields.map((field: { name: string }) => field.name)).not.toContain('related');
  });

  it('refuses subscriptions as a client error: there are none', async () => {
    const response = await query(`subscription { x }`);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors?.[0]?.message).toMatch(/This API has no subscriptions/);
    expectNothingInternal(response);
  });
});

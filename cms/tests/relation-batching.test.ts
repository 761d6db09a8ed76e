import { print, type DocumentNode } from 'graphql';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ArticleBySlugQuery, ArticleListQuery } from '../../packages/api/src/documents/article.ts';
import { EventBySlugQuery, EventListQuery } from '../../packages/api/src/documents/event.ts';
import { GlobalQuery } from '../../packages/api/src/documents/global.ts';
import { TeamMemberBySlugQuery, TeamMembersQuery } from '../../packages/api/src/documents/team-member.ts';
import { TopicsQuery } from '../../packages/api/src/documents/topic.ts';
import { createTestDatabase, type TestDatabase } from './helpers/database';
import { makeTeamMember } from './helpers/factories';
import { graphql, type GraphQLResponse } from './helpers/http';
import { recordStatements } from './helpers/statements';
import { startStrapi, type TestStrapi } from './helpers/strapi';
import { createApiToken } from './helpers/tokens';

/**
 * Batched relation loading changes what a query costs, never what it returns. The demo content
 * (plus share images and a published article with a newer draft) is read once by Strapi's own
 * resolvers (GRAPHQL_BATCH_RELATIONS=false) and once, on the same database, by the batched ones;
 * every query must give the same JSON, errors included. The queries cover every kind of
 * relation field: to-one and to-many relations, both sides of a relation, single media, media
 * in components, components and repeatable components, nested relations, filters, sort and
 * pagination on relation fields, `_connection` fields, drafts and publication filters.
 */
interface Case {
  query: string | DocumentNode;
  variables?: Record<string, unknown> | (() => Record<string, unknown>);
  /** Sent with a full-access API token (drafts). */
  preview?: boolean;
  /** Sent with a custom API token that may read articles and topics, not team members or files. */
  articlesOnly?: boolean;
}

const DRAFT_AUTHOR = 'Draft Only Co-author';
const EDITED_ARTICLE = 'team-charter-people-actually-use';
let editedDocumentId: string;

const CASES: Record<string, Case> = {
  'site: insights list': { query: ArticleListQuery, variables: { pageSize: 12 } },
  'site: insights list, second page of a topic': {
    query: ArticleListQuery,
    variables: { page: 2, pageSize: 2, filters: { topics: { slug: { eq: 'leadership-in-public-service' } } } },
  },
  'site: article page': { query: ArticleBySlugQuery, variables: { slug: 'listening-before-fixing' } },
  'site: article page with share image': { query: ArticleBySlugQuery, variables: { slug: EDITED_ARTICLE } },
  'site: article preview (draft)': { query: ArticleBySlugQuery, variables: { slug: EDITED_ARTICLE, status: 'DRAFT' }, preview: true },
  'site: team': { query: TeamMembersQuery },
  'site: team member page': { query: TeamMemberBySlugQuery, variables: { slug: 'amara-osei' } },
  'site: events': { query: EventListQuery, variables: { pageSize: 50 } },
  'site: event page': { query: EventBySlugQuery, variables: { slug: 'service-design-clinic-manchester' } },
  'site: settings': { query: GlobalQuery },
  'site: topics': { query: TopicsQuery },
  'relation arguments': {
    query: `{
      articles(sort: "title:asc", pagination: { limit: 50 }) {
        slug
        firstAuthor: authors(pagination: { limit: 1 }) { slug }
        authorsByName: authors(sort: "name:desc") { slug }
        authorsWithA: authors(filters: { name: { containsi: "a" } }) { slug }
        secondTopic: topics(pagination: { start: 1, limit: 1 }) { slug }
        topicPage2: topics(pagination: { page: 2, pageSize: 1 }) { slug }
        authors_connection { nodes { slug } }
        topics_connection(sort: "slug:desc") { nodes { slug } }
        related_connection(pagination: { limit: 2 }) { nodes { slug cover { url alternativeText } } }
      }
    }`,
  },
  'inverse relations, nested': {
    query: `{
      teamMembers(sort: "name:asc", pagination: { limit: 10 }) {
        slug
        photo { url formats }
        articles(sort: ["publicationDate:desc"], pagination: { limit: 5 }) {
          slug
          cover { url }
          topics(pagination: { limit: 3 }) { slug articles(sort: "slug:asc", pagination: { limit: 2 }) { slug } }
        }
        events(pagination: { limit: 5 }) { slug cover { url } }
        expertise(sort: "name:asc", pagination: { limit: 5 }) { slug experts(sort: "slug:asc", pagination: { limit: 5 }) { slug } }
      }
    }`,
  },
  'topics and what is filed under them': {
    query: `{
      topics(sort: "slug:asc", pagination: { limit: 10 }) {
        slug
        articles(sort: "title:asc", pagination: { limit: 3 }) { slug }
        articles_connection(pagination: { start: 2, limit: 2 }) { nodes { slug } }
        events(sort: "startsAt:desc", pagination: { limit: 5 }) { slug hosts(pagination: { limit: 5 }) { slug } }
        experts { slug }
      }
    }`,
  },
  'relation filtered through another relation': {
    query: `{
      teamMembers(sort: "slug:asc") {
        slug
        articles(filters: { topics: { slug: { in: ["learning-and-evaluation", "organisation-development"] } } }) { slug }
        events(filters: { or: [{ format: { eq: "online" } }, { topics: { slug: { eq: "service-design-and-delivery" } } }] }) { slug }
      }
    }`,
  },
  'one document by id': {
    query: `query ($id: ID!) { article(documentId: $id) { slug cover { url } authors { slug articles(sort: "slug:asc") { slug } } seo { shareImage { url } } } }`,
    variables: () => ({ id: editedDocumentId }),
  },
  'components and their media': {
    query: `{
      articles(sort: "slug:asc") { slug seo { metaTitle shareImage { url width formats } } }
      events(sort: "slug:asc") { slug seo { metaTitle shareImage { url } } }
      global {
        defaultSeo { metaTitle shareImage { url } }
        bookingCall { label url }
        firstLinks: quickLinks(pagination: { limit: 2 }) { label }
        linksByLabel: quickLinks(sort: "label:desc") { label url }
        someLinks: quickLinks(filters: { label: { containsi: "e" } }) { label }
      }
    }`,
  },
  'drafts with a full-access token': {
    query: `{
      articles(status: DRAFT, sort: "slug:asc", pagination: { limit: 20 }) {
        slug title cover { url } authors { slug name } topics { slug }
        related(pagination: { limit: 3 }) { slug authors(pagination: { limit: 3 }) { slug } }
        seo { shareImage { url } }
      }
      teamMembers(status: DRAFT, sort: "slug:asc", pagination: { limit: 10 }) { slug articles(pagination: { limit: 10 }) { slug } }
    }`,
    preview: true,
  },
  'published and draft roots in one operation': {
    query: `{
      published: articles(sort: "slug:asc", pagination: { limit: 20 }) { slug authors { name } }
      drafts: articles(status: DRAFT, sort: "slug:asc", pagination: { limit: 20 }) { slug authors { name } }
      members: teamMembers(sort: "slug:asc", pagination: { limit: 10 }) { slug articles(pagination: { limit: 10 }) { slug authors(pagination: { limit: 5 }) { name } } }
    }`,
    preview: true,
  },
  'publication filters': {
    query: `{
      modified: articles(status: DRAFT, publicationFilter: MODIFIED) { slug authors { slug } }
      neverPublished: teamMembers(status: DRAFT, hasPublishedVersion: false) { slug articles { slug } }
      withPublished: teamMembers(status: DRAFT, publicationFilter: HAS_PUBLISHED_VERSION) { slug articles(sort: "slug:asc") { slug } }
    }`,
    preview: true,
  },
  'the same relation at two depths, selecting different fields': {
    query: `{
      articles(sort: "slug:asc", pagination: { limit: 6 }) {
        slug
        authors(pagination: { limit: 3 }) { name }
        byName: authors(sort: "name:asc", pagination: { limit: 3 }) { slug }
        cover { url }
        topics(pagination: { limit: 3 }) {
          slug
          articles(sort: "slug:asc", pagination: { limit: 4 }) {
            slug
            authors(pagination: { limit: 3 }) { jobTitle shortBio linkedinUrl photo { url width } }
            cover { alternativeText width height formats }
          }
        }
      }
    }`,
  },
  'a public request for drafts in a relation is refused': { query: `{ articles { slug authors(status: DRAFT) { slug } } }` },
  'relations the credentials may not read are refused, row by row': {
    query: `{
      articles(sort: "slug:asc", pagination: { limit: 4 }) {
        slug
        topics { slug }
        authors { slug }
        authors_connection { nodes { slug } }
      }
    }`,
    articlesOnly: true,
  },
};

/** Cases whose stock answer is an error: the batched answer must be the same error. */
const EXPECTED_ERRORS = new Set(['a public request for drafts in a relation is refused', 'relations the credentials may not read are refused, row by row']);

interface Run {
  responses: Record<string, GraphQLResponse<Record<string, any>>>;
  statements: Record<string, number>;
}

interface Tokens {
  preview: string;
  articlesOnly: string;
}

const runCases = async (cms: TestStrapi, tokens: Tokens): Promise<Run> => {
  const run: Run = { responses: {}, statements: {} };
  for (const [name, { query, variables, preview, articlesOnly }] of Object.entries(CASES)) {
    const source = typeof query === 'string' ? query : print(query);
    const values = typeof variables === 'function' ? variables() : variables;
    const token = preview ? tokens.preview : articlesOnly ? tokens.articlesOnly : undefined;
    const { result, statements } = await recordStatements(cms.strapi, () => graphql(cms.url, source, values, token));
    run.responses[name] = result;
    run.statements[name] = statements.length;
  }
  return run;
};

/** What the demo content lacks: share images on an article and the site settings, a published article with a newer draft. */
const addEdgeCases = async (cms: TestStrapi) => {
  const { strapi } = cms;
  const files = (await strapi.db.query('plugin::upload.file').findMany({ select: ['id'], orderBy: { id: 'asc' }, limit: 2 })) as { id: number }[];
  const [first, second] = files.map((file) => file.id);

  const articles = strapi.documents('api::article.article');
  const edited = await articles.findFirst({ filters: { slug: EDITED_ARTICLE }, populate: ['authors'] });
  const draftAuthor = await makeTeamMember(strapi, { name: DRAFT_AUTHOR }, 'draft');
  editedDocumentId = edited!.documentId;
  const authors = (edited!.authors as { documentId: string }[]).map((author) => author.documentId);
  await articles.update({ documentId: edited!.documentId, data: { seo: { metaTitle: 'A charter people use', shareImage: first }, authors } as never });
  await articles.publish({ documentId: edited!.documentId });
  await articles.update({ documentId: edited!.documentId, data: { title: 'A team charter people actually use (revised)', authors: [...authors, draftAuthor.documentId] } as never });

  const global = strapi.documents('api::global.global');
  const settings = await global.findFirst({ populate: ['defaultSeo'] });
  const { id: _id, ...defaultSeo } = settings!.defaultSeo as Record<string, unknown>;
  await global.update({ documentId: settings!.documentId, data: { defaultSeo: { ...defaultSeo, shareImage: second } } as never });
};

let database: TestDatabase;
let stock: Run;
let batched: Run;

beforeAll(async () => {
  database = await createTestDatabase();
  const env = { CRON_ENABLED: 'false' };

  const first = await startStrapi({ seed: true, database, env: { ...env, GRAPHQL_BATCH_RELATIONS: 'false' } });
  let tokens: Tokens;
  try {
    await addEdgeCases(first);
    tokens = {
      preview: await createApiToken(first.strapi, 'full-access'),
      articlesOnly: await createApiToken(first.strapi, 'custom', 'articles and topics only', ['api::article.article.find', 'api::topic.topic.find']),
    };
    stock = await runCases(first, tokens);
  } finally {
    await first.stop();
  }

  const second = await startStrapi({ database, env: { ...env, GRAPHQL_BATCH_RELATIONS: 'true' } });
  try {
    batched = await runCases(second, tokens);
  } finally {
    await second.stop();
  }
});

afterAll(async () => {
  await database?.drop();
  if (stock && batched) {
    const rows = Object.keys(CASES).map((name) => `  ${name.padEnd(58)} stock ${String(stock.statements[name]).padStart(4)}   batched ${String(batched.statements[name]).padStart(3)}`);
    console.info(`SQL statements per request on the demo content (${database.client}):\n${rows.join('\n')}`);
  }
});

it.each(Object.keys(CASES))('%s: the same JSON with batched relation loading as with Strapi’s resolvers', (name) => {
  const expected = stock.responses[name]!;
  if (EXPECTED_ERRORS.has(name)) expect(expected.errors?.length).toBeGreaterThan(0);
  else expect(expected.errors, JSON.stringify(expected.errors)).toBeUndefined();
  expect(batched.responses[name]).toEqual(expected);
  expect(batched.statements[name]).toBeLessThanOrEqual(stock.statements[name]!);
});

it('the edge cases are in the data: share images, a draft-only co-author, a newer draft title', () => {
  const page = stock.responses['site: article page with share image']!.data!.articles[0];
  expect(page.seo.shareImage.url).toMatch(/^\/uploads\//);
  expect(JSON.stringify(page)).not.toContain(DRAFT_AUTHOR);
  const preview = stock.responses['site: article preview (draft)']!.data!.articles[0];
  expect(preview.title).toMatch(/revised/);
  expect(preview.authors.map((author: { name: string }) => author.name)).toContain(DRAFT_AUTHOR);
  expect(stock.responses['components and their media']!.data!.global.defaultSeo.shareImage.url).toMatch(/^\/uploads\//);
  const filters = stock.responses['publication filters']!.data!;
  expect(filters.modified.map((article: { slug: string }) => article.slug)).toEqual([EDITED_ARTICLE]);
  expect(filters.neverPublished.map((member: { slug: string }) => member.slug)).toHaveLength(1);
  expect(filters.withPublished.length).toBeGreaterThan(1);
});

it('a relation is checked against the credentials: readable ones answer, the others are refused', () => {
  const { data, errors } = stock.responses['relations the credentials may not read are refused, row by row']!;
  expect(errors!.every((error) => error.extensions?.code === 'FORBIDDEN')).toBe(true);
  const refused = new Set(errors!.map((error) => String(error.path?.at(-1))));
  expect([...refused].sort()).toEqual(['authors', 'authors_connection']);
  // Four articles, two refused fields each: every row is refused, not only the first.
  expect(errors).toHaveLength(8);
  expect(data).toEqual({ articles: [null, null, null, null] });
});

it('batching is what made the difference: the insights list took fewer statements', () => {
  expect(batched.statements['site: insights list']).toBeLessThan(stock.statements['site: insights list']!);
});

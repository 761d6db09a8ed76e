import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, rest } from './helpers/http';
import { startStrapi, type TestStrapi } from './helpers/strapi';

/** The public GraphQL API over the demo content, as the site and other apps use it. */
let cms: TestStrapi;
const query = (source: string, variables?: Record<string, unknown>) => graphql(cms.url, source, variables);

beforeAll(async () => {
  cms = await startStrapi({ seed: true });
});
afterAll(async () => {
  await cms?.stop();
});

describe('articles', () => {
  it('lists published articles newest first with totals', async () => {
    const { data, errors } = await query(`{
      articles_connection(sort: "publicationDate:desc", pagination: { page: 1, pageSize: 4 }) {
        nodes { title slug publicationDate }
        pageInfo { total page pageSize pageCount }
      }
    }`);
    expect(errors).toBeUndefined();
    const { nodes, pageInfo } = data!.articles_connection;
    expect(pageInfo).toEqual({ total: 9, page: 1, pageSize: 4, pageCount: 3 });
    expect(nodes).toHaveLength(4);
    const dates = nodes.map((node: { publicationDate: string }) => Date.parse(node.publicationDate));
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
  });

  it('paginates without repeating or losing an article', async () => {
    const page = async (n: number) =>
      (await query(`query ($page: Int!) { articles(sort: "publicationDate:desc", pagination: { page: $page, pageSize: 4 }) { slug } }`, { page: n })).data!
        .articles as { slug: string }[];
    const all = [...(await page(1)), ...(await page(2)), ...(await page(3))].map((article) => article.slug);
    expect(all).toHaveLength(9);
    expect(new Set(all).size).toBe(9);
  });

  it('finds one article by slug with authors, topics, cover formats and companions', async () => {
    const { data } = await query(`{
      articles(filters: { slug: { eq: "listening-before-fixing" } }) {
        title excerpt readingTimeMinutes featured
        cover { url alternativeText width height formats }
        authors { name slug jobTitle photo { url alternativeText } }
        topics { name slug }
        related { slug title }
        body
      }
    }`);
    const [article] = data!.articles;
    expect(article.title).toMatch(/^Listening before fixing/);
    expect(article.featured).toBe(true);
    expect(article.authors.map((author: { slug: string }) => author.slug)).toEqual(['amara-osei']);
    expect(article.authors[0].photo.url).toMatch(/^\/uploads\/.+\.jpg$/);
    expect(article.topics.length).toBeGreaterThan(0);
    expect(article.cover.alternativeText.length).toBeGreaterThan(10);
    expect(article.cover.width).toBe(1600);
    expect(Object.keys(article.cover.formats).sort()).toEqual(['large', 'medium', 'small', 'thumbnail']);
    expect(article.related.length).toBeGreaterThan(0);
    expect(Array.isArray(article.body)).toBe(true);
    expect(article.readingTimeMinutes).toBeGreaterThanOrEqual(3);
  });

  it('filters articles by topic', async () => {
    const { data } = await query(`{
      articles(filters: { topics: { slug: { eq: "learning-and-evaluation" } } }) { slug topics { slug } }
    }`);
    expect(data!.articles.length).toBeGreaterThan(0);
    for (const article of data!.articles) {
      expect(article.topics.map((topic: { slug: string }) => topic.slug)).toContain('learning-and-evaluation');
    }
  });

  it('searches title and excerpt case-insensitively', async () => {
    const { data } = await query(`{
      articles(filters: { or: [{ title: { containsi: "CHARTER" } }, { excerpt: { containsi: "CHARTER" } }] }) { slug }
    }`);
    expect(data!.articles.map((article: { slug: string }) => article.slug)).toContain('team-charter-people-actually-use');
  });
});

describe('read next', () => {
  it('suggests the editor’s picks first, then recent articles sharing a topic, never the article itself', async () => {
    const { data, errors } = await query(`{
      articles(filters: { slug: { eq: "listening-before-fixing" } }) {
        slug
        related { slug }
        topics { slug }
        readNext(limit: 4) { slug publicationDate topics { slug } }
      }
    }`);
    expect(errors).toBeUndefined();
    const [article] = data!.articles;
    const picks = article.related.map((item: { slug: string }) => item.slug);
    const next = article.readNext as { slug: string; publicationDate: string; topics: { slug: string }[] }[];
    expect(picks.length).toBeGreaterThan(0);
    expect(next.map((item) => item.slug).slice(0, picks.length)).toEqual(picks);
    expect(next.map((item) => item.slug)).not.toContain(article.slug);
    expect(next).toHaveLength(4);
    const topics = new Set(article.topics.map((topic: { slug: string }) => topic.slug));
    const rest = next.slice(picks.length);
    for (const item of rest) expect(item.topics.some((topic) => topics.has(topic.slug))).toBe(true);
    const dates = rest.map((item) => Date.parse(item.publicationDate));
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
  });

  it('never suggests a draft', async () => {
    const { makeArticle } = await import('./helpers/factories');
    const topic = (await cms.strapi.db.query('api::topic.topic').findOne({ where: { slug: 'organisation-development' } })) as { documentId: string };
    const author = (await cms.strapi.db.query('api::team-member.team-member').findOne({ where: { slug: 'amara-osei' } })) as { documentId: string };
    await makeArticle(
      cms.strapi,
      { title: 'Unpublished thoughts', slug: 'unpublished-thoughts', topics: [topic.documentId], authors: [author.documentId], publicationDate: new Date().toISOString() },
      'draft',
    );
    const { data } = await query(`{ articles { slug readNext(limit: 12) { slug } } }`);
    for (const article of data!.articles) expect(article.readNext.map((item: { slug: string }) => item.slug)).not.toContain('unpublished-thoughts');
  });
});

describe('team', () => {
  it('lists members in their sort order', async () => {
    const { data } = await query(`{ teamMembers(sort: "sortOrder:asc") { name sortOrder } }`);
    const orders = data!.teamMembers.map((member: { sortOrder: number }) => member.sortOrder);
    expect(orders).toHaveLength(5);
    expect([...orders].sort((a, b) => a - b)).toEqual(orders);
  });

  it('reaches the articles and events a member wrote and hosts', async () => {
    const { data, errors } = await query(`{
      teamMembers(filters: { slug: { eq: "rhys-pritchard" } }) {
        name linkedinUrl
        articles { slug }
        events { slug }
        expertise { slug }
      }
      articles_connection(filters: { authors: { slug: { eq: "rhys-pritchard" } } }, sort: "publicationDate:desc") {
        nodes { slug }
        pageInfo { total }
      }
    }`);
    expect(errors).toBeUndefined();
    const [member] = data!.teamMembers;
    expect(member.linkedinUrl).toMatch(/^https:\/\/www\.linkedin\.com\//);
    expect(member.expertise.length).toBeGreaterThan(0);
    expect(member.events.length).toBeGreaterThan(0);
    // The relation and the member's own paginated query agree.
    const { nodes, pageInfo } = data!.articles_connection;
    expect(pageInfo.total).toBeGreaterThan(0);
    expect(nodes.map((node: { slug: string }) => node.slug).sort()).toEqual(member.articles.map((node: { slug: string }) => node.slug).sort());
  });
});

describe('events', () => {
  it('separates upcoming and past events around now', async () => {
    const now = new Date().toISOString();
    const { data } = await query(
      `query ($now: DateTime!) {
        upcoming: events(filters: { startsAt: { gte: $now } }, sort: "startsAt:asc") { slug startsAt endsAt timezone format isFree }
        past: events(filters: { startsAt: { lt: $now } }, sort: "startsAt:desc") { slug startsAt }
      }`,
      { now },
    );
    expect(data!.upcoming.length).toBeGreaterThanOrEqual(3);
    expect(data!.past.length).toBeGreaterThanOrEqual(3);
    for (const event of data!.upcoming) {
      expect(Date.parse(event.startsAt)).toBeGreaterThanOrEqual(Date.parse(now));
      expect(Date.parse(event.endsAt)).toBeGreaterThan(Date.parse(event.startsAt));
      expect(['online', 'in_person', 'hybrid']).toContain(event.format);
    }
    for (const event of data!.past) expect(Date.parse(event.startsAt)).toBeLessThan(Date.parse(now));
  });
});

describe('global settings', () => {
  it('serves the site name, footer links and the coffee-call invitation', async () => {
    const { data } = await query(`{
      global { siteName tagline regionLine linkedinUrl newsletterBlurb
        bookingCall { label url blurb }
        quickLinks { label url }
        defaultSeo { metaTitle metaDescription }
      }
    }`);
    expect(data!.global.siteName).toBe('Kestrel & Co');
    expect(data!.global.regionLine).toBe('Based in the South East, working globally');
    expect(data!.global.bookingCall.url).toMatch(/^https:\/\//);
    expect(data!.global.quickLinks.length).toBeGreaterThanOrEqual(4);
  });

  it('is readable over REST too', async () => {
    const { status, body } = await rest(cms.url, '/api/global');
    expect(status).toBe(200);
    expect(body.data.siteName).toBe('Kestrel & Co');
  });
});

describe('pages', () => {
  it('serves the privacy notice and the accessibility statement by slug', async () => {
    const { data, errors } = await query(`query ($slug: String!) { pages(filters: { slug: { eq: $slug } }) { title summary body updatedAt seo { metaTitle } } }`, { slug: 'privacy' });
    expect(errors).toBeUndefined();
    const [page] = data!.pages;
    expect(page.title).toBe('Privacy notice');
    expect(page.summary.length).toBeGreaterThan(20);
    expect(page.body.some((block: { type: string }) => block.type === 'heading')).toBe(true);
    const all = await query(`{ pages(sort: "title:asc") { slug } }`);
    expect(all.data!.pages.map((item: { slug: string }) => item.slug)).toEqual(['accessibility', 'privacy']);
  });

  it('are linked from the footer’s quick links', async () => {
    const { data } = await query(`{ global { quickLinks { url } } }`);
    const urls = data!.global.quickLinks.map((link: { url: string }) => link.url);
    expect(urls).toEqual(expect.arrayContaining(['/privacy', '/accessibility']));
  });

  it('are readable over REST, and not writable', async () => {
    const { status, body } = await rest(cms.url, '/api/pages?filters[slug][$eq]=accessibility');
    expect(status).toBe(200);
    expect(body.data[0].title).toBe('Accessibility statement');
    const write = await rest(cms.url, '/api/pages', { method: 'POST', body: { data: { title: 'x', summary: 'x' } } });
    expect(write.status).toBe(403);
  });
});

describe('seed', () => {
  it('changes nothing when it runs again', async () => {
    const { requireDist } = await import('./helpers/strapi');
    const { seed } = requireDist<typeof import('../src/seed')>('src/seed/index.js');
    const snapshot = async () => {
      const rows = await Promise.all(
        (['api::article.article', 'api::team-member.team-member', 'api::event.event', 'api::topic.topic', 'api::page.page', 'api::global.global', 'plugin::upload.file'] as const).map(
          (uid) => cms.strapi.db.query(uid).findMany({ orderBy: { id: 'asc' } }),
        ),
      );
      return JSON.stringify(rows);
    };
    const before = await snapshot();
    const report = await seed(cms.strapi);
    expect(Object.values(report.created).every((count) => count === 0)).toBe(true);
    expect(await snapshot()).toBe(before);
  });
});

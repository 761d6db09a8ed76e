// What the benchmark asks for: the site's own GraphQL documents (packages/api, printed with
// graphql's `print`), the REST requests that return the same fields, and the site's pages.
import { createRequire } from 'node:module';
import path from 'node:path';
import { getTarget, graphqlTarget } from './load.mjs';
import { rootDir } from './processes.mjs';

const apiDir = path.join(rootDir, 'packages/api');
const { print } = createRequire(path.join(apiDir, 'package.json'))('graphql');
// The documents are TypeScript; Node 22 strips the types.
const { ArticleListQuery, ArticleBySlugQuery } = await import(path.join(apiDir, 'src/documents/article.ts'));

export const LIST_QUERY = print(ArticleListQuery);
export const SLUG_QUERY = print(ArticleBySlugQuery);

/** The i-th article of a rotation that visits the whole dataset (7919 is prime). */
export const articleSlug = (i, articles) => `bulk-article-${((i * 7919) % articles) + 1}`;

/** Strapi's bracketed query string: { a: { b: [1, 2] } } → a[b][0]=1&a[b][1]=2. */
export const queryString = (value, prefix = '') =>
  Object.entries(value)
    .flatMap(([key, item]) => {
      const name = prefix ? `${prefix}[${key}]` : key;
      return item !== null && typeof item === 'object' ? [queryString(item, name)] : [`${encodeURIComponent(name).replace(/%5B/g, '[').replace(/%5D/g, ']')}=${encodeURIComponent(String(item))}`];
    })
    .join('&');

// The REST equivalents select what the GraphQL fragments select (packages/api ArticleCard,
// ArticleFull, ImageFields, TeamMemberCard), so neither side sends more than the other.
const IMAGE = { fields: ['url', 'alternativeText', 'caption', 'width', 'height', 'formats'] };
const NAME_SLUG = { fields: ['name', 'slug'] };
const CARD_FIELDS = ['title', 'slug', 'excerpt', 'publicationDate', 'readingTimeMinutes'];

const restList = (pageSize) =>
  `/api/articles?${queryString({
    sort: ['publicationDate:desc', 'title:asc'],
    pagination: { page: 1, pageSize },
    fields: CARD_FIELDS,
    populate: { cover: IMAGE, authors: NAME_SLUG, topics: NAME_SLUG },
  })}`;

const restBySlug = (slug) =>
  `/api/articles?${queryString({
    filters: { slug: { $eq: slug } },
    pagination: { start: 0, limit: 1 },
    fields: [...CARD_FIELDS, 'updatedAt', 'body'],
    populate: {
      cover: IMAGE,
      authors: { fields: ['name', 'slug', 'jobTitle', 'shortBio', 'linkedinUrl'], populate: { photo: IMAGE } },
      topics: NAME_SLUG,
      related: { fields: CARD_FIELDS, populate: { cover: IMAGE, authors: NAME_SLUG, topics: NAME_SLUG } },
      seo: { populate: { shareImage: IMAGE } },
    },
  })}`;

/** The CMS's requests: the insights list (12 a page unless `pageSize`) and one article by slug. */
export const cmsTargets = (cmsUrl, articles, pageSize = 12) => ({
  graphqlList: graphqlTarget(`GraphQL list (${pageSize})`, cmsUrl, LIST_QUERY, { page: 1, pageSize }),
  restList: getTarget(`REST list (${pageSize})`, cmsUrl, restList(pageSize)),
  graphqlSlug: graphqlTarget('GraphQL by slug', cmsUrl, SLUG_QUERY, { slug: articleSlug(0, articles) }, (i) => ({ slug: articleSlug(i, articles) })),
  restSlug: getTarget('REST by slug', cmsUrl, restBySlug(articleSlug(0, articles)), { vary: (i) => ({ path: restBySlug(articleSlug(i, articles)) }) }),
});

/** What a browser sends that matters to the site's compression. */
export const BROWSER_HEADERS = { 'accept-encoding': 'br, gzip', accept: 'text/html' };

/**
 * The site's pages. Uncached: each request carries the page-cache bypass header with the purge
 * secret (the site renders it afresh from the CMS and does not serve it from its page cache);
 * uncached article requests also walk through the dataset's articles.
 */
export const siteTargets = (siteUrl, articles, cachedSlug, bypassSecret) => {
  const uncached = { ...BROWSER_HEADERS, 'x-page-cache-bypass': bypassSecret };
  return {
    listCached: getTarget('/insights cached', siteUrl, '/insights', { headers: BROWSER_HEADERS }),
    articleCached: getTarget('/insights/<slug> cached', siteUrl, `/insights/${cachedSlug}`, { headers: BROWSER_HEADERS }),
    listUncached: getTarget('/insights uncached', siteUrl, '/insights', { headers: uncached }),
    articleUncached: getTarget('/insights/<slug> uncached', siteUrl, `/insights/${articleSlug(0, articles)}`, {
      headers: uncached,
      vary: (i) => ({ path: `/insights/${articleSlug(i, articles)}` }),
    }),
  };
};

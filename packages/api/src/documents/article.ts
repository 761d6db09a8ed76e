import { graphql } from '../graphql.ts';
import { ImageFields, PageInfoFields, SeoFields } from './shared.ts';
import { TeamMemberCard } from './team-member.ts';

export const ArticleCard = /* @__PURE__ */ graphql(
  `
  fragment ArticleCard on Article {
    documentId
    title
    slug
    excerpt
    publicationDate
    readingTimeMinutes
    cover { ...ImageFields }
    authors { name slug }
    topics { name slug }
  }
`,
  [ImageFields],
);

export const ArticleFull = /* @__PURE__ */ graphql(
  `
  fragment ArticleFull on Article {
    documentId
    title
    slug
    excerpt
    publicationDate
    updatedAt
    readingTimeMinutes
    body
    cover { ...ImageFields }
    authors { ...TeamMemberCard }
    topics { name slug }
    readNext(limit: 3) { ...ArticleCard }
    seo { ...SeoFields }
  }
`,
  [ImageFields, TeamMemberCard, ArticleCard, SeoFields],
);

/**
 * A page of articles, newest first. Filter with ArticleFiltersInput, e.g.
 * `{ topics: { slug: { eq: "leadership" } } }`, `{ authors: { slug: { eq: "amara-osei" } } }`
 * or a search `{ or: [{ title: { containsi: "charter" } }, { excerpt: { containsi: "charter" } }] }`.
 */
export const ArticleListQuery = /* @__PURE__ */ graphql(
  `
  query ArticleList($page: Int = 1, $pageSize: Int = 12, $filters: ArticleFiltersInput) {
    articles_connection(filters: $filters, sort: ["publicationDate:desc", "title:asc"], pagination: { page: $page, pageSize: $pageSize }) {
      nodes { ...ArticleCard }
      pageInfo { ...PageInfoFields }
    }
  }
`,
  [ArticleCard, PageInfoFields],
);

/** The latest articles for the RSS feed: the cover's media type and size for the enclosure. */
export const ArticleFeedQuery = /* @__PURE__ */ graphql(
  `
  query ArticleFeed($pageSize: Int = 20) {
    articles(sort: ["publicationDate:desc", "title:asc"], pagination: { pageSize: $pageSize }) {
      title
      slug
      excerpt
      publicationDate
      cover { url mime size }
      authors { name slug }
      topics { name slug }
    }
  }
`,
);

/** The most recent featured article. */
export const FeaturedArticleQuery = /* @__PURE__ */ graphql(
  `
  query FeaturedArticle {
    articles(filters: { featured: { eq: true } }, sort: ["publicationDate:desc"], pagination: { limit: 1 }) { ...ArticleCard }
  }
`,
  [ArticleCard],
);

/** One article by slug. `status: DRAFT` needs a token with draft access (the site's preview token): without a token, or with a Read-only API token, it is refused (FORBIDDEN). */
export const ArticleBySlugQuery = /* @__PURE__ */ graphql(
  `
  query ArticleBySlug($slug: String!, $status: PublicationStatus = PUBLISHED) {
    articles(filters: { slug: { eq: $slug } }, status: $status, pagination: { limit: 1 }) { ...ArticleFull }
  }
`,
  [ArticleFull],
);

/** Slugs and dates of every published article, a page at a time (sitemap). */
export const ArticleSlugsQuery = /* @__PURE__ */ graphql(
  `
  query ArticleSlugs($page: Int = 1) {
    articles_connection(sort: ["publicationDate:desc"], pagination: { page: $page, pageSize: 50 }) {
      nodes { slug updatedAt publicationDate }
      pageInfo { ...PageInfoFields }
    }
  }
`,
  [PageInfoFields],
);

import { graphql } from '../graphql.ts';
import { PageInfoFields, SeoFields } from './shared.ts';

/**
 * One standing page (privacy notice, accessibility statement) by slug.
 * `status: DRAFT` needs a token with draft access (the site's preview token): without a token, or with a Read-only API token, it is refused (FORBIDDEN).
 */
export const PageBySlugQuery = /* @__PURE__ */ graphql(
  `
  query PageBySlug($slug: String!, $status: PublicationStatus = PUBLISHED) {
    pages(filters: { slug: { eq: $slug } }, status: $status, pagination: { limit: 1 }) {
      title
      slug
      summary
      body
      updatedAt
      seo { ...SeoFields }
    }
  }
`,
  [SeoFields],
);

/** Slugs and dates of published pages, 50 at a time (sitemap): page through with `page`. */
export const PageSlugsQuery = /* @__PURE__ */ graphql(
  `
  query PageSlugs($page: Int = 1) {
    pages_connection(sort: ["slug:asc"], pagination: { page: $page, pageSize: 50 }) {
      nodes { slug updatedAt }
      pageInfo { ...PageInfoFields }
    }
  }
`,
  [PageInfoFields],
);

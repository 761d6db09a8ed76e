import { graphql } from '../graphql.ts';
import { SeoFields } from './shared.ts';

/**
 * One standing page (privacy notice, accessibility statement) by slug.
 * `status: DRAFT` is for the site's preview token only: without a token, or with a Read-only API token, it is refused (FORBIDDEN).
 */
export const PageBySlugQuery = /* @__PURE__ */ graphql(
  `
  query PageBySlug($slug: String!, $status: PublicationStatus = PUBLISHED) {
    pages(filters: { slug: { eq: $slug } }, status: $status, pagination: { limit: 1 }) {
      documentId
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

/** Slugs and dates of every published page (sitemap; a site has a handful). */
export const PageSlugsQuery = /* @__PURE__ */ graphql(`
  query PageSlugs {
    pages(sort: ["title:asc"], pagination: { limit: 50 }) {
      slug
      updatedAt
    }
  }
`);

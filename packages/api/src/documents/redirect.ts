import { graphql } from '../graphql.ts';
import { PageInfoFields } from './shared.ts';

/**
 * Old addresses of the site and where they lead now, 50 at a time: page through with `page`.
 * The site loads them all and answers a request for a `path` with a 301 to its `target`.
 */
export const RedirectsQuery = /* @__PURE__ */ graphql(
  `
  query Redirects($page: Int = 1) {
    redirects_connection(sort: ["path:asc"], pagination: { page: $page, pageSize: 50 }) {
      nodes { path target }
      pageInfo { ...PageInfoFields }
    }
  }
`,
  [PageInfoFields],
);

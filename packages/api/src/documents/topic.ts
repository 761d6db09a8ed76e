import { graphql } from '../graphql.ts';

export const TopicFields = /* @__PURE__ */ graphql(`
  fragment TopicFields on Topic {
    documentId
    name
    slug
    description
  }
`);

/**
 * Topics, alphabetically: the first 50 only (the API's largest page), with nothing to say when
 * there are more. A site has tens; one with more than 50 must page through `topics_connection`
 * (`pageInfo.total`) instead.
 */
export const TopicsQuery = /* @__PURE__ */ graphql(
  `
  query Topics {
    topics(sort: ["name:asc"], pagination: { limit: 50 }) { ...TopicFields }
  }
`,
  [TopicFields],
);

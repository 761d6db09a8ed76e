import { graphql } from '../graphql.ts';

export const TopicFields = /* @__PURE__ */ graphql(`
  fragment TopicFields on Topic {
    documentId
    name
    slug
    description
  }
`);

/** Every topic, alphabetically (a site has tens, never hundreds). */
export const TopicsQuery = /* @__PURE__ */ graphql(
  `
  query Topics {
    topics(sort: ["name:asc"], pagination: { limit: 50 }) { ...TopicFields }
  }
`,
  [TopicFields],
);

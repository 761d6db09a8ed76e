import { graphql } from '../graphql.ts';

export const TopicFields = graphql(`
  fragment TopicFields on Topic {
    documentId
    name
    slug
    description
  }
`);

/** Every topic, alphabetically (a site has tens, never hundreds). */
export const TopicsQuery = graphql(
  `
  query Topics {
    topics(sort: ["name:asc"], pagination: { limit: 50 }) { ...TopicFields }
  }
`,
  [TopicFields],
);

export { graphql } from './graphql.ts';
export type { FragmentOf, ResultOf, VariablesOf, TadaDocumentNode } from './graphql.ts';
export { createApiClient, graphqlEndpoint, type ApiClientOptions } from './client.ts';
export * from './documents/shared.ts';
export * from './documents/article.ts';
export * from './documents/team-member.ts';
export * from './documents/event.ts';
export * from './documents/topic.ts';
export * from './documents/global.ts';

import { Client, cacheExchange, fetchExchange, type Exchange } from '@urql/core';

export interface ApiClientOptions {
  /** The CMS's address, e.g. https://cms.example.org (the /graphql path is added). */
  url: string;
  /** A read-only API token from the CMS admin (Settings → API Tokens), if you have one. */
  token?: string;
  /** Replace the exchanges (caching, SSR); defaults to urql's document cache and fetch. */
  exchanges?: Exchange[];
  fetch?: typeof fetch;
}

/** The GraphQL endpoint of a CMS address. */
export const graphqlEndpoint = (url: string): string => `${url.replace(/\/+$/, '')}/graphql`;

/**
 * A client for the CMS's public GraphQL API. Queries go as POST: Strapi's Apollo server refuses
 * GET queries that lack its CSRF-preventing header.
 *
 * ```ts
 * const client = createApiClient({ url: 'https://cms.example.org' });
 * const { data } = await client.query(ArticleListQuery, { pageSize: 5 }).toPromise();
 * ```
 */
export const createApiClient = ({ url, token, exchanges, fetch }: ApiClientOptions): Client =>
  new Client({
    url: graphqlEndpoint(url),
    exchanges: exchanges ?? [cacheExchange, fetchExchange],
    preferGetMethod: false,
    ...(fetch ? { fetch } : {}),
    fetchOptions: token ? { headers: { authorization: `Bearer ${token}` } } : {},
  });

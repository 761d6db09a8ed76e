import { Client, fetchExchange, type CombinedError, type Exchange } from '@urql/core';

export interface ApiClientOptions {
  /** The CMS's address, e.g. https://cms.example.org; its GraphQL endpoint (…/graphql) is accepted too. */
  url: string;
  /** A read-only API token from the CMS admin (Settings → API Tokens), if you have one. */
  token?: string;
  /**
   * Replace the exchanges. The default, `[fetchExchange]`, asks the CMS on every call, so a
   * long-running app always sees the current content; to cache, pass e.g.
   * `[cacheExchange, fetchExchange]` and choose a `requestPolicy` per call.
   */
  exchanges?: Exchange[];
  /** The fetch function to use; the global `fetch` by default. */
  fetch?: typeof fetch;
}

/** The GraphQL endpoint of a CMS address: `https://cms.example.org` and `https://cms.example.org/graphql` both give the latter. */
export const graphqlEndpoint = (url: string): string => {
  const base = url.replace(/\/+$/, '');
  return /\/graphql$/i.test(base) ? base : `${base}/graphql`;
};

/**
 * `fetch` as the client uses it:
 * - it sends the token unless the request carries its own `authorization` header. urql replaces
 *   the client's `fetchOptions` with a call's own (`client.query(doc, vars, { fetchOptions })`)
 *   instead of merging them, so a token kept there would be dropped by any call that sets one;
 * - an answer that is an HTTP error but not in GraphQL's shape, such as Strapi's 401 for an
 *   unknown or expired token (`{ data: null, error: { … } }`), becomes a network error. urql
 *   would otherwise read its `data: null` as a success with no data and no error.
 */
const clientFetch =
  (token: string | undefined, fetchFn: typeof fetch | undefined): typeof fetch =>
  async (input, init = {}) => {
    // A plain object, as urql passes it, for a custom `fetch` that expects one.
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((value, name) => (headers[name] = value));
    if (token && !('authorization' in headers)) headers.authorization = `Bearer ${token}`;
    const response = await (fetchFn ?? globalThis.fetch)(input, { ...init, headers });
    if (response.ok || !/json/i.test(response.headers.get('content-type') ?? '')) return response;
    const body = (await response
      .clone()
      .json()
      .catch(() => undefined)) as { errors?: unknown; error?: { message?: unknown } } | undefined;
    if (Array.isArray(body?.errors)) return response;
    const reason = typeof body?.error?.message === 'string' ? `: ${body.error.message}` : '';
    throw new Error(`The CMS answered HTTP ${response.status}${reason}`);
  };

/**
 * A client for the CMS's public GraphQL API. Every call asks the CMS (no cache unless you add
 * one through `exchanges`). Queries go as POST: Strapi's Apollo server refuses GET queries that
 * lack its CSRF-preventing header.
 *
 * `toPromise()` never rejects: a refusal or a network failure comes back as `result.error`.
 *
 * ```ts
 * const client = createApiClient({ url: 'https://cms.example.org' });
 * const { data, error } = await client.query(ArticleListQuery, { pageSize: 5 }).toPromise();
 * if (error) throw error;
 * ```
 */
export const createApiClient = ({ url, token, exchanges, fetch }: ApiClientOptions): Client =>
  new Client({
    url: graphqlEndpoint(url),
    exchanges: exchanges ?? [fetchExchange],
    preferGetMethod: false,
    fetch: clientFetch(token, fetch),
  });

/**
 * The codes of a failed call's GraphQL errors (`extensions.code`, e.g. `BAD_USER_INPUT`,
 * `RATE_LIMITED`), in order; empty when there is no error or only a network error
 * (`error.networkError`: the CMS could not be reached or did not answer in GraphQL's shape).
 */
export const errorCodes = (error: CombinedError | undefined | null): string[] =>
  (error?.graphQLErrors ?? []).flatMap((graphQLError) => {
    const code = graphQLError.extensions?.code;
    return typeof code === 'string' ? [code] : [];
  });

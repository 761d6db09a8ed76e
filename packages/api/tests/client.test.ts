import { CombinedError } from '@urql/core';
import { describe, expect, it } from 'vitest';
import { createApiClient, errorCodes, graphqlEndpoint, GlobalQuery } from '../src/index.ts';

/**
 * The client as a consumer uses it, against a stand-in fetch that records what would be sent
 * (cms/tests/api-client.test.ts runs the same client against the real CMS).
 */
const recordingFetch = () => {
  const requests: { url: string; headers: Headers }[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    requests.push({ url: String(input), headers: new Headers(init?.headers) });
    return Response.json({ data: { global: null } });
  };
  return { fetch, requests };
};

describe('graphqlEndpoint', () => {
  it.each([
    ['https://cms.example.org', 'https://cms.example.org/graphql'],
    ['https://cms.example.org/', 'https://cms.example.org/graphql'],
    ['http://localhost:1337/graphql', 'http://localhost:1337/graphql'],
    ['http://localhost:1337/graphql/', 'http://localhost:1337/graphql'],
    ['https://example.org/cms', 'https://example.org/cms/graphql'],
  ])('turns %s into %s', (url, endpoint) => {
    expect(graphqlEndpoint(url)).toBe(endpoint);
  });
});

describe('createApiClient', () => {
  it('asks the CMS on every call by default, so a long-running app sees edited content', async () => {
    const { fetch, requests } = recordingFetch();
    const client = createApiClient({ url: 'https://cms.example.org', fetch });
    await client.query(GlobalQuery, {}).toPromise();
    await client.query(GlobalQuery, {}).toPromise();
    expect(requests).toHaveLength(2);
    expect(requests[0]!.url).toBe('https://cms.example.org/graphql');
  });

  it('sends the token on every call, also when a call passes its own fetchOptions', async () => {
    const { fetch, requests } = recordingFetch();
    const client = createApiClient({ url: 'https://cms.example.org', token: 'secret', fetch });
    await client.query(GlobalQuery, {}).toPromise();
    await client.query(GlobalQuery, {}, { fetchOptions: { headers: { 'x-request-id': '42' } } }).toPromise();
    await client.query(GlobalQuery, {}, { fetchOptions: () => ({ cache: 'no-store' }) }).toPromise();
    expect(requests.map(({ headers }) => headers.get('authorization'))).toEqual(['Bearer secret', 'Bearer secret', 'Bearer secret']);
    expect(requests[1]!.headers.get('x-request-id')).toBe('42');
  });

  it("lets a call's own authorization header win over the token", async () => {
    const { fetch, requests } = recordingFetch();
    const client = createApiClient({ url: 'https://cms.example.org', token: 'secret', fetch });
    await client.query(GlobalQuery, {}, { fetchOptions: { headers: { Authorization: 'Bearer other' } } }).toPromise();
    expect(requests[0]!.headers.get('authorization')).toBe('Bearer other');
  });

  it('turns an HTTP error outside GraphQL\'s shape (Strapi\'s 401) into a network error', async () => {
    const fetch: typeof globalThis.fetch = async () =>
      Response.json({ data: null, error: { status: 401, name: 'UnauthorizedError', message: 'Missing or invalid credentials' } }, { status: 401 });
    const { data, error } = await createApiClient({ url: 'https://cms.example.org', token: 'expired', fetch }).query(GlobalQuery, {}).toPromise();
    expect(data ?? null).toBeNull();
    expect(error?.networkError?.message).toBe('The CMS answered HTTP 401: Missing or invalid credentials');
  });

  it('passes GraphQL errors on whatever the HTTP status', async () => {
    const fetch: typeof globalThis.fetch = async () => Response.json({ errors: [{ message: 'Too deep', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] }, { status: 400 });
    const { error } = await createApiClient({ url: 'https://cms.example.org', fetch }).query(GlobalQuery, {}).toPromise();
    expect(errorCodes(error)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('sends no authorization header without a token', async () => {
    const { fetch, requests } = recordingFetch();
    await createApiClient({ url: 'https://cms.example.org', fetch }).query(GlobalQuery, {}).toPromise();
    expect(requests[0]!.headers.has('authorization')).toBe(false);
  });
});

describe('errorCodes', () => {
  it('lists the codes of GraphQL errors, in order', () => {
    const error = new CombinedError({
      graphQLErrors: [
        { message: 'Too many', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 60 } },
        { message: 'No code' },
        { message: 'Bad', extensions: { code: 'BAD_USER_INPUT' } },
      ],
    });
    expect(errorCodes(error)).toEqual(['RATE_LIMITED', 'BAD_USER_INPUT']);
  });

  it('is empty without an error and for a network error', () => {
    expect(errorCodes(undefined)).toEqual([]);
    expect(errorCodes(new CombinedError({ networkError: new Error('connect ECONNREFUSED') }))).toEqual([]);
  });
});

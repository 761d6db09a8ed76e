import { createApiClient, type TadaDocumentNode } from '@insights/api';
import type { AnyVariables } from '@urql/core';
import type { H3Event } from 'h3';

/**
 * The CMS's GraphQL API for the site's own server routes (sitemap, feed, calendar files,
 * newsletter): the shared API client, which keeps no document cache, so every call is fresh.
 */
let client: ReturnType<typeof createApiClient> | undefined;

export const cmsClient = () => {
  client ??= createApiClient({ url: useRuntimeConfig().cmsUrl });
  return client;
};

/** Runs a query; a CMS that cannot be reached or fails becomes a 503 for the caller. */
export const cmsQuery = async <Data, Variables extends AnyVariables>(query: TadaDocumentNode<Data, Variables>, variables: Variables): Promise<Data> => {
  const result = await cmsClient().query(query, variables, { requestPolicy: 'network-only' }).toPromise();
  if (!result.data) {
    throw createError({ statusCode: 503, statusMessage: 'Service Unavailable', message: 'The content service is not answering just now.' });
  }
  return result.data;
};

/** Every page of a paginated `*_connection` query, concatenated. */
export const cmsQueryAllPages = async <Data, Node>(
  query: TadaDocumentNode<Data, { page?: number | null }>,
  pick: (data: Data) => { nodes: Node[]; pageInfo: { pageCount: number } } | null | undefined,
): Promise<Node[]> => {
  const first = pick(await cmsQuery(query, { page: 1 }));
  const nodes = [...(first?.nodes ?? [])];
  for (let page = 2; page <= (first?.pageInfo.pageCount ?? 1); page += 1) {
    nodes.push(...(pick(await cmsQuery(query, { page }))?.nodes ?? []));
  }
  return nodes;
};

export const siteUrl = (event?: H3Event) => useRuntimeConfig(event).public.siteUrl.replace(/\/+$/, '');

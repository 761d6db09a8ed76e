import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';

/**
 * Apollo's cache-control plugin, on by default, instruments every field of every response to
 * gather cache hints (`@cacheControl`), which this schema never gives: the answer is always
 * `cache-control: no-store`, at the cost of a wrapper around each of the hundreds of field
 * resolutions of a page of articles. It is replaced by what it amounted to: `no-store` on
 * every response (drafts and other credentialed answers must never sit in a shared cache).
 */
export const noStorePlugins = (): ApolloServerPlugin[] => [
  ApolloServerPluginCacheControlDisabled(),
  {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (!response.http.headers.has('cache-control')) response.http.headers.set('cache-control', 'no-store');
        },
      };
    },
  },
];

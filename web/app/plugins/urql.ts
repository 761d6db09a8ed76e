import urql, { Client, cacheExchange, fetchExchange, ssrExchange, type SSRData } from '@urql/vue';
import { graphqlEndpoint } from '@insights/api';

/**
 * One urql client per request on the server and one in the browser. Queries run during
 * server rendering (awaited in <script setup>); their results travel to the browser in the
 * Nuxt payload, so hydration does not fetch again.
 *
 * In preview (event.context.preview, set by /api/preview's cookie), the server-side client sends the
 * preview token, which can read drafts; it never reaches the browser.
 */
export default defineNuxtPlugin((nuxtApp) => {
  const config = useRuntimeConfig();
  const ssr = ssrExchange({
    isClient: import.meta.client,
    initialState: import.meta.client ? (nuxtApp.payload.urql as SSRData | undefined) : undefined,
  });

  if (import.meta.server) {
    nuxtApp.hook('app:rendered', () => {
      nuxtApp.payload.urql = ssr.extractData();
    });
  }

  const previewToken = import.meta.server ? useRequestEvent()?.context.previewToken : undefined;
  const client = new Client({
    url: graphqlEndpoint(import.meta.server ? config.cmsUrl : config.public.cmsUrl),
    // On the server, site settings and topics come from a short-lived shared store (not per render).
    exchanges: import.meta.server && !previewToken ? [cacheExchange, ssr, sharedDataExchange(['Global', 'Topics']), fetchExchange] : [cacheExchange, ssr, fetchExchange],
    preferGetMethod: false,
    fetchOptions: previewToken ? { headers: { authorization: `Bearer ${previewToken}` } } : {},
  });

  nuxtApp.vueApp.use(urql, client);
});

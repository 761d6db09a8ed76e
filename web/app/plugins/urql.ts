import urql, { Client, cacheExchange, fetchExchange, ssrExchange, type SSRData } from '@urql/vue';
import { graphqlEndpoint } from '@insights/api';

/**
 * One urql client per request on the server and one in the browser. Queries run during
 * server rendering (awaited in <script setup>); their results travel to the browser in a JSON
 * script element (#urql-data), so hydration does not fetch again. Not in the Nuxt payload:
 * results are JSON strings, which the payload's serialiser escapes one character at a time
 * (about 5% of an article render); JSON.stringify does the same natively.
 *
 * In preview (event.context.preview, set for a signed preview link), the server-side client sends the
 * preview token, which can read drafts; it never reaches the browser.
 */
const SSR_DATA_ID = 'urql-data';

/** The results the server rendered with, or nothing (a page the server did not render, or bad JSON). */
const readSsrData = (): SSRData | undefined => {
  const text = document.getElementById(SSR_DATA_ID)?.textContent;
  if (!text) return undefined;
  try {
    return JSON.parse(text) as SSRData;
  } catch {
    return undefined;
  }
};

export default defineNuxtPlugin((nuxtApp) => {
  const config = useRuntimeConfig();
  const ssr = ssrExchange({
    isClient: import.meta.client,
    initialState: import.meta.client ? readSsrData() : undefined,
  });

  if (import.meta.server) {
    nuxtApp.hook('app:rendered', ({ ssrContext }) => {
      ssrContext?.head.push({ script: [{ id: SSR_DATA_ID, type: 'application/json', innerHTML: jsonScriptBody(ssr.extractData()), tagPosition: 'bodyClose' }] });
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

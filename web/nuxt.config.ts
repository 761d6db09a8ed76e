// https://nuxt.com/docs/api/nuxt-config
export default defineNuxtConfig({
  compatibilityDate: '2026-11-01',
  devtools: { enabled: false },
  telemetry: false,

  css: ['~/assets/css/main.css'],

  app: {
    head: {
      htmlAttrs: { lang: 'en-GB' },
      meta: [
        { name: 'viewport', content: 'width=device-width, initial-scale=1' },
        { name: 'color-scheme', content: 'light dark' },
        { name: 'theme-color', content: '#fbf8f3', media: '(prefers-color-scheme: light)' },
        { name: 'theme-color', content: '#14191c', media: '(prefers-color-scheme: dark)' },
      ],
      link: [
        { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
        { rel: 'apple-touch-icon', href: '/apple-touch-icon.png' },
        { rel: 'alternate', type: 'application/rss+xml', title: 'Insights (RSS)', href: '/feed.xml' },
      ],
    },
  },

  /**
   * Every variable can be set at run time with NUXT_* (NUXT_CMS_URL, NUXT_PUBLIC_SITE_URL, …);
   * see .env.example. Secrets live outside `public` and never reach the browser.
   */
  runtimeConfig: {
    /** The CMS as the site's server reaches it. */
    cmsUrl: 'http://127.0.0.1:1337',
    /** API token that can read drafts; used only by the preview route, on the server. */
    cmsPreviewToken: '',
    /** Checked against ?secret= on /api/preview. */
    previewSecret: '',
    /** Bearer secret of the CMS's publish webhook calling /api/cache/purge. */
    purgeSecret: '',
    /** Sent to the CMS with forwarded newsletter requests, so it trusts X-Forwarded-For. */
    cmsProxySecret: '',
    /** Reverse proxies in front of the site whose X-Forwarded-For is believed (server/utils/client-ip.ts). */
    trustedProxyHops: 0,
    public: {
      /** The site's public address, for canonical URLs, sitemaps and share links. */
      siteUrl: 'http://localhost:3000',
      /** The CMS as browsers reach it (GraphQL after hydration). */
      cmsUrl: 'http://localhost:1337',
      /** The CMS admin's origin: the only one allowed to frame preview pages. */
      adminUrl: 'http://localhost:1337',
    },
  },

  routeRules: {
    // Content pages are cached by the site's own page cache (server/middleware/2.page-cache.ts),
    // stale-while-revalidate, purged by the CMS's publish webhook.
    // Per-visitor and secret routes: never cached, never indexed.
    '/api/**': { headers: { 'cache-control': 'no-store', 'x-robots-tag': 'noindex' } },
    '/newsletter/**': { headers: { 'cache-control': 'no-store' } },
  },

  nitro: {
    // HTML, CSS and JS leave the site's own server compressed (see also server/plugins/compress.ts).
    compressPublicAssets: { gzip: true, brotli: true },
  },

  features: {
    // Every page's CSS (global and components) goes inline in its HTML: no render-blocking
    // stylesheet requests before the first paint.
    inlineStyles: true,
  },

  vite: {
    // Every component here uses the Composition API: leave the Options API out of Vue's runtime.
    define: { __VUE_OPTIONS_API__: 'false' },
    $client: {
      build: {
        rolldownOptions: {
          output: {
            codeSplitting: {
              groups: [{ name: 'app', tags: ['$initial'] }],
            },
          },
        },
      },
    },
  },

  experimental: {
    // Less JavaScript in every page: no polling for new deployments (a purge reloads nothing
    // in open tabs anyway), no app manifest fetch for route rules the client does not need.
    appManifest: false,
    // The page's data travels as a plain script (window.__NUXT__) rather than as JSON that a
    // reviver library parses in the browser: the same data, 1.7 KB less JavaScript per page.
    renderJsonPayloads: false,
    checkOutdatedBuildInterval: false,
    // Load the next page's code when a reader points at or focuses a link, not for every link in view.
    defaults: { nuxtLink: { prefetchOn: { visibility: false, interaction: true } } },
  },

  typescript: {
    strict: true,
  },
});

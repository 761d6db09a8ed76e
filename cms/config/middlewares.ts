import type { Core } from '@strapi/strapi';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Middlewares => [
  'strapi::logger',
  'strapi::errors',
  {
    name: 'strapi::security',
    config: {
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          // The admin's preview pane frames the site.
          'frame-src': ["'self'", env('SITE_URL', 'http://localhost:3000')],
          'img-src': ["'self'", 'data:', 'blob:'],
          'media-src': ["'self'", 'data:', 'blob:'],
          upgradeInsecureRequests: null,
        },
      },
    },
  },
  {
    name: 'strapi::cors',
    config: {
      origin: env.array('CORS_ORIGINS', [env('SITE_URL', 'http://localhost:3000')]),
    },
  },
  'strapi::poweredBy',
  'strapi::query',
  // 400 for REST filters beyond the limits of src/lib/filter-limits.ts, before any SQL.
  'global::query-limits',
  // 413 for a GraphQL request body over 64 KB, before anything reads it.
  { name: 'global::graphql-body-limit', config: { maxBytes: 64 * 1024 } },
  {
    name: 'strapi::body',
    config: {
      // Refuse oversized bodies before any work (413). A long essay saved from the admin
      // is well under 1 MB of JSON; uploads are multipart and limited separately.
      jsonLimit: '1mb',
      formLimit: '1mb',
      textLimit: '1mb',
    },
  },
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];

export default config;

import type { Core } from '@strapi/strapi';

/**
 * The origins whose pages may call the APIs from a browser: CORS_ORIGINS, or the site. A site on
 * this machine (localhost or 127.0.0.1) is allowed under both names, so opening the local site by
 * either address keeps its in-browser navigation working.
 */
export const corsOrigins = (configured: string[], siteUrl: string): string[] => {
  const listed = configured.map((origin) => origin.trim()).filter(Boolean);
  if (listed.length > 0) return listed;
  const site = new URL(siteUrl);
  const twin = { localhost: '127.0.0.1', '127.0.0.1': 'localhost' }[site.hostname];
  return twin ? [site.origin, `${site.protocol}//${twin}${site.port ? `:${site.port}` : ''}`] : [site.origin];
};

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
      origin: corsOrigins(env.array('CORS_ORIGINS', []), env('SITE_URL', 'http://localhost:3000')),
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

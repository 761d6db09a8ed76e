import type { Core } from '@strapi/strapi';
import { requireEnv } from '../src/lib/env';
import { createPreviewHandler } from '../src/preview';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => ({
  // Tests of the API alone skip the admin panel's static files.
  serveAdminPanel: env.bool('SERVE_ADMIN_PANEL', true),
  auth: {
    secret: requireEnv('ADMIN_JWT_SECRET'),
  },
  apiToken: {
    salt: requireEnv('API_TOKEN_SALT'),
  },
  transfer: {
    token: {
      salt: requireEnv('TRANSFER_TOKEN_SALT'),
    },
  },
  secrets: {
    encryptionKey: requireEnv('ENCRYPTION_KEY'),
  },
  // "Open preview" in the edit view of articles, events and team members frames the site's
  // preview route (see src/preview). Off when PREVIEW_SECRET is unset. allowedOrigins is also
  // added to the admin's CSP frame-src by Strapi.
  preview: {
    enabled: env('PREVIEW_SECRET', '') !== '',
    config: {
      allowedOrigins: [env('SITE_URL', 'http://localhost:3000')],
      handler: createPreviewHandler({ siteUrl: env('SITE_URL', 'http://localhost:3000'), secret: env('PREVIEW_SECRET', '') }),
    },
  },
  flags: {
    nps: false,
    promoteEE: false,
  },
});

export default config;

import type { Core } from '@strapi/strapi';
import { requireEnv } from '../src/lib/env';

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
  flags: {
    nps: false,
    promoteEE: false,
  },
});

export default config;

import type { Core } from '@strapi/strapi';
import { requireEnv } from '../src/lib/env';
import { newsletterEmailTasks } from '../src/newsletter';
import { scheduledPublishingTasks } from '../src/scheduling';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  // The public address of the CMS, used in absolute upload URLs and admin links.
  url: env('PUBLIC_URL', `http://localhost:${env.int('PORT', 1337)}`),
  // Where uploads and other public files live (tests point this at a temporary folder).
  dirs: {
    public: env('PUBLIC_DIR', './public'),
  },
  app: {
    keys: requireEnv('APP_KEYS').split(','),
  },
  // Every minute: scheduled publishing (drafts whose "Publish at" has come, src/scheduling) and
  // newsletter emails that could not be sent before (src/newsletter). With several CMS
  // processes, set CRON_ENABLED=false on all but one.
  cron: {
    enabled: env.bool('CRON_ENABLED', true),
    tasks: { ...scheduledPublishingTasks(), ...newsletterEmailTasks() },
  },
  logger: {
    // No calls to Strapi's update server at start.
    updates: { enabled: false },
    startup: { enabled: env.bool('STRAPI_STARTUP_MESSAGE', true) },
    // error, warn, info, http (each request), verbose or debug.
    config: { level: env('LOG_LEVEL', 'http') },
  },
});

export default config;

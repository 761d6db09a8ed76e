import type { Core } from '@strapi/strapi';
import { requireEnv } from '../src/lib/env';
import { DEFAULT_LIMIT, MAX_LIMIT } from './api';
import { noStorePlugins } from '../src/graphql/cache-control';
import { costLimitPlugin } from '../src/graphql/cost-limit';
import { draftGuardPlugin } from '../src/graphql/draft-guard';
import { filterLimitsPlugin } from '../src/graphql/filter-limits';
import { formatGraphQLError } from '../src/graphql/format-error';
import { noSubscriptionsRule } from '../src/graphql/no-subscriptions';
import { oneMutationPlugin } from '../src/graphql/one-mutation';
import { plainFieldsPlugin } from '../src/graphql/plain-fields';
import { emailPluginConfig } from '../src/newsletter/mail-config';

/** Deepest selection a GraphQL operation may have. */
export const DEPTH_LIMIT = 7;
/** Most objects a GraphQL operation may ask for (see src/graphql/cost-limit.ts). */
export const MAX_QUERY_COST = 10_000;
/** What each text search in a root query's filters adds to the cost: at most 20 in one operation. */
export const TEXT_SEARCH_COST = 500;

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  graphql: {
    config: {
      endpoint: '/graphql',
      shadowCRUD: true,
      depthLimit: DEPTH_LIMIT,
      defaultLimit: DEFAULT_LIMIT,
      maxLimit: MAX_LIMIT,
      // The Apollo landing page (Sandbox) in development only.
      landingPage: env('NODE_ENV') !== 'production',
      apolloServer: {
        // Other apps read the contract by introspection; it is also committed as
        // packages/api/schema.graphql.
        introspection: true,
        includeStacktraceInErrorResponses: false,
        // No CORS handler of the plugin's own (it would answer every origin with `*`): the global
        // strapi::cors (config/middlewares.ts: SITE_URL, or CORS_ORIGINS) governs /graphql as it does REST.
        cors: false,
        // Replaces plugin-graphql's: an unexpected error's name and message are logged, never sent.
        formatError: formatGraphQLError,
        // Added to plugin-graphql's own rules (its depth limit): the two lists are concatenated.
        validationRules: [noSubscriptionsRule],
        plugins: [
          draftGuardPlugin(),
          oneMutationPlugin(),
          filterLimitsPlugin(),
          costLimitPlugin({ maxCost: MAX_QUERY_COST, defaultLimit: DEFAULT_LIMIT, maxLimit: MAX_LIMIT, textSearchCost: TEXT_SEARCH_COST }),
          plainFieldsPlugin(),
          ...noStorePlugins(),
        ],
      },
    },
  },
  // Newsletter emails: SMTP from SMTP_* (see .env.example); without SMTP_HOST, caught in .tmp/mail.
  email: {
    config: emailPluginConfig(env),
  },
  'users-permissions': {
    config: {
      jwtSecret: requireEnv('JWT_SECRET'),
    },
  },
});

export default config;

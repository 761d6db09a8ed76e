import type { Core } from '@strapi/strapi';

// REST limits. The GraphQL equivalents live in config/plugins.ts and use the same numbers.
export const DEFAULT_LIMIT = 25;
export const MAX_LIMIT = 50;

const config = (): Core.Config.Api => ({
  rest: {
    defaultLimit: DEFAULT_LIMIT,
    maxLimit: MAX_LIMIT,
    withCount: true,
  },
});

export default config;

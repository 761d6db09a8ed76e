import type { Core } from '@strapi/strapi';

export type TokenType = 'read-only' | 'full-access';

/**
 * Issues an API token the way an admin does in Settings → API Tokens; returns its secret. With
 * `permissions` (actions such as `api::article.article.find`), a custom token allowed only those.
 */
export const createApiToken = async (
  strapi: Core.Strapi,
  type: TokenType | 'custom',
  name = `test ${type} ${Date.now()}`,
  permissions: string[] = [],
): Promise<string> => {
  const token = (await strapi
    .service('admin::api-token')
    .create({ name, type, lifespan: null, description: 'test', ...(type === 'custom' ? { permissions } : {}) })) as { accessKey: string };
  return token.accessKey;
};

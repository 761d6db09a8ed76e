import type { Core } from '@strapi/strapi';

export type TokenType = 'read-only' | 'full-access';

/** Issues an API token the way an admin does in Settings → API Tokens; returns its secret. */
export const createApiToken = async (strapi: Core.Strapi, type: TokenType, name = `test ${type} ${Date.now()}`): Promise<string> => {
  const token = (await strapi.service('admin::api-token').create({ name, type, lifespan: null, description: 'test' })) as { accessKey: string };
  return token.accessKey;
};

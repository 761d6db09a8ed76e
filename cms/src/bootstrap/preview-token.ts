import type { Core } from '@strapi/strapi';

/**
 * The "Site preview" API token: the site's server sends it to read drafts for the preview route
 * (src/lib/access.ts lets custom tokens read drafts). Its access key is exactly
 * PREVIEW_API_TOKEN, shared with the site through the environment, so nobody copies a key out
 * of the admin. Kept in code on every boot: created when missing, its key, type and
 * permissions reset when they differ (a key regenerated in the admin is replaced again).
 *
 * Strapi generates its own keys, so the HMAC it stores is written here with the admin's own
 * hash function. The key itself is never logged and not stored: the admin cannot reveal it
 * (there is no encrypted copy), only the hash is kept, as for any token.
 */
export const PREVIEW_TOKEN_NAME = 'Site preview';
const DESCRIPTION = 'Used by the site to render drafts in preview. Managed in code (PREVIEW_API_TOKEN): changes made here are reset at the next start.';

/** Read access to what the site renders; nothing else (no writes, no signups, no media API). */
export const PREVIEW_TOKEN_PERMISSIONS = [
  'api::article.article.find',
  'api::article.article.findOne',
  'api::event.event.find',
  'api::event.event.findOne',
  'api::team-member.team-member.find',
  'api::team-member.team-member.findOne',
  'api::topic.topic.find',
  'api::topic.topic.findOne',
  'api::page.page.find',
  'api::page.page.findOne',
  'api::global.global.find',
] as const;

interface ContentApiToken {
  id: number;
  type: string;
  description?: string | null;
  permissions: string[];
}

interface ContentApiTokenService {
  hash(accessKey: string): string;
  getByName(name: string): Promise<ContentApiToken | null>;
  create(attributes: Record<string, unknown>): Promise<ContentApiToken>;
  update(id: number, attributes: Record<string, unknown>): Promise<ContentApiToken>;
}

const TOKEN = 'admin::api-token';

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item) => b.includes(item));

export const syncPreviewToken = async (strapi: Core.Strapi): Promise<void> => {
  const accessKey = process.env.PREVIEW_API_TOKEN ?? '';
  if (!accessKey) {
    strapi.log.warn('PREVIEW_API_TOKEN is not set: the "Site preview" API token is not provisioned, so the site cannot render drafts.');
    return;
  }

  const tokens = strapi.service('admin::api-token-content-api') as unknown as ContentApiTokenService;
  const permissions = [...PREVIEW_TOKEN_PERMISSIONS];
  let token = await tokens.getByName(PREVIEW_TOKEN_NAME);
  if (!token) {
    token = await tokens.create({ name: PREVIEW_TOKEN_NAME, description: DESCRIPTION, type: 'custom', lifespan: null, permissions });
    strapi.log.info(`Created the "${PREVIEW_TOKEN_NAME}" API token.`);
  } else if (token.type !== 'custom' || !sameSet(token.permissions, permissions) || token.description !== DESCRIPTION) {
    await tokens.update(token.id, { type: 'custom', description: DESCRIPTION, permissions });
    strapi.log.info(`Reset the type and permissions of the "${PREVIEW_TOKEN_NAME}" API token.`);
  }

  const hash = tokens.hash(accessKey);
  const row = (await strapi.db.query(TOKEN).findOne({ where: { id: token.id }, select: ['id', 'accessKey', 'encryptedKey', 'lifespan', 'expiresAt'] })) as {
    accessKey: string;
    encryptedKey: string | null;
    lifespan: unknown;
    expiresAt: unknown;
  };
  if (row.accessKey !== hash || row.encryptedKey != null || row.lifespan != null || row.expiresAt != null) {
    await strapi.db.query(TOKEN).update({ where: { id: token.id }, data: { accessKey: hash, encryptedKey: null, lifespan: null, expiresAt: null } });
    strapi.log.info(`Set the access key of the "${PREVIEW_TOKEN_NAME}" API token from PREVIEW_API_TOKEN.`);
  }
};

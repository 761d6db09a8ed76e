import type { Core } from '@strapi/strapi';

/**
 * What anyone may do without credentials: read published content. Nothing else: no
 * newsletter signups, no writes, no users-permissions registration or login routes.
 * Applied on every boot; anything granted to the public role by hand is taken away again.
 */
export const PUBLIC_ACTIONS = [
  'api::article.article.find',
  'api::article.article.findOne',
  'api::team-member.team-member.find',
  'api::team-member.team-member.findOne',
  'api::event.event.find',
  'api::event.event.findOne',
  'api::topic.topic.find',
  'api::topic.topic.findOne',
  'api::page.page.find',
  'api::page.page.findOne',
  'api::redirect.redirect.find',
  'api::redirect.redirect.findOne',
  'api::global.global.find',
] as const;

const ROLE = 'plugin::users-permissions.role';
const PERMISSION = 'plugin::users-permissions.permission';

export const syncPublicPermissions = async (strapi: Core.Strapi): Promise<void> => {
  const role = (await strapi.db.query(ROLE).findOne({ where: { type: 'public' } })) as { id: number } | null;
  if (!role) throw new Error('The users-permissions public role is missing');

  const current = (await strapi.db.query(PERMISSION).findMany({ where: { role: role.id }, select: ['id', 'action'] })) as {
    id: number;
    action: string;
  }[];
  const wanted = new Set<string>(PUBLIC_ACTIONS);

  const extra = current.filter((permission) => !wanted.has(permission.action));
  if (extra.length > 0) {
    await strapi.db.query(PERMISSION).deleteMany({ where: { id: { $in: extra.map((permission) => permission.id) } } });
  }
  const have = new Set(current.map((permission) => permission.action));
  for (const action of wanted) {
    if (!have.has(action)) await strapi.db.query(PERMISSION).create({ data: { action, role: role.id } });
  }
};

/** Nobody can sign up for a users-permissions account: the site has no visitor accounts. */
export const closeRegistration = async (strapi: Core.Strapi): Promise<void> => {
  const store = strapi.store({ type: 'plugin', name: 'users-permissions' });
  const advanced = ((await store.get({ key: 'advanced' })) ?? {}) as Record<string, unknown>;
  if (advanced.allow_register !== false) await store.set({ key: 'advanced', value: { ...advanced, allow_register: false } });
};

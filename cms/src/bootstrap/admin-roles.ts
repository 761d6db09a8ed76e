import type { Core } from '@strapi/strapi';

/**
 * The two admin roles editors get, kept in code on every boot. Strapi's default roles
 * (codes strapi-editor and strapi-author) are taken over: their names, descriptions and exact
 * permission sets are reset, so anything granted by clicking in Settings → Roles is taken away
 * again at the next start. The Super Admin role is Strapi's own and left alone.
 *
 * Editor: writes, publishes, unpublishes and deletes all content; reads and deletes newsletter
 *   signups (the export and the right to erasure); the whole media library; list-view settings.
 * Author: writes drafts of articles (and edits the ones they created), picks authors, topics and
 *   related articles, uploads images. Cannot publish, schedule (publishAt), delete, touch other
 *   content or see newsletter signups.
 */
const CONTENT = ['api::article.article', 'api::team-member.team-member', 'api::event.event', 'api::topic.topic', 'api::page.page', 'api::redirect.redirect', 'api::global.global'] as const;
const PUBLISHABLE = ['api::article.article', 'api::team-member.team-member', 'api::event.event', 'api::page.page'] as const;
const ARTICLE = 'api::article.article';
const SIGNUPS = 'api::newsletter-signup.newsletter-signup';

const CREATE = 'plugin::content-manager.explorer.create';
const READ = 'plugin::content-manager.explorer.read';
const UPDATE = 'plugin::content-manager.explorer.update';
const DELETE = 'plugin::content-manager.explorer.delete';
/** Publish and unpublish are one permission in Strapi. */
const PUBLISH = 'plugin::content-manager.explorer.publish';
const IS_CREATOR = 'admin::is-creator';

export interface AdminPermission {
  action: string;
  subject?: string | null;
  properties?: { fields?: string[] };
  conditions?: string[];
}

interface RoleSpec {
  code: string;
  name: string;
  description: string;
  permissions(strapi: Core.Strapi): AdminPermission[];
}

interface ActionProvider {
  get(actionId: string): { actionId: string; subjects?: string[]; options?: { applyToProperties?: string[] } } | undefined;
}

/** Every field of the content type (nested in components, as the roles editor lists them). */
const fieldsOf = (strapi: Core.Strapi, action: string, subject: string): string[] | undefined => {
  const { actionProvider } = strapi.service('admin::permission') as unknown as { actionProvider: ActionProvider };
  const definition = actionProvider.get(action);
  if (!definition) throw new Error(`Unknown admin action ${action}`);
  const contentTypes = strapi.service('admin::content-type') as unknown as {
    getPermissionsWithNestedFields(actions: unknown[]): { properties?: { fields?: string[] } }[];
  };
  const [permission] = contentTypes.getPermissionsWithNestedFields([{ ...definition, subjects: [subject] }]);
  return permission?.properties?.fields;
};

const on = (
  strapi: Core.Strapi,
  actions: string[],
  subjects: readonly string[],
  options: { without?: string[]; conditions?: string[] } = {},
): AdminPermission[] =>
  actions.flatMap((action) =>
    subjects.map((subject) => {
      const fields = fieldsOf(strapi, action, subject)?.filter((field) => !options.without?.includes(field));
      return { action, subject, properties: fields ? { fields } : {}, conditions: options.conditions ?? [] };
    }),
  );

const plugin = (actions: string[], conditions: string[] = []): AdminPermission[] =>
  actions.map((action) => ({ action, subject: null, properties: {}, conditions }));

export const ADMIN_ROLES: RoleSpec[] = [
  {
    code: 'strapi-editor',
    name: 'Editor',
    description: 'Writes, publishes and deletes all content; reads, exports and erases newsletter signups. Managed in code: changes here are reset at the next start.',
    permissions: (strapi) => [
      ...on(strapi, [CREATE, READ, UPDATE, DELETE], CONTENT),
      ...on(strapi, [PUBLISH], PUBLISHABLE),
      ...on(strapi, [READ, DELETE], [SIGNUPS]),
      ...plugin([
        'plugin::upload.read',
        'plugin::upload.configure-view',
        'plugin::upload.assets.create',
        'plugin::upload.assets.update',
        'plugin::upload.assets.download',
        'plugin::upload.assets.copy-link',
        'plugin::content-manager.collection-types.configure-view',
        'plugin::content-manager.single-types.configure-view',
      ]),
    ],
  },
  {
    code: 'strapi-author',
    name: 'Author',
    description: 'Writes drafts of articles for an editor to publish. Managed in code: changes here are reset at the next start.',
    permissions: (strapi) => [
      ...on(strapi, [CREATE], [ARTICLE], { without: ['publishAt'] }),
      ...on(strapi, [UPDATE], [ARTICLE], { without: ['publishAt'], conditions: [IS_CREATOR] }),
      ...on(strapi, [READ], [ARTICLE, 'api::team-member.team-member', 'api::topic.topic']),
      ...plugin(['plugin::upload.read', 'plugin::upload.assets.create', 'plugin::upload.assets.download', 'plugin::upload.assets.copy-link']),
      ...plugin(['plugin::upload.assets.update'], [IS_CREATOR]),
    ],
  },
];

interface RoleService {
  create(attributes: { name: string; code: string; description: string }): Promise<{ id: number }>;
  update(params: { id: number }, attributes: { name: string; description: string }): Promise<unknown>;
  assignPermissions(roleId: number, permissions: AdminPermission[]): Promise<unknown>;
}

export const syncAdminRoles = async (strapi: Core.Strapi, roles: RoleSpec[] = ADMIN_ROLES): Promise<void> => {
  const service = strapi.service('admin::role') as unknown as RoleService;
  for (const spec of roles) {
    const existing = (await strapi.db.query('admin::role').findOne({ where: { code: spec.code } })) as { id: number; name: string; description: string } | null;
    let id: number;
    if (!existing) {
      id = (await service.create({ name: spec.name, code: spec.code, description: spec.description })).id;
    } else {
      id = existing.id;
      if (existing.name !== spec.name || existing.description !== spec.description) {
        await service.update({ id }, { name: spec.name, description: spec.description });
      }
    }
    // Replaces the role's permissions by exactly these (adds the missing, deletes the rest).
    await service.assignPermissions(id, spec.permissions(strapi));
  }
};

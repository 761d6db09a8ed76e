import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAdmin, type AdminSession } from './helpers/admin';
import { requireDist, startStrapi, type TestStrapi } from './helpers/strapi';

/**
 * The content manager explains itself: list columns, default sort, labels, descriptions and
 * placeholders come from code (src/bootstrap/content-manager.ts), as the dashboard receives
 * them over the admin API. An editor's own later changes survive restarts until the coded
 * view changes.
 */
let cms: TestStrapi;
let editor: AdminSession;
/** Sees every field, those hidden from editors too. */
let superAdmin: AdminSession;
let dashboard: typeof import('../src/bootstrap/content-manager');

const configuration = async (uid: string, session = editor) => {
  const response = await session.request(`/content-manager/content-types/${uid}/configuration`);
  expect(response.status).toBe(200);
  return response.body.data.contentType as {
    settings: Record<string, unknown>;
    layouts: { list: string[]; edit: { name: string }[][] };
    metadatas: Record<string, { edit: Record<string, unknown>; list: Record<string, unknown> }>;
  };
};

beforeAll(async () => {
  cms = await startStrapi();
  editor = await loginAdmin(cms.strapi, cms.url, 'strapi-editor');
  superAdmin = await loginAdmin(cms.strapi, cms.url);
  dashboard = requireDist<typeof import('../src/bootstrap/content-manager')>('src/bootstrap/content-manager.js');
});
afterAll(async () => {
  await cms?.stop();
});

describe('list views', () => {
  it.each([
    ['api::article.article', ['title', 'authors', 'publicationDate', 'publishAt'], 'updatedAt', 'DESC'],
    ['api::event.event', ['title', 'startDate', 'startTime', 'timezone', 'format', 'publishAt'], 'startsAt', 'DESC'],
    ['api::team-member.team-member', ['name', 'jobTitle', 'sortOrder'], 'sortOrder', 'ASC'],
    ['api::page.page', ['title', 'slug', 'updatedAt'], 'title', 'ASC'],
    ['api::newsletter-signup.newsletter-signup', ['email', 'subscriptionStatus', 'confirmedAt'], 'createdAt', 'DESC'],
  ])('%s shows the useful columns, sorted sensibly', async (uid, columns, sortBy, order) => {
    const { layouts, settings } = await configuration(uid);
    expect(layouts.list).toEqual(columns);
    expect(settings).toMatchObject({ defaultSortBy: sortBy, defaultSortOrder: order });
  });

  it('lists articles through the admin API with the configured sort', async () => {
    const response = await editor.request('/content-manager/collection-types/api::article.article?page=1&pageSize=20&sort=updatedAt:DESC');
    expect(response.status).toBe(200);
  });
});

describe('edit views', () => {
  it('say what makes good alt text, on the cover, and that it lives on the media file', async () => {
    const { metadatas } = await configuration('api::article.article');
    expect(metadatas.cover!.edit.description).toMatch(/media library/);
    expect(metadatas.cover!.edit.description).toMatch(/Alternative text/);
  });

  it('explain excerpt length, slug rules and scheduling', async () => {
    const { metadatas } = await configuration('api::article.article');
    expect(metadatas.excerpt!.edit.description).toMatch(/150–200 characters/);
    expect(metadatas.slug!.edit.description).toMatch(/Made from the title when you save/);
    expect(metadatas.publishAt!.edit).toMatchObject({ label: 'Publish at (scheduled)', description: expect.stringMatching(/published within a minute/) });
    expect(metadatas.publishAt!.list.label).toBe('Scheduled for');
    expect(metadatas.title!.edit.placeholder).toBeTruthy();
  });

  it('show reading time as computed and not editable', async () => {
    const { metadatas } = await configuration('api::article.article');
    expect(metadatas.readingTimeMinutes!.edit).toMatchObject({ editable: false, description: expect.stringMatching(/[Cc]omputed from the body/) });
  });

  it('ask for an event’s date and times where it happens, in the edit view before the computed instants', async () => {
    const { layouts, metadatas } = await configuration('api::event.event');
    const order = layouts.edit.flat().map((field) => field.name);
    expect(order.indexOf('startDate')).toBeGreaterThanOrEqual(0);
    expect(order.slice(order.indexOf('startDate'), order.indexOf('startDate') + 5)).toEqual(['startDate', 'startTime', 'endDate', 'endTime', 'startsAt']);
    expect(metadatas.startsAt!.edit).toMatchObject({ editable: false });
    expect(metadatas.startTime!.edit.description).toMatch(/where the event happens/);
  });

  it('show the scheduling field on the edit view of articles and events', async () => {
    for (const uid of ['api::article.article', 'api::event.event']) {
      const { layouts } = await configuration(uid);
      expect(layouts.edit.flat().map((field) => field.name)).toContain('publishAt');
    }
  });

  it('describe every field named in code that the content type has', async () => {
    for (const [uid, view] of Object.entries(dashboard.CONTENT_MANAGER_VIEWS)) {
      const { metadatas } = await configuration(uid, superAdmin);
      for (const [name, field] of Object.entries(view.fields)) {
        expect(metadatas[name], `${uid} ${name}`).toBeDefined();
        if (field.description) expect(metadatas[name]!.edit.description).toBe(field.description);
      }
    }
  });
});

describe('site settings, signups and the blocks inside forms', () => {
  const componentConfiguration = async (uid: string) => {
    const response = await superAdmin.request(`/content-manager/components/${uid}/configuration`);
    expect(response.status).toBe(200);
    return response.body.data.component as { metadatas: Record<string, { edit: { label?: string; editable?: boolean } }> };
  };
  /** Fields an editor sees in a form, by the schema (Strapi's own timestamps and authors aside). */
  const own = (attributes: Record<string, { visible?: boolean }>) =>
    Object.entries(attributes)
      .filter(([name, attribute]) => attribute.visible !== false && !['createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations', 'documentId', 'id'].includes(name))
      .map(([name]) => name);

  it('name every field in words, never by its field name', async () => {
    for (const uid of ['api::global.global', 'api::newsletter-signup.newsletter-signup'] as const) {
      const { metadatas } = await configuration(uid, superAdmin);
      for (const name of own(cms.strapi.contentType(uid).attributes)) {
        expect(metadatas[name]!.edit.label, `${uid} ${name}`).not.toBe(name);
      }
    }
    for (const uid of ['shared.seo', 'shared.link', 'shared.call-to-action'] as const) {
      const { metadatas } = await componentConfiguration(uid);
      for (const name of own(cms.strapi.components[uid].attributes)) expect(metadatas[name]!.edit.label, `${uid} ${name}`).not.toBe(name);
    }
  });

  it('keep the record of a subscriber’s consent out of anyone’s hands', async () => {
    const { metadatas } = await configuration('api::newsletter-signup.newsletter-signup', superAdmin);
    for (const name of ['source', 'consentText', 'consentedAt', 'confirmedAt', 'unsubscribedAt']) expect(metadatas[name]!.edit.editable, name).toBe(false);
  });

  it('refuse a signup typed in by hand, even from a super admin, since it carries no consent', async () => {
    const created = await superAdmin.request('/content-manager/collection-types/api::newsletter-signup.newsletter-signup', {
      method: 'POST',
      body: { email: 'typed.in@example.org', subscriptionStatus: 'confirmed' },
    });
    expect(created.status).toBe(400);
    expect(created.body.error.message).toMatch(/cannot be added by hand: readers sign up with the form on the site/);
    expect(created.body.error.details.errors[0].path).toEqual(['consentText']);
    expect(await cms.strapi.db.query('api::newsletter-signup.newsletter-signup').findOne({ where: { email: 'typed.in@example.org' } })).toBeNull();
    // A list brought in with each reader's consent wording and time is accepted.
    const imported = await cms.strapi.documents('api::newsletter-signup.newsletter-signup').create({
      data: { email: 'imported@example.org', subscriptionStatus: 'confirmed', consentText: 'Send me the newsletter', consentedAt: '2026-01-05T10:00:00.000Z' },
    });
    expect(imported.email).toBe('imported@example.org');
  });
});

describe('the admin panel', () => {
  it('has a tab icon: the site’s mark, not a server error on every page load', async () => {
    const response = await fetch(`${cms.url}/favicon.ico`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^image\//);
    expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(100);
  });
});

describe('applying the coded view', () => {
  const ARTICLE = 'api::article.article';
  const service = () =>
    cms.strapi.plugin('content-manager').service('content-types') as {
      findConfiguration(contentType: { uid: string }): Promise<any>;
      updateConfiguration(contentType: { uid: string }, configuration: unknown): Promise<unknown>;
    };

  it('changes nothing when run again', async () => {
    expect(await dashboard.configureContentManager(cms.strapi)).toEqual([]);
  });

  it("keeps an editor's own changes across restarts while the coded view is unchanged", async () => {
    const current = await service().findConfiguration({ uid: ARTICLE });
    await service().updateConfiguration(
      { uid: ARTICLE },
      {
        settings: current.settings,
        metadatas: { ...current.metadatas, title: { ...current.metadatas.title, edit: { ...current.metadatas.title.edit, placeholder: 'My own hint' } } },
        layouts: { ...current.layouts, list: ['title', 'featured'] },
      },
    );
    expect(await dashboard.configureContentManager(cms.strapi)).toEqual([]);
    const after = await configuration(ARTICLE);
    expect(after.layouts.list).toEqual(['title', 'featured']);
    expect(after.metadatas.title!.edit.placeholder).toBe('My own hint');
  });

  it('reapplies only the coded keys when the coded view changes', async () => {
    const before = await configuration(ARTICLE);
    const views = { [ARTICLE]: { ...dashboard.CONTENT_MANAGER_VIEWS[ARTICLE]!, pageSize: 50 } };
    expect(await dashboard.configureContentManager(cms.strapi, views)).toEqual([ARTICLE]);
    const after = await configuration(ARTICLE);
    expect(after.settings.pageSize).toBe(50);
    expect(after.layouts.list).toEqual(['title', 'authors', 'publicationDate', 'publishAt']);
    expect(after.metadatas.title!.edit.placeholder).toBe(dashboard.CONTENT_MANAGER_VIEWS[ARTICLE]!.fields.title!.placeholder);
    // The edit layout is not the code's to manage.
    expect(after.layouts.edit).toEqual(before.layouts.edit);
  });
});

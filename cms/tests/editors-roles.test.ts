import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAdmin, type AdminSession } from './helpers/admin';
import { makeArticle, makeTeamMember, makeTopic } from './helpers/factories';
import { requireDist, startStrapi, type TestStrapi } from './helpers/strapi';

/**
 * The Editor and Author admin roles, proven through the admin API the dashboard uses: what each
 * can create, change, publish, read and delete, and that the roles are kept in code.
 */
let cms: TestStrapi;
let editor: AdminSession;
let author: AdminSession;
let signupId: string;

const collection = (uid: string) => `/content-manager/collection-types/${uid}`;
const ARTICLES = collection('api::article.article');
const EVENTS = collection('api::event.event');
const TEAM = collection('api::team-member.team-member');
const TOPICS = collection('api::topic.topic');
const SIGNUPS = collection('api::newsletter-signup.newsletter-signup');
const GLOBAL = '/content-manager/single-types/api::global.global';

const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];
const unique = (prefix: string) => `${prefix}-${Math.random().toString(36).slice(2, 8)}`;
const articleBody = (authorDocumentId: string, overrides: Record<string, unknown> = {}) => {
  const slug = unique('essay');
  return { title: `Essay ${slug}`, slug, excerpt: 'A short excerpt.', body: paragraph('Some words.'), authors: { connect: [{ documentId: authorDocumentId }] }, ...overrides };
};

const roleActions = async (code: string) => {
  const role = await cms.strapi.db.query('admin::role').findOne({ where: { code }, populate: ['permissions'] });
  return role as { id: number; name: string; description: string; permissions: { id: number; action: string; subject: string | null }[] };
};

beforeAll(async () => {
  cms = await startStrapi();
  editor = await loginAdmin(cms.strapi, cms.url, 'strapi-editor');
  author = await loginAdmin(cms.strapi, cms.url, 'strapi-author');
  const signup = await cms.strapi.documents('api::newsletter-signup.newsletter-signup').create({
    data: { email: 'reader@example.org', subscriptionStatus: 'confirmed', consentText: 'Yes please', consentedAt: new Date().toISOString() },
  });
  signupId = signup.documentId;
});
afterAll(async () => {
  await cms?.stop();
});

describe('the Editor role', () => {
  it('is named and described for people', async () => {
    const role = await roleActions('strapi-editor');
    expect(role.name).toBe('Editor');
    expect(role.description).toMatch(/publishes/);
  });

  it('creates, edits, publishes, unpublishes and deletes an article', async () => {
    const member = await makeTeamMember(cms.strapi);
    const created = await editor.request(ARTICLES, { method: 'POST', body: articleBody(member.documentId) });
    expect(created.status).toBe(201);
    const id = created.body.data.documentId;

    const updated = await editor.request(`${ARTICLES}/${id}`, { method: 'PUT', body: { title: 'A better title' } });
    expect(updated.status).toBe(200);
    expect(updated.body.data.title).toBe('A better title');

    const published = await editor.request(`${ARTICLES}/${id}/actions/publish`, { method: 'POST', body: {} });
    expect(published.status).toBe(200);
    expect(await cms.strapi.documents('api::article.article').findOne({ documentId: id, status: 'published' })).not.toBeNull();

    const unpublished = await editor.request(`${ARTICLES}/${id}/actions/unpublish`, { method: 'POST', body: {} });
    expect(unpublished.status).toBe(200);
    expect(await cms.strapi.documents('api::article.article').findOne({ documentId: id, status: 'published' })).toBeNull();

    const deleted = await editor.request(`${ARTICLES}/${id}`, { method: 'DELETE' });
    expect(deleted.status).toBe(200);
    expect(await cms.strapi.documents('api::article.article').findOne({ documentId: id })).toBeNull();
  });

  it('schedules an article with publishAt', async () => {
    const member = await makeTeamMember(cms.strapi);
    const created = await editor.request(ARTICLES, { method: 'POST', body: articleBody(member.documentId, { publishAt: '2099-01-01T09:00:00.000Z' }) });
    expect(created.status).toBe(201);
    expect(created.body.data.publishAt).toBe('2099-01-01T09:00:00.000Z');
  });

  it('manages events, team members, topics and the site settings', async () => {
    const event = await editor.request(EVENTS, {
      method: 'POST',
      body: { title: 'A talk', slug: unique('talk'), summary: 'A talk.', startsAt: '2030-03-01T10:00:00.000Z', endsAt: '2030-03-01T11:00:00.000Z', timezone: 'Europe/London', format: 'online', onlineUrl: 'https://meet.example.org/a-talk', isFree: true },
    });
    expect(event.status).toBe(201);
    expect((await editor.request(`${EVENTS}/${event.body.data.documentId}/actions/publish`, { method: 'POST', body: {} })).status).toBe(200);

    const member = await editor.request(TEAM, { method: 'POST', body: { name: 'New Colleague', slug: unique('colleague'), sortOrder: 5 } });
    expect(member.status).toBe(201);
    expect((await editor.request(`${TEAM}/${member.body.data.documentId}`, { method: 'DELETE' })).status).toBe(200);

    const topic = await editor.request(TOPICS, { method: 'POST', body: { name: unique('Topic'), slug: unique('topic') } });
    expect(topic.status).toBe(201);

    const settings = await editor.request(GLOBAL, { method: 'PUT', body: { siteName: 'Kestrel & Co', tagline: 'Insights for mission-led organisations' } });
    expect(settings.status).toBe(200);
  });

  it('reads newsletter signups, as the export route requires, and deletes one on request', async () => {
    const list = await editor.request(SIGNUPS);
    expect(list.status).toBe(200);
    expect(list.body.results.map((signup: { email: string }) => signup.email)).toContain('reader@example.org');

    const other = await cms.strapi.documents('api::newsletter-signup.newsletter-signup').create({
      data: { email: 'erase.me@example.org', subscriptionStatus: 'pending', consentText: 'Yes please', consentedAt: new Date().toISOString() },
    });
    const erased = await editor.request(`${SIGNUPS}/${other.documentId}`, { method: 'DELETE' });
    expect(erased.status).toBe(200);
    expect(await cms.strapi.db.query('api::newsletter-signup.newsletter-signup').findOne({ where: { email: 'erase.me@example.org' } })).toBeNull();
  });

  it('has read permission on signups for the export route to check', async () => {
    const { permissions } = await roleActions('strapi-editor');
    expect(permissions).toContainEqual(expect.objectContaining({ action: 'plugin::content-manager.explorer.read', subject: 'api::newsletter-signup.newsletter-signup' }));
    // Signups are written by the site's opt-in flow only.
    expect(permissions).not.toContainEqual(expect.objectContaining({ action: 'plugin::content-manager.explorer.create', subject: 'api::newsletter-signup.newsletter-signup' }));
  });

  it('uses the media library', async () => {
    const files = await editor.request('/upload/files');
    expect(files.status).toBe(200);
  });

  it('cannot manage admin users, roles or API tokens', async () => {
    expect((await editor.request('/admin/users')).status).toBe(403);
    expect((await editor.request('/admin/roles/1/permissions', { method: 'PUT', body: { permissions: [] } })).status).toBe(403);
    expect((await editor.request('/admin/api-tokens')).status).toBe(403);
  });
});

describe('the Author role', () => {
  let own: string;

  it('is named and described for people', async () => {
    const role = await roleActions('strapi-author');
    expect(role.name).toBe('Author');
    expect(role.description).toMatch(/drafts/);
  });

  it('creates a draft article with authors and topics it can pick', async () => {
    const member = await makeTeamMember(cms.strapi);
    const topic = await makeTopic(cms.strapi);
    const people = await author.request(TEAM);
    expect(people.status).toBe(200);
    const topics = await author.request(TOPICS);
    expect(topics.status).toBe(200);

    const created = await author.request(ARTICLES, { method: 'POST', body: articleBody(member.documentId, { topics: { connect: [{ documentId: topic.documentId }] } }) });
    expect(created.status).toBe(201);
    own = created.body.data.documentId;
    const updated = await author.request(`${ARTICLES}/${own}`, { method: 'PUT', body: { excerpt: 'Sharper.' } });
    expect(updated.status).toBe(200);
    expect(updated.body.data.excerpt).toBe('Sharper.');
  });

  it('cannot publish, even an article it wrote', async () => {
    const response = await author.request(`${ARTICLES}/${own}/actions/publish`, { method: 'POST', body: {} });
    expect(response.status).toBe(403);
    expect(await cms.strapi.documents('api::article.article').findOne({ documentId: own, status: 'published' })).toBeNull();
  });

  it('cannot schedule publishing: publishAt is left out of what it saves', async () => {
    const response = await author.request(`${ARTICLES}/${own}`, { method: 'PUT', body: { publishAt: '2099-01-01T09:00:00.000Z' } });
    const row = await cms.strapi.db.query('api::article.article').findOne({ where: { documentId: own, publishedAt: null } });
    // The field is outside the role's permitted fields: the content manager leaves it out.
    expect(response.status).toBe(200);
    expect(response.body.data.publishAt).toBeNull();
    expect(row.publishAt).toBeNull();
  });

  it('cannot edit or delete an article someone else created', async () => {
    const theirs = await makeArticle(cms.strapi, {}, 'draft');
    expect((await author.request(`${ARTICLES}/${theirs.documentId}`, { method: 'PUT', body: { title: 'Hijacked' } })).status).toBe(403);
    expect((await author.request(`${ARTICLES}/${own}`, { method: 'DELETE' })).status).toBe(403);
    const row = await cms.strapi.db.query('api::article.article').findOne({ where: { documentId: theirs.documentId } });
    expect(row.title).not.toBe('Hijacked');
  });

  it('cannot see newsletter signups', async () => {
    const list = await author.request(SIGNUPS);
    expect(list.status).toBe(403);
    expect(JSON.stringify(list.body)).not.toContain('reader@example.org');
    expect((await author.request(`${SIGNUPS}/${signupId}`)).status).toBe(403);
  });

  it('cannot write events, team members, topics or the site settings', async () => {
    expect((await author.request(EVENTS, { method: 'POST', body: { title: 'x' } })).status).toBe(403);
    expect((await author.request(TEAM, { method: 'POST', body: { name: 'x', slug: unique('x') } })).status).toBe(403);
    expect((await author.request(TOPICS, { method: 'POST', body: { name: 'x', slug: unique('x') } })).status).toBe(403);
    expect((await author.request(GLOBAL, { method: 'PUT', body: { siteName: 'Defaced' } })).status).toBe(403);
  });

  it('uploads to the media library', async () => {
    const form = new FormData();
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#2f6f5e' } }).png().toBuffer();
    form.append('files', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'swatch.png');
    const response = await fetch(`${cms.url}/upload`, { method: 'POST', headers: { authorization: `Bearer ${author.token}` }, body: form });
    expect(response.status).toBe(201);
  });
});

describe('roles kept in code', () => {
  it('take away permissions granted by clicking, at the next boot, and change nothing when run again', async () => {
    const { syncAdminRoles } = requireDist<typeof import('../src/bootstrap/admin-roles')>('src/bootstrap/admin-roles.js');
    const before = await roleActions('strapi-author');
    await cms.strapi.db.query('admin::permission').create({
      data: { action: 'plugin::content-manager.explorer.publish', subject: 'api::article.article', properties: {}, conditions: [], role: before.id },
    });
    await cms.strapi.db.query('admin::role').update({ where: { id: before.id }, data: { name: 'Author (can publish)' } });

    await syncAdminRoles(cms.strapi);
    const after = await roleActions('strapi-author');
    expect(after.name).toBe('Author');
    expect(after.permissions.map((permission) => permission.action)).not.toContain('plugin::content-manager.explorer.publish');
    expect(after.permissions.map((permission) => permission.id).sort()).toEqual(before.permissions.map((permission) => permission.id).sort());

    await syncAdminRoles(cms.strapi);
    const again = await roleActions('strapi-author');
    expect(again.permissions.map((permission) => permission.id).sort()).toEqual(after.permissions.map((permission) => permission.id).sort());
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, rest } from './helpers/http';
import { startStrapi, type TestStrapi } from './helpers/strapi';
import { createApiToken } from './helpers/tokens';

/**
 * Newsletter signups are private: no generated GraphQL operation or REST route reads, creates,
 * changes or deletes one, with or without an API token. Only the admin sees them. And the
 * public cannot write any content.
 */
let cms: TestStrapi;
let signupId: string;
const tokens: Record<string, string | undefined> = { public: undefined };

beforeAll(async () => {
  cms = await startStrapi();
  const signup = await cms.strapi.documents('api::newsletter-signup.newsletter-signup').create({
    data: { email: '  Private.Person@Example.ORG ', subscriptionStatus: 'confirmed', consentText: 'Yes please', consentedAt: new Date().toISOString() },
  });
  signupId = signup.documentId;
  tokens['read-only token'] = await createApiToken(cms.strapi, 'read-only');
  tokens['full-access token'] = await createApiToken(cms.strapi, 'full-access');
});
afterAll(async () => {
  await cms?.stop();
});

it('stores addresses trimmed and lower-cased', async () => {
  const row = await cms.strapi.db.query('api::newsletter-signup.newsletter-signup').findOne({ where: { documentId: signupId } });
  expect(row.email).toBe('private.person@example.org');
});

describe('the GraphQL schema', () => {
  it('has no type or field that exposes a signup', async () => {
    const { data } = await graphql(cms.url, `{ __schema { types { name fields { name } } } }`);
    const types = data!.__schema.types as { name: string; fields: { name: string }[] | null }[];
    expect(types.filter((type) => /NewsletterSignup/i.test(type.name))).toEqual([]);
    const query = types.find((type) => type.name === 'Query')!;
    expect(query.fields!.filter((field) => /newsletter/i.test(field.name))).toEqual([]);
  });

  it('has no content mutations: the public contract cannot write', async () => {
    const { data } = await graphql(cms.url, `{ __schema { mutationType { fields { name } } } }`);
    const mutations = (data!.__schema.mutationType?.fields ?? []).map((field: { name: string }) => field.name);
    for (const name of ['createArticle', 'updateArticle', 'deleteArticle', 'createTeamMember', 'createEvent', 'createTopic', 'updateGlobal', 'deleteGlobal']) {
      expect(mutations).not.toContain(name);
    }
  });
});

describe.each(['public', 'read-only token', 'full-access token'])('as %s', (who) => {
  const token = () => tokens[who];

  it('cannot query signups over GraphQL', async () => {
    for (const source of [
      `{ newsletterSignups { email } }`,
      `{ newsletterSignups_connection { nodes { email } } }`,
      `query ($id: ID!) { newsletterSignup(documentId: $id) { email } }`,
    ]) {
      const response = await graphql(cms.url, source, { id: signupId }, token());
      expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(JSON.stringify(response)).not.toContain('private.person');
    }
  });

  it('cannot create, change or delete signups over GraphQL', async () => {
    for (const source of [
      `mutation { createNewsletterSignup(data: { email: "x@example.org" }) { documentId } }`,
      `mutation ($id: ID!) { updateNewsletterSignup(documentId: $id, data: { subscriptionStatus: unsubscribed }) { documentId } }`,
      `mutation ($id: ID!) { deleteNewsletterSignup(documentId: $id) { documentId } }`,
    ]) {
      const response = await graphql(cms.url, source, { id: signupId }, token());
      expect(response.errors?.length).toBeGreaterThan(0);
    }
  });

  it('cannot read, create, change or delete signups over REST', async () => {
    const attempts = [
      rest(cms.url, '/api/newsletter-signups', { token: token() }),
      rest(cms.url, `/api/newsletter-signups/${signupId}`, { token: token() }),
      rest(cms.url, '/api/newsletter-signups', { method: 'POST', body: { data: { email: 'new@example.org' } }, token: token() }),
      rest(cms.url, `/api/newsletter-signups/${signupId}`, { method: 'PUT', body: { data: { subscriptionStatus: 'unsubscribed' } }, token: token() }),
      rest(cms.url, `/api/newsletter-signups/${signupId}`, { method: 'DELETE', token: token() }),
    ];
    for (const response of await Promise.all(attempts)) {
      expect([403, 404, 405]).toContain(response.status);
      expect(JSON.stringify(response.body)).not.toContain('private.person');
    }
  });
});

it('leaves the signup exactly as it was after every attempt', async () => {
  const rows = await cms.strapi.db.query('api::newsletter-signup.newsletter-signup').findMany({});
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({ email: 'private.person@example.org', subscriptionStatus: 'confirmed' });
});

describe('the public', () => {
  it('cannot create or change content over REST', async () => {
    for (const [method, path] of [
      ['POST', '/api/articles'],
      ['POST', '/api/team-members'],
      ['POST', '/api/events'],
      ['POST', '/api/topics'],
      ['POST', '/api/pages'],
      ['PUT', '/api/global'],
      ['DELETE', '/api/global'],
    ] as const) {
      const response = await rest(cms.url, path, { method, body: { data: { title: 'Vandalism', name: 'x', slug: 'x' } } });
      expect(response.status, `${method} ${path}`).toBe(403);
    }
  });

  it('cannot register an account, upload files or list users', async () => {
    const register = await rest(cms.url, '/api/auth/local/register', { method: 'POST', body: { username: 'mallory', email: 'm@example.org', password: 'Password123' } });
    expect(register.status).toBe(403);
    const users = await rest(cms.url, '/api/users');
    expect(users.status).toBe(403);
    const files = await rest(cms.url, '/api/upload/files');
    expect(files.status).toBe(403);
  });

  it('loses any permission granted by hand at the next boot', async () => {
    const { requireDist } = await import('./helpers/strapi');
    const { syncPublicPermissions } = requireDist<typeof import('../src/bootstrap/permissions')>('src/bootstrap/permissions.js');
    const role = await cms.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
    await cms.strapi.db.query('plugin::users-permissions.permission').create({ data: { action: 'plugin::upload.content-api.find', role: role.id } });
    await syncPublicPermissions(cms.strapi);
    await syncPublicPermissions(cms.strapi);
    const actions = (await cms.strapi.db.query('plugin::users-permissions.permission').findMany({ where: { role: role.id } })).map((permission: { action: string }) => permission.action);
    expect(actions).not.toContain('plugin::upload.content-api.find');
    expect(new Set(actions).size).toBe(actions.length);
  });
});

describe('browsers on other sites', () => {
  const post = (origin: string) =>
    fetch(`${cms.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', origin }, body: JSON.stringify({ query: '{ __typename }' }) });

  it('may not read GraphQL answers: CORS allows the site only, as for REST', async () => {
    const site = process.env.SITE_URL ?? 'http://localhost:3000';
    const foreign = await post('https://evil.example');
    expect(foreign.headers.get('access-control-allow-origin')).not.toBe('*');
    expect(foreign.headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
    const preflight = await fetch(`${cms.url}/graphql`, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    expect(preflight.headers.get('access-control-allow-origin') ?? '').not.toMatch(/^\*$|evil/);
    const restForeign = await fetch(`${cms.url}/api/articles`, { headers: { origin: 'https://evil.example' } });
    expect(foreign.headers.get('access-control-allow-origin')).toBe(restForeign.headers.get('access-control-allow-origin'));

    const fromSite = await post(site);
    expect(fromSite.status).toBe(200);
    expect(fromSite.headers.get('access-control-allow-origin')).toBe(site);
  });
});


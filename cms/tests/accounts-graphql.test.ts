import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, rest } from './helpers/http';
import { startStrapi, type TestStrapi } from './helpers/strapi';

/**
 * The site has no visitor accounts: REST login and registration answer 403, and the GraphQL
 * contract offers none of the operations the users-permissions and upload plugins add beside
 * their generated ones (sign-in, password reset, account and role management, media edits).
 * Not even to a real member with the right password, nor to a valid users-permissions JWT.
 */
const REMOVED_MUTATIONS = [
  'login',
  'register',
  'forgotPassword',
  'resetPassword',
  'emailConfirmation',
  'changePassword',
  'createUsersPermissionsUser',
  'updateUsersPermissionsUser',
  'deleteUsersPermissionsUser',
  'createUsersPermissionsRole',
  'updateUsersPermissionsRole',
  'deleteUsersPermissionsRole',
  'updateUploadFile',
  'deleteUploadFile',
];
const REMOVED_QUERIES = ['me'];
/** Types only those operations used. */
const REMOVED_TYPES = [
  'UsersPermissionsLoginInput',
  'UsersPermissionsLoginPayload',
  'UsersPermissionsRegisterInput',
  'UsersPermissionsPasswordPayload',
  'UsersPermissionsMe',
  'UsersPermissionsMeRole',
  'UsersPermissionsCreateRolePayload',
  'UsersPermissionsUpdateRolePayload',
  'UsersPermissionsDeleteRolePayload',
  'UsersPermissionsUserEntityResponse',
  'UsersPermissionsUserInput',
  'UsersPermissionsRoleInput',
  'FileInfoInput',
];
const NEWSLETTER_MUTATIONS = ['confirmNewsletterSubscription', 'subscribeToNewsletter', 'unsubscribeFromNewsletter'];

const EMAIL = 'member1@example.org';
const PASSWORD = 'Correct-Horse-42';

let cms: TestStrapi;
let member: { id: number; documentId: string };
let memberJwt: string;

beforeAll(async () => {
  cms = await startStrapi();
  // An account as an editor would create it in the admin: confirmed, in the Authenticated role.
  const role = await cms.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } });
  member = await cms.strapi
    .plugin('users-permissions')
    .service('user')
    .add({ username: 'member1', email: EMAIL, password: PASSWORD, provider: 'local', confirmed: true, blocked: false, role: role.id });
  memberJwt = cms.strapi.plugin('users-permissions').service('jwt').issue({ id: member.id });
});
afterAll(async () => {
  await cms?.stop();
});

const expectRefused = (response: Awaited<ReturnType<typeof graphql>>, operation: string) => {
  expect(response.status, operation).toBe(400);
  expect(response.errors?.[0]?.extensions?.code, operation).toBe('GRAPHQL_VALIDATION_FAILED');
  expect(response.data ?? null, operation).toBeNull();
  expect(JSON.stringify(response), operation).not.toMatch(/"jwt"|member1@/);
};

describe('the GraphQL schema', () => {
  it('has no mutation but the newsletter’s three', async () => {
    const { data } = await graphql(cms.url, `{ __schema { mutationType { fields { name } } } }`);
    const mutations = (data!.__schema.mutationType?.fields ?? []).map((field: { name: string }) => field.name);
    for (const name of REMOVED_MUTATIONS) expect(mutations).not.toContain(name);
    expect(mutations.sort()).toEqual(NEWSLETTER_MUTATIONS);
  });

  it('has no `me` query and none of the account types', async () => {
    const { data } = await graphql(cms.url, `{ __schema { queryType { fields { name } } types { name } } }`);
    const queries = data!.__schema.queryType.fields.map((field: { name: string }) => field.name);
    for (const name of REMOVED_QUERIES) expect(queries).not.toContain(name);
    const types = data!.__schema.types.map((type: { name: string }) => type.name);
    for (const name of REMOVED_TYPES) expect(types).not.toContain(name);
  });
});

describe('a member with a real account', () => {
  it('has the password the login attempts use', async () => {
    const row = await cms.strapi.db.query('plugin::users-permissions.user').findOne({ where: { id: member.id } });
    expect(await cms.strapi.plugin('users-permissions').service('user').validatePassword(PASSWORD, row.password)).toBe(true);
  });

  it('cannot log in over REST', async () => {
    const response = await rest(cms.url, '/api/auth/local', { method: 'POST', body: { identifier: EMAIL, password: PASSWORD } });
    expect(response.status).toBe(403);
    expect(JSON.stringify(response.body)).not.toContain('jwt');
  });

  it('cannot log in over GraphQL: gets an error, not a JWT', async () => {
    const response = await graphql(cms.url, `mutation ($identifier: String!, $password: String!) { login(input: { identifier: $identifier, password: $password }) { jwt user { email } } }`, {
      identifier: EMAIL,
      password: PASSWORD,
    });
    expectRefused(response, 'login');
  });

  it('cannot read or change its account with a users-permissions JWT', async () => {
    expectRefused(await graphql(cms.url, `{ me { id email role { name } } }`, {}, memberJwt), 'me');
    expectRefused(
      await graphql(cms.url, `mutation { changePassword(currentPassword: "${PASSWORD}", password: "Other-Horse-43", passwordConfirmation: "Other-Horse-43") { jwt } }`, {}, memberJwt),
      'changePassword',
    );
  });
});

describe('anonymously', () => {
  it.each([
    ['register', `mutation { register(input: { username: "mallory", email: "mallory@example.org", password: "Password123" }) { jwt } }`],
    ['forgotPassword', `mutation { forgotPassword(email: "${EMAIL}") { ok } }`],
    ['resetPassword', `mutation { resetPassword(code: "guess", password: "Password123", passwordConfirmation: "Password123") { jwt } }`],
    ['emailConfirmation', `mutation { emailConfirmation(confirmation: "guess") { jwt } }`],
    ['createUsersPermissionsUser', `mutation { createUsersPermissionsUser(data: { username: "mallory", email: "mallory@example.org", password: "Password123" }) { data { documentId } } }`],
    ['updateUsersPermissionsUser', `mutation { updateUsersPermissionsUser(id: "1", data: { blocked: true }) { data { documentId } } }`],
    ['deleteUsersPermissionsUser', `mutation { deleteUsersPermissionsUser(id: "1") { data { documentId } } }`],
    ['createUsersPermissionsRole', `mutation { createUsersPermissionsRole(data: { name: "Root" }) { ok } }`],
    ['updateUsersPermissionsRole', `mutation { updateUsersPermissionsRole(id: "1", data: { name: "Root" }) { ok } }`],
    ['deleteUsersPermissionsRole', `mutation { deleteUsersPermissionsRole(id: "1") { ok } }`],
    ['updateUploadFile', `mutation { updateUploadFile(id: "1", info: { name: "x" }) { documentId } }`],
    ['deleteUploadFile', `mutation { deleteUploadFile(id: "1") { documentId } }`],
  ])('cannot call %s', async (operation, source) => {
    expectRefused(await graphql(cms.url, source), operation);
  });

  it('left the accounts as they were', async () => {
    const users = await cms.strapi.db.query('plugin::users-permissions.user').findMany({});
    expect(users).toHaveLength(1);
    expect(users[0]).toMatchObject({ email: EMAIL, blocked: false, resetPasswordToken: null });
  });
});

import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAdmin, type AdminSession } from './helpers/admin';
import { rest } from './helpers/http';
import { SIGNUP } from './helpers/newsletter';
import { startStrapi, type TestStrapi } from './helpers/strapi';
import { createApiToken } from './helpers/tokens';

/**
 * Editors see signups in the dashboard, export the confirmed subscribers as CSV, and can erase
 * a person for good. Nobody else can export anything.
 */
let cms: TestStrapi;
let admin: AdminSession;
const EXPORT = '/newsletter/export.csv';
const LIST = `/content-manager/collection-types/${SIGNUP}`;
const COLUMNS = ['email', 'firstName', 'confirmedAt', 'source', 'consentText', 'consentedAt'];

const makeSignup = (overrides: Record<string, unknown>) =>
  cms.strapi.documents(SIGNUP).create({
    data: { subscriptionStatus: 'pending', consentText: 'Yes please.', consentedAt: '2030-01-01T10:00:00.000Z', ...overrides } as never,
  });

/** A role with exactly these content-manager permissions on signups, and an admin who has it. */
const adminWithRole = async (permissions: { action: string; fields?: string[] }[]): Promise<AdminSession> => {
  const roles = cms.strapi.service('admin::role');
  const role = (await roles.create({ name: `Role ${Math.random().toString(36).slice(2, 8)}`, description: 'test' })) as { id: number; code: string };
  await roles.assignPermissions(
    role.id,
    permissions.map(({ action, fields }) => ({ action, subject: SIGNUP, properties: fields ? { fields } : {}, conditions: [] })),
  );
  return loginAdmin(cms.strapi, cms.url, role.code);
};

const csv = (text: string): Record<string, string>[] => parse(text, { bom: true, columns: true, skip_empty_lines: true });

beforeAll(async () => {
  cms = await startStrapi();
  admin = await loginAdmin(cms.strapi, cms.url);
  await makeSignup({ email: 'first@example.org', firstName: 'Ada', source: '/insights/a', subscriptionStatus: 'confirmed', confirmedAt: '2030-01-02T10:00:00.000Z' });
  await makeSignup({
    email: 'tricky@example.org',
    firstName: 'O\'Brien, "Jr"',
    source: '/events/x,y',
    subscriptionStatus: 'confirmed',
    confirmedAt: '2030-01-03T10:00:00.000Z',
    consentText: 'Yes, "please",\nmonthly.',
  });
  await makeSignup({ email: 'formula@example.org', firstName: '=HYPERLINK("https://evil.example","click")', source: '+1', subscriptionStatus: 'confirmed', confirmedAt: '2030-01-04T10:00:00.000Z' });
  await makeSignup({ email: '-2+3+cmd|calc!a0@example.org', firstName: 'Dash', subscriptionStatus: 'confirmed', confirmedAt: '2030-01-04T11:00:00.000Z' });
  await makeSignup({ email: 'pending@example.org', firstName: 'Pending' });
  await makeSignup({ email: 'gone@example.org', firstName: 'Gone', subscriptionStatus: 'unsubscribed', confirmedAt: '2030-01-02T10:00:00.000Z', unsubscribedAt: '2030-01-05T10:00:00.000Z' });
});
afterAll(async () => {
  await cms?.stop();
});

describe('the CSV export', () => {
  it('gives an admin the confirmed subscribers only, oldest first, properly escaped', async () => {
    const response = await fetch(`${cms.url}${EXPORT}`, { headers: { authorization: `Bearer ${admin.token}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="newsletter-subscribers-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const bytes = Buffer.from(await response.arrayBuffer());
    const text = bytes.toString('utf8');
    // A UTF-8 byte-order mark first, so spreadsheets read names right; then the header row.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.split('\r\n')[0]).toBe(`\ufeff${COLUMNS.join(',')}`);

    const rows = csv(text);
    expect(rows.map((row) => row.email)).toEqual(['first@example.org', 'tricky@example.org', 'formula@example.org', "'-2+3+cmd|calc!a0@example.org"]);
    expect(rows[0]).toEqual({
      email: 'first@example.org',
      firstName: 'Ada',
      confirmedAt: '2030-01-02T10:00:00.000Z',
      source: '/insights/a',
      consentText: 'Yes please.',
      consentedAt: '2030-01-01T10:00:00.000Z',
    });
    expect(rows[1]).toMatchObject({ firstName: 'O\'Brien, "Jr"', source: '/events/x,y', consentText: 'Yes, "please",\nmonthly.' });
    // Cells a spreadsheet would run as formulas are neutralised.
    expect(rows[2]).toMatchObject({ firstName: '\'=HYPERLINK("https://evil.example","click")', source: "'+1" });
    // Addresses too: one may start with a formula character.
    expect(rows[3]!.email).toBe("'-2+3+cmd|calc!a0@example.org");
    expect(text).not.toMatch(/pending@|gone@|TokenHash|[0-9a-f]{64}/);
  });

  it('respects the role: fields it cannot read stay empty', async () => {
    const limited = await adminWithRole([{ action: 'plugin::content-manager.explorer.read', fields: ['email', 'confirmedAt'] }]);
    const response = await limited.request(EXPORT);
    expect(response.status).toBe(200);
    const rows = csv(response.body as string);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toEqual({ email: 'first@example.org', firstName: '', confirmedAt: '2030-01-02T10:00:00.000Z', source: '', consentText: '', consentedAt: '' });
  });

  it('is refused to an admin whose role cannot read newsletter signups', async () => {
    const other = await adminWithRole([]);
    const response = await other.request(EXPORT);
    expect(response.status).toBe(403);
    expect(JSON.stringify(response.body)).not.toContain('@example.org');
  });

  it('is refused without an admin session: public, API tokens, bad tokens', async () => {
    const fullAccess = await createApiToken(cms.strapi, 'full-access');
    for (const token of [undefined, fullAccess, 'not-a-token', `${admin.token}x`]) {
      const response = await rest(cms.url, EXPORT, { token });
      expect(response.status, String(token).slice(0, 12)).toBe(401);
      expect(JSON.stringify(response.body)).not.toContain('@example.org');
    }
    const post = await rest(cms.url, EXPORT, { method: 'POST', body: {}, token: admin.token });
    expect([404, 405]).toContain(post.status);
  });
});

describe('signups in the dashboard', () => {
  it('can be filtered by status', async () => {
    const response = await admin.request(`${LIST}?page=1&pageSize=50&filters[$and][0][subscriptionStatus][$eq]=confirmed`);
    expect(response.status).toBe(200);
    expect(response.body.results.map((row: { email: string }) => row.email).sort()).toEqual(['-2+3+cmd|calc!a0@example.org', 'first@example.org', 'formula@example.org', 'tricky@example.org']);
  });

  it('are really deleted when an editor deletes one (right to erasure)', async () => {
    const signup = await makeSignup({ email: 'erase.me@example.org', firstName: 'Erase', subscriptionStatus: 'confirmed', confirmedAt: '2030-01-06T10:00:00.000Z' });
    const response = await admin.request(`${LIST}/${signup.documentId}`, { method: 'DELETE' });
    expect(response.status).toBe(200);
    // Not hidden, not unpublished: no row holds the address any more.
    const rows = await cms.strapi.db.connection('newsletter_signups').where({ email: 'erase.me@example.org' });
    expect(rows).toEqual([]);
    expect(await cms.strapi.db.connection('newsletter_signups').where({ document_id: signup.documentId })).toEqual([]);
    const exported = csv((await admin.request(EXPORT)).body as string);
    expect(exported.map((row) => row.email)).not.toContain('erase.me@example.org');
  });
});

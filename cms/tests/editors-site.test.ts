import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import type { Core, Modules } from '@strapi/strapi';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loginAdmin, type AdminSession } from './helpers/admin';
import { makeArticle, makeEvent, makePage, makeTeamMember, makeTopic } from './helpers/factories';
import { graphql, rest } from './helpers/http';
import { cmsDir, distDir, requireDist, startStrapi, type TestStrapi } from './helpers/strapi';

/**
 * What ties the CMS to the site: the Preview links in the edit view, the "Site preview" API
 * token the site reads drafts with, and the cache-purge webhook. The site is played by a small
 * HTTP server that records what it receives.
 */
interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: any;
}
let site: Server;
let siteUrl: string;
const received: Received[] = [];

let cms: TestStrapi;
let strapi: Core.Strapi;
let admin: AdminSession;
const PREVIEW_SECRET = 'p@ss w/rd&type=x';
const PREVIEW_API_TOKEN = randomBytes(32).toString('hex');
const PURGE_SECRET = randomBytes(16).toString('hex');

const waitFor = async <T>(find: () => T | undefined, timeout = 5000): Promise<T> => {
  const until = Date.now() + timeout;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > until) throw new Error('Timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
};

/** The warnings Strapi logs while `run` runs with these environment variables changed. */
const warningsWhile = async (run: () => Promise<unknown>, env: Record<string, string | undefined>): Promise<string[]> => {
  const warnings: string[] = [];
  const spy = vi.spyOn(strapi.log, 'warn').mockImplementation(((message: unknown) => warnings.push(String(message))) as any);
  const previous = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));
  const apply = (values: Record<string, string | undefined>) => {
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
  apply(env);
  try {
    await run();
  } finally {
    apply(previous);
    spy.mockRestore();
  }
  return warnings;
};

beforeAll(async () => {
  site = createServer((request, response) => {
    let text = '';
    request.on('data', (chunk) => (text += chunk));
    request.on('end', () => {
      received.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body: text ? JSON.parse(text) : null });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  cms = await startStrapi({ env: { SITE_URL: siteUrl, PREVIEW_SECRET, PREVIEW_API_TOKEN, PURGE_SECRET } });
  strapi = cms.strapi;
  admin = await loginAdmin(strapi, cms.url);
});
afterAll(async () => {
  await cms?.stop();
  await new Promise((resolve) => site?.close(resolve));
});

describe('preview links', () => {
  const previewUrlOf = async (uid: string, query: Record<string, string>) => {
    const response = await admin.request(`/content-manager/preview/url/${uid}?${new URLSearchParams(query)}`);
    return { status: response.status, url: response.status === 200 ? (response.body.data.url as string | undefined) : undefined };
  };
  const expected = (type: string, slug: string, status: string) =>
    `${siteUrl}/api/preview?secret=${encodeURIComponent(PREVIEW_SECRET)}&type=${type}&slug=${encodeURIComponent(slug)}&status=${status}`;

  it('open the draft of an article on the site, the secret URL-encoded', async () => {
    const article = await makeArticle(strapi, {}, 'draft');
    const { url } = await previewUrlOf('api::article.article', { documentId: article.documentId, status: 'draft' });
    expect(url).toBe(expected('article', article.slug, 'draft'));
    const parsed = new URL(url!);
    expect(parsed.origin + parsed.pathname).toBe(`${siteUrl}/api/preview`);
    expect(Object.fromEntries(parsed.searchParams)).toEqual({ secret: PREVIEW_SECRET, type: 'article', slug: article.slug, status: 'draft' });
  });

  it('use the slug of the version being edited', async () => {
    const article = await makeArticle(strapi);
    await strapi.documents('api::article.article').update({ documentId: article.documentId, data: { slug: `${article.slug}-renamed` } });
    expect((await previewUrlOf('api::article.article', { documentId: article.documentId, status: 'draft' })).url).toBe(expected('article', `${article.slug}-renamed`, 'draft'));
    expect((await previewUrlOf('api::article.article', { documentId: article.documentId, status: 'published' })).url).toBe(expected('article', article.slug, 'published'));
  });

  it('exist for events, team members and pages', async () => {
    const page = await makePage(strapi, { title: 'How we work', slug: 'how-we-work' }, 'draft');
    expect((await previewUrlOf('api::page.page', { documentId: page.documentId })).url).toBe(expected('page', 'how-we-work', 'draft'));
    const event = await makeEvent(strapi, {}, 'draft');
    expect((await previewUrlOf('api::event.event', { documentId: event.documentId })).url).toBe(expected('event', event.slug, 'draft'));
    const member = await makeTeamMember(strapi);
    expect((await previewUrlOf('api::team-member.team-member', { documentId: member.documentId, status: 'published' })).url).toBe(
      expected('team-member', member.slug, 'published'),
    );
  });

  it('do not exist for other content types, or for a version never published', async () => {
    const topic = await makeTopic(strapi);
    expect(await previewUrlOf('api::topic.topic', { documentId: topic.documentId })).toEqual({ status: 204, url: undefined });
    const draft = await makeArticle(strapi, {}, 'draft');
    expect(await previewUrlOf('api::article.article', { documentId: draft.documentId, status: 'published' })).toEqual({ status: 204, url: undefined });
  });

  it('ignore a trailing slash on SITE_URL', () => {
    const { previewUrl } = requireDist<typeof import('../src/preview')>('src/preview/index.js');
    expect(previewUrl({ siteUrl: 'https://site.example/', secret: 's' }, 'article', 'a b', 'draft')).toBe('https://site.example/api/preview?secret=s&type=article&slug=a%20b&status=draft');
  });

  it('may be framed by the admin: the site is in its CSP frame-src', async () => {
    const response = await fetch(`${cms.url}/_health`);
    const csp = response.headers.get('content-security-policy') ?? '';
    const frameSrc = csp.split(';').find((directive) => directive.trim().startsWith('frame-src'));
    expect(frameSrc?.split(/\s+/)).toContain(siteUrl);
  });
});

describe('the site preview token', () => {
  const draftQuery = `query ($id: ID!) { article(documentId: $id, status: DRAFT) { title authors { name } topics { name } } }`;
  let draftId: string;
  const sync = () => requireDist<typeof import('../src/bootstrap/preview-token')>('src/bootstrap/preview-token.js').syncPreviewToken(strapi);
  const previewTokens = () => strapi.db.query('admin::api-token').findMany({ where: { name: 'Site preview' }, populate: ['permissions'] });

  beforeAll(async () => {
    draftId = (await makeArticle(strapi, { title: 'Only in draft' }, 'draft')).documentId;
  });

  it('reads a draft over GraphQL with status DRAFT', async () => {
    const response = await graphql(cms.url, draftQuery, { id: draftId }, PREVIEW_API_TOKEN);
    expect(response.errors).toBeUndefined();
    expect(response.data?.article.title).toBe('Only in draft');
    expect(response.data?.article.authors).toHaveLength(1);
    const site = await graphql(cms.url, `{ global { siteName } events(status: DRAFT) { title } teamMembers(status: DRAFT) { name } }`, {}, PREVIEW_API_TOKEN);
    expect(site.errors).toBeUndefined();
  });

  it('is refused with a wrong key (401)', async () => {
    const response = await graphql(cms.url, draftQuery, { id: draftId }, randomBytes(32).toString('hex'));
    expect(response.status).toBe(401);
    expect(JSON.stringify(response)).not.toContain('Only in draft');
  });

  it('cannot write content or read signups', async () => {
    const write = await rest(cms.url, '/api/articles', { method: 'POST', body: { data: { title: 'x' } }, token: PREVIEW_API_TOKEN });
    expect(write.status).toBe(403);
    const signups = await rest(cms.url, '/api/newsletter-signups', { token: PREVIEW_API_TOKEN });
    expect([403, 404]).toContain(signups.status);
  });

  it('is one custom token with read permissions only', async () => {
    const tokens = await previewTokens();
    expect(tokens).toHaveLength(1);
    expect(tokens[0]).toMatchObject({ type: 'custom', expiresAt: null });
    expect(tokens[0].encryptedKey ?? null).toBeNull();
    expect(tokens[0].permissions.map((permission: { action: string }) => permission.action).sort()).toEqual(
      [
        'api::article.article.find',
        'api::article.article.findOne',
        'api::event.event.find',
        'api::event.event.findOne',
        'api::global.global.find',
        'api::page.page.find',
        'api::page.page.findOne',
        'api::team-member.team-member.find',
        'api::team-member.team-member.findOne',
        'api::topic.topic.find',
        'api::topic.topic.findOne',
      ].sort(),
    );
  });

  it('changes nothing at the next boot', async () => {
    const [before] = await previewTokens();
    await sync();
    const [after] = await previewTokens();
    expect(after).toEqual(before);
  });

  it('follows a new PREVIEW_API_TOKEN, resets what was changed in the admin and never logs the key', async () => {
    const [token] = await previewTokens();
    const tokens = strapi.service('admin::api-token-content-api') as any;
    await tokens.regenerate(token.id);
    await tokens.update(token.id, { type: 'full-access' });

    const rotated = randomBytes(32).toString('hex');
    const logged: string[] = [];
    const spies = (['info', 'warn', 'error', 'debug'] as const).map((level) =>
      vi.spyOn(strapi.log, level).mockImplementation(((message: unknown) => logged.push(String(message))) as any),
    );
    const previous = process.env.PREVIEW_API_TOKEN;
    process.env.PREVIEW_API_TOKEN = rotated;
    try {
      await sync();
    } finally {
      process.env.PREVIEW_API_TOKEN = previous;
      spies.forEach((spy) => spy.mockRestore());
    }
    expect(logged.length).toBeGreaterThan(0);
    expect(logged.join('\n')).not.toContain(rotated);

    expect((await graphql(cms.url, draftQuery, { id: draftId }, rotated)).data?.article.title).toBe('Only in draft');
    expect((await graphql(cms.url, draftQuery, { id: draftId }, PREVIEW_API_TOKEN)).status).toBe(401);
    const [after] = await previewTokens();
    expect(after.type).toBe('custom');
    expect(await previewTokens()).toHaveLength(1);

    await sync();
    expect((await graphql(cms.url, draftQuery, { id: draftId }, PREVIEW_API_TOKEN)).data?.article.title).toBe('Only in draft');
  });

  it('is skipped with a warning when PREVIEW_API_TOKEN is empty', async () => {
    const warnings = await warningsWhile(() => sync(), { PREVIEW_API_TOKEN: '' });
    expect(warnings).toEqual([expect.stringMatching(/PREVIEW_API_TOKEN is not set/)]);
    expect((await graphql(cms.url, draftQuery, { id: draftId }, PREVIEW_API_TOKEN)).data?.article.title).toBe('Only in draft');
  });
});

describe('the cache-purge webhook', () => {
  const NAME = 'Site cache purge';
  const store = () => strapi.get<Modules.WebhookStore.WebhookStore>('webhookStore');
  const purgeWebhooks = async () => (await store().findWebhooks()).filter((webhook) => webhook.name === NAME);
  const sync = () => requireDist<typeof import('../src/bootstrap/webhooks')>('src/bootstrap/webhooks.js').syncPurgeWebhook(strapi);
  const purgeFor = (event: string, documentId: string) =>
    waitFor(() => received.find((request) => request.body?.event === event && request.body?.entry?.documentId === documentId));

  it('is configured at boot', async () => {
    const webhooks = await purgeWebhooks();
    expect(webhooks).toHaveLength(1);
    expect(webhooks[0]).toMatchObject({
      url: `${siteUrl}/api/cache/purge`,
      headers: { Authorization: `Bearer ${PURGE_SECRET}` },
      isEnabled: true,
    });
    expect([...webhooks[0]!.events].sort()).toEqual(['entry.create', 'entry.delete', 'entry.publish', 'entry.unpublish', 'entry.update', 'media.delete', 'media.update']);
  });

  it('tells the site when content is published, on the same boot, with the secret', async () => {
    const article = await makeArticle(strapi, {}, 'draft');
    await strapi.documents('api::article.article').publish({ documentId: article.documentId });
    const request = await purgeFor('entry.publish', article.documentId);
    expect(request.method).toBe('POST');
    expect(request.url).toBe('/api/cache/purge');
    expect(request.headers.authorization).toBe(`Bearer ${PURGE_SECRET}`);
    expect(request.headers['x-strapi-event']).toBe('entry.publish');
    expect(request.body).toMatchObject({ event: 'entry.publish', model: 'article', uid: 'api::article.article', entry: { documentId: article.documentId, slug: article.slug } });
    expect(request.body.entry).not.toHaveProperty('publishAt');
  });

  it('tells the site when content is unpublished or deleted', async () => {
    const article = await makeArticle(strapi);
    await strapi.documents('api::article.article').unpublish({ documentId: article.documentId });
    await purgeFor('entry.unpublish', article.documentId);
    await strapi.documents('api::article.article').delete({ documentId: article.documentId });
    await purgeFor('entry.delete', article.documentId);
  });

  it('is reset when changed in the admin, and changes nothing when already right', async () => {
    const [webhook] = await purgeWebhooks();
    await store().updateWebhook(webhook!.id, { ...webhook!, url: 'http://127.0.0.1:9/elsewhere', events: ['entry.create'], isEnabled: false });
    await sync();
    const [reset] = await purgeWebhooks();
    expect(reset).toEqual(webhook);
    await sync();
    expect(await purgeWebhooks()).toEqual([webhook]);
  });

  it('is skipped with a warning when PURGE_SECRET is unset', async () => {
    const warnings = await warningsWhile(() => sync(), { PURGE_SECRET: undefined });
    expect(warnings).toEqual([expect.stringMatching(/PURGE_SECRET is not set/)]);
    expect(await purgeWebhooks()).toHaveLength(1);
  });
});

describe('a second boot on the same database', () => {
  it('keeps one webhook and one preview token, unchanged, and the webhook fires', async () => {
    const webhooksBefore = await strapi.get<Modules.WebhookStore.WebhookStore>('webhookStore').findWebhooks();
    const tokensBefore = await strapi.db.query('admin::api-token').findMany({ select: ['id', 'name', 'accessKey', 'type'] });

    // Stop this Strapi without dropping its database, and boot it again as a restart would.
    await strapi.destroy();
    const require = createRequire(import.meta.url);
    const { createStrapi } = require('@strapi/strapi') as typeof import('@strapi/strapi');
    strapi = createStrapi({ appDir: cmsDir, distDir });
    await strapi.load();
    cms = {
      ...cms,
      strapi,
      async stop() {
        await strapi.destroy();
        await cms.database.drop();
        await fs.rm(process.env.PUBLIC_DIR!, { recursive: true, force: true });
      },
    };

    expect(await strapi.get<Modules.WebhookStore.WebhookStore>('webhookStore').findWebhooks()).toEqual(webhooksBefore);
    expect(await strapi.db.query('admin::api-token').findMany({ select: ['id', 'name', 'accessKey', 'type'] })).toEqual(tokensBefore);

    const article = await makeArticle(strapi, {}, 'draft');
    await strapi.documents('api::article.article').publish({ documentId: article.documentId });
    await waitFor(() => received.find((request) => request.body?.event === 'entry.publish' && request.body?.entry?.documentId === article.documentId));
  });
});

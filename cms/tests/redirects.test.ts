import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAdmin, type AdminSession } from './helpers/admin';
import { makeArticle, makePage } from './helpers/factories';
import { graphql, rest } from './helpers/http';
import { startStrapi, type TestStrapi } from './helpers/strapi';

/**
 * Old addresses keep working: a published slug that changes leaves a redirect (read by the
 * site), editors can add their own, and the table never hides live content or forms a chain.
 */
let cms: TestStrapi;
let admin: AdminSession;
const ARTICLES = '/content-manager/collection-types/api::article.article';
const REDIRECTS = '/content-manager/collection-types/api::redirect.redirect';

beforeAll(async () => {
  cms = await startStrapi({ env: { SITE_URL: 'https://kestrel.test' } });
  admin = await loginAdmin(cms.strapi, cms.url);
});
afterAll(async () => {
  await cms?.stop();
});

/** Every redirect, as the public API gives it: path → target. */
const table = async (): Promise<Record<string, string>> => {
  const response = await graphql<{ redirects: { path: string; target: string }[] }>(cms.url, '{ redirects(pagination: { limit: 50 }) { path target } }');
  expect(response.errors).toBeUndefined();
  return Object.fromEntries(response.data!.redirects.map(({ path, target }) => [path, target]));
};

/** Change an article's slug in the dashboard and publish it, as an editor does. */
const renameAndPublish = async (documentId: string, slug: string) => {
  const saved = await admin.request(`${ARTICLES}/${documentId}`, { method: 'PUT', body: { slug } });
  expect(saved.status).toBe(200);
  const published = await admin.request(`${ARTICLES}/${documentId}/actions/publish`, { method: 'POST', body: {} });
  expect(published.status).toBe(200);
};

describe('a published slug that changes', () => {
  it('leaves a redirect from the old address to the new one, and no chain after a second change', async () => {
    const article = await makeArticle(cms.strapi, { slug: 'first-thoughts-on-trust' });
    await renameAndPublish(article.documentId, 'trust-in-partnerships');
    expect((await table())['/insights/first-thoughts-on-trust']).toBe('/insights/trust-in-partnerships');

    await renameAndPublish(article.documentId, 'trust-between-organisations');
    const redirects = await table();
    expect(redirects['/insights/first-thoughts-on-trust']).toBe('/insights/trust-between-organisations');
    expect(redirects['/insights/trust-in-partnerships']).toBe('/insights/trust-between-organisations');

    // Back to the first slug: that address is live again, and the others lead to it.
    await renameAndPublish(article.documentId, 'first-thoughts-on-trust');
    const after = await table();
    expect(after['/insights/first-thoughts-on-trust']).toBeUndefined();
    expect(after['/insights/trust-in-partnerships']).toBe('/insights/first-thoughts-on-trust');
    expect(after['/insights/trust-between-organisations']).toBe('/insights/first-thoughts-on-trust');
  });

  it('leaves nothing while only the draft changes', async () => {
    const article = await makeArticle(cms.strapi, { slug: 'a-draft-rename' });
    const saved = await admin.request(`${ARTICLES}/${article.documentId}`, { method: 'PUT', body: { slug: 'a-draft-renamed' } });
    expect(saved.status).toBe(200);
    expect(Object.keys(await table())).not.toContain('/insights/a-draft-rename');
  });

  it('leads from the address a piece had when it was unpublished, once it is live again under another', async () => {
    const article = await makeArticle(cms.strapi, { slug: 'notes-from-the-field' });
    const unpublished = await admin.request(`${ARTICLES}/${article.documentId}/actions/unpublish`, { method: 'POST', body: {} });
    expect(unpublished.status).toBe(200);
    expect(Object.keys(await table())).not.toContain('/insights/notes-from-the-field');

    await renameAndPublish(article.documentId, 'notes-from-three-councils');
    expect((await table())['/insights/notes-from-the-field']).toBe('/insights/notes-from-three-councils');

    // Only once: a later unpublish and republish under the same slug adds nothing.
    await admin.request(`${ARTICLES}/${article.documentId}/actions/unpublish`, { method: 'POST', body: {} });
    await renameAndPublish(article.documentId, 'notes-from-three-councils');
    const redirects = await table();
    expect(Object.entries(redirects).filter(([, target]) => target === '/insights/notes-from-three-councils')).toEqual([['/insights/notes-from-the-field', '/insights/notes-from-three-councils']]);
  });

  it('never redirects an address taken meanwhile, by another piece or by an editor', async () => {
    const first = await makeArticle(cms.strapi, { slug: 'a-shared-agenda' });
    const second = await makeArticle(cms.strapi, { slug: 'an-editor-redirect' });
    for (const { documentId } of [first, second]) {
      expect((await admin.request(`${ARTICLES}/${documentId}/actions/unpublish`, { method: 'POST', body: {} })).status).toBe(200);
    }
    // Another piece goes live at the first address; an editor sends the second elsewhere.
    expect((await admin.request(`${ARTICLES}/${first.documentId}`, { method: 'PUT', body: { slug: 'a-shared-agenda-revisited' } })).status).toBe(200);
    await makeArticle(cms.strapi, { slug: 'a-shared-agenda' });
    const made = await admin.request(REDIRECTS, { method: 'POST', body: { path: '/insights/an-editor-redirect', target: '/insights' } });
    expect(made.status).toBe(201);

    await renameAndPublish(first.documentId, 'a-shared-agenda-revisited');
    await renameAndPublish(second.documentId, 'an-editor-redirect-renamed');
    const redirects = await table();
    expect(redirects['/insights/an-editor-redirect']).toBe('/insights');
    expect(redirects['/insights/a-shared-agenda']).toBeUndefined();
  });

  it('of a standing page redirects at the top level', async () => {
    const page = await makePage(cms.strapi, { slug: 'how-we-work' });
    await cms.strapi.documents('api::page.page').update({ documentId: page.documentId, data: { slug: 'working-with-us' } });
    await cms.strapi.documents('api::page.page').publish({ documentId: page.documentId });
    expect((await table())['/how-we-work']).toBe('/working-with-us');
  });
});

describe('redirects an editor writes', () => {
  it('are kept in one form and never hide what is published at their address', async () => {
    const made = await admin.request(REDIRECTS, { method: 'POST', body: { path: ' /blog/why-we-listen/ ', target: '/insights/why-we-listen' } });
    expect(made.status).toBe(201);
    expect(made.body.data.path).toBe('/blog/why-we-listen');
    expect((await table())['/blog/why-we-listen']).toBe('/insights/why-we-listen');

    const early = await admin.request(REDIRECTS, { method: 'POST', body: { path: '/insights/soon-to-be-written', target: '/insights' } });
    expect(early.status).toBe(201);
    await makeArticle(cms.strapi, { slug: 'soon-to-be-written' });
    expect(Object.keys(await table())).not.toContain('/insights/soon-to-be-written');

    // And an address where something is published now cannot be redirected.
    const over = await admin.request(REDIRECTS, { method: 'POST', body: { path: '/insights/soon-to-be-written', target: '/events' } });
    expect(over.status).toBe(400);
    expect(over.body.error.message).toBe('Something is published at /insights/soon-to-be-written: a redirect would hide it. Unpublish it first, or change its slug (which redirects its old address for you).');
    const page = await makePage(cms.strapi, { slug: 'our-approach' });
    expect((await admin.request(REDIRECTS, { method: 'POST', body: { path: '/our-approach', target: '/team' } })).status).toBe(400);
    await cms.strapi.documents('api::page.page').unpublish({ documentId: page.documentId });
    expect((await admin.request(REDIRECTS, { method: 'POST', body: { path: '/our-approach', target: '/team' } })).status).toBe(201);
  });

  it('are kept decoded, and one to the site’s own address as a path', async () => {
    const encoded = await admin.request(REDIRECTS, { method: 'POST', body: { path: '/caf%C3%A9-notes', target: 'https://kestrel.test/insights/caf%C3%A9/?from=old#top' } });
    expect(encoded.status).toBe(201);
    expect(encoded.body.data.path).toBe('/café-notes');
    expect(encoded.body.data.target).toBe('/insights/café?from=old#top');
    const elsewhere = await admin.request(REDIRECTS, { method: 'POST', body: { path: '/book', target: 'https://calendly.example/kestrel co' } });
    expect(elsewhere.status).toBe(400);
    const encodedElsewhere = await admin.request(REDIRECTS, { method: 'POST', body: { path: '/book-a-call', target: 'https://Calendly.example/kestrel%20co' } });
    expect(encodedElsewhere.body.data.target).toBe('https://calendly.example/kestrel%20co');
  });

  it('go straight to the end of a chain, and never back to themselves', async () => {
    await admin.request(REDIRECTS, { method: 'POST', body: { path: '/old/a', target: '/old/b' } });
    await admin.request(REDIRECTS, { method: 'POST', body: { path: '/old/b', target: '/team' } });
    await admin.request(REDIRECTS, { method: 'POST', body: { path: '/old/c', target: '/old/a' } });
    const redirects = await table();
    expect(redirects['/old/a']).toBe('/team');
    expect(redirects['/old/b']).toBe('/team');
    expect(redirects['/old/c']).toBe('/team');

    const loop = await admin.request(REDIRECTS, { method: 'POST', body: { path: '/old/d', target: '/old/d/' } });
    expect(loop.status).toBe(400);
    expect(loop.body.error.message).toBe('A redirect cannot lead back to its own address (/old/d).');
    expect(loop.body.error.details.errors[0].path).toEqual(['target']);
  });

  it('are refused with a message naming the field when an address is not one', async () => {
    const cases: [Record<string, string>, string, RegExp][] = [
      [{ path: 'blog/post', target: '/insights' }, 'path', /starting with a slash/],
      [{ path: '/blog?page=2', target: '/insights' }, 'path', /path only/],
      [{ path: '//evil.example/x', target: '/insights' }, 'path', /not an address of this site/],
      [{ path: '/blog\\post', target: '/insights' }, 'path', /not an address of this site/],
      ...['/', '/insights', '/events/', '/newsletter/confirm', '/calendar/an-event.ics', '/api/articles', '/_nuxt/app.js', '/sitemap.xml', '/preview/insights/x'].map(
        (path): [Record<string, string>, string, RegExp] => [{ path, target: '/insights' }, 'path', /one of the site's own addresses/],
      ),
      [{ path: '/blog/x', target: 'javascript:alert(1)' }, 'target', /not an address to send visitors to/],
      [{ path: '/blog/y', target: '//evil.example' }, 'target', /not an address to send visitors to/],
      [{ path: '/blog/y', target: '/\\evil.example' }, 'target', /not an address to send visitors to/],
      [{ path: '/blog/y', target: 'insights/x' }, 'target', /not an address to send visitors to/],
      [{ path: '/blog/y', target: 'ftp://files.example/x' }, 'target', /not an address to send visitors to/],
    ];
    for (const [body, field, message] of cases) {
      const response = await admin.request(REDIRECTS, { method: 'POST', body });
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.error.message).toMatch(message);
      expect(response.body.error.details.errors[0].path).toEqual([field]);
    }
    const external = await admin.request(REDIRECTS, { method: 'POST', body: { path: '/coffee', target: 'https://calendly.example/kestrel' } });
    expect(external.status).toBe(201);
  });
});

describe('the public API', () => {
  it('reads redirects, over GraphQL and REST, and cannot write them', async () => {
    await admin.request(REDIRECTS, { method: 'POST', body: { path: '/public/read', target: '/events' } });
    const found = await graphql(cms.url, 'query ($path: String!) { redirects(filters: { path: { eq: $path } }) { target } }', { path: '/public/read' });
    expect(found.data).toEqual({ redirects: [{ target: '/events' }] });
    expect((await rest(cms.url, '/api/redirects?filters[path][$eq]=/public/read')).body.data[0].target).toBe('/events');

    const mutation = await graphql(cms.url, 'mutation { createRedirect(data: { path: "/x", target: "/y" }) { documentId } }');
    expect(mutation.status).toBe(400);
    expect(mutation.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await rest(cms.url, '/api/redirects', { method: 'POST', body: { data: { path: '/x', target: '/y' } } })).status).toBe(403);
  });
});

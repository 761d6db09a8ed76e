import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeArticle, makeEvent, makePage, makeTeamMember } from './helpers/factories';
import { graphql, rest } from './helpers/http';
import { startStrapi, type TestStrapi } from './helpers/strapi';
import { createApiToken } from './helpers/tokens';

/**
 * Nobody without credentials reads a draft: not by asking for DRAFT status, not by document
 * id, not through a relation of a published document. Read-only API tokens (what other apps
 * get) see published content only; full-access tokens (the site's preview) and the admin
 * see drafts.
 */
let cms: TestStrapi;
let draftOnly: { article: string; member: string; event: string; page: string };
let published: { article: string };
let readOnlyToken: string;
let fullAccessToken: string;

const TYPES = [
  { name: 'article', list: 'articles', single: 'article', rest: 'articles' },
  { name: 'member', list: 'teamMembers', single: 'teamMember', rest: 'team-members' },
  { name: 'event', list: 'events', single: 'event', rest: 'events' },
  { name: 'page', list: 'pages', single: 'page', rest: 'pages' },
] as const;

beforeAll(async () => {
  cms = await startStrapi();
  const { strapi } = cms;
  const member = await makeTeamMember(strapi, { name: 'Draft Only Person' }, 'draft');
  const publishedAuthor = await makeTeamMember(strapi);
  const article = await makeArticle(strapi, { title: 'Secret draft essay', authors: [publishedAuthor.documentId] }, 'draft');
  const event = await makeEvent(strapi, { title: 'Unannounced event' }, 'draft');
  const page = await makePage(strapi, { title: 'Unannounced policy', slug: 'unannounced-policy', summary: 'Not yet.' }, 'draft');
  draftOnly = { article: article.documentId, member: member.documentId, event: event.documentId, page: page.documentId };

  // A published article whose draft has moved on: new title and a draft-only co-author.
  const live = await makeArticle(strapi, { title: 'Published title', authors: [publishedAuthor.documentId] });
  await strapi.documents('api::article.article').update({
    documentId: live.documentId,
    data: { title: 'Unpublished new title', authors: [publishedAuthor.documentId, member.documentId] },
  });
  published = { article: live.documentId };

  readOnlyToken = await createApiToken(strapi, 'read-only');
  fullAccessToken = await createApiToken(strapi, 'full-access');
});
afterAll(async () => {
  await cms?.stop();
});

describe.each(TYPES)('$name drafts', ({ name, list, single, rest: restPath }) => {
  const id = () => draftOnly[name];

  it('are refused to the public when asked for by status, over GraphQL', async () => {
    const response = await graphql(cms.url, `{ ${list}(status: DRAFT) { documentId } }`);
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(response.errors?.[0]?.message).toMatch(/Drafts are only available/);
    expect(response.data?.[list] ?? null).toBeNull();
  });

  it('are refused to the public when the status comes in a variable', async () => {
    const response = await graphql(cms.url, `query ($status: PublicationStatus) { ${list}(status: $status) { documentId } }`, { status: 'DRAFT' });
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('are refused to the public when the status is a variable’s default', async () => {
    const response = await graphql(cms.url, `query ($status: PublicationStatus = DRAFT) { ${list}(status: $status, pagination: { limit: 50 }) { documentId } }`);
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(response.errors?.[0]?.message).toMatch(/Drafts are only available/);
    expect(JSON.stringify(response)).not.toContain(id());
  });

  it('are invisible to the public by document id and in lists', async () => {
    const one = await graphql(cms.url, `query ($id: ID!) { ${single}(documentId: $id) { documentId } }`, { id: id() });
    expect(one.errors).toBeUndefined();
    expect(one.data?.[single]).toBeNull();
    const all = await graphql(cms.url, `{ ${list}(pagination: { limit: 50 }) { documentId } }`);
    expect(all.data?.[list].map((doc: { documentId: string }) => doc.documentId)).not.toContain(id());
  });

  it('are refused to the public over REST', async () => {
    const listed = await rest(cms.url, `/api/${restPath}?status=draft`);
    expect(listed.status).toBe(403);
    expect(JSON.stringify(listed.body)).not.toContain(id());
    const one = await rest(cms.url, `/api/${restPath}/${id()}?status=draft`);
    expect(one.status).toBe(403);
    const plain = await rest(cms.url, `/api/${restPath}/${id()}`);
    expect(plain.status).toBe(404);
  });

  it('are refused to a read-only API token', async () => {
    const response = await graphql(cms.url, `{ ${list}(status: DRAFT) { documentId } }`, {}, readOnlyToken);
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const listed = await rest(cms.url, `/api/${restPath}?status=draft`, { token: readOnlyToken });
    expect(listed.status).toBe(403);
  });

  it('are readable with a full-access API token', async () => {
    const response = await graphql(cms.url, `{ ${list}(status: DRAFT, pagination: { limit: 50 }) { documentId } }`, {}, fullAccessToken);
    expect(response.errors).toBeUndefined();
    expect(response.data?.[list].map((doc: { documentId: string }) => doc.documentId)).toContain(id());
    const listed = await rest(cms.url, `/api/${restPath}?status=draft&pagination[limit]=50`, { token: fullAccessToken });
    expect(listed.status).toBe(200);
    expect(listed.body.data.map((doc: { documentId: string }) => doc.documentId)).toContain(id());
  });
});

describe('a published document with a newer draft', () => {
  it('shows the public its published fields and published relations only', async () => {
    const { data, errors } = await graphql(cms.url, `query ($id: ID!) { article(documentId: $id) { title authors { name } } }`, { id: published.article });
    expect(errors).toBeUndefined();
    expect(data?.article.title).toBe('Published title');
    expect(data?.article.authors.map((author: { name: string }) => author.name)).not.toContain('Draft Only Person');
  });

  it('does not leak draft relations through a status argument on the relation', async () => {
    const response = await graphql(cms.url, `query ($id: ID!) { article(documentId: $id) { authors(status: DRAFT) { name } } }`, { id: published.article });
    expect(response.errors?.length).toBeGreaterThan(0);
    expect(JSON.stringify(response)).not.toContain('Draft Only Person');
  });

  it('shows the published version over REST even with populate', async () => {
    const { status, body } = await rest(cms.url, `/api/articles/${published.article}?populate=authors`);
    expect(status).toBe(200);
    expect(body.data.title).toBe('Published title');
    expect(JSON.stringify(body)).not.toContain('Draft Only Person');
  });

  it('does not tell the public which documents have unpublished changes', async () => {
    for (const token of [undefined, readOnlyToken]) {
      for (const args of ['publicationFilter: MODIFIED', 'publicationFilter: NEVER_PUBLISHED_DOCUMENT', 'hasPublishedVersion: true']) {
        const response = await graphql(cms.url, `{ articles_connection(${args}) { nodes { documentId } pageInfo { total } } }`, {}, token);
        expect(response.status).toBe(403);
        expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        expect(response.errors?.[0]?.message).toMatch(/publicationFilter .* only available/);
        expect(JSON.stringify(response)).not.toContain(published.article);
      }
      // Types without drafts refuse them too, rather than ignoring them.
      for (const root of ['topics(hasPublishedVersion: false) { name }', 'redirects(publicationFilter: NEVER_PUBLISHED_DOCUMENT) { path }', 'global(hasPublishedVersion: false) { siteName }']) {
        const response = await graphql(cms.url, `{ ${root} }`, {}, token);
        expect(response.status, root).toBe(403);
        expect(response.errors?.[0]?.message).toMatch(/publicationFilter .* only available/);
      }
      const listed = await rest(cms.url, '/api/articles?publicationFilter=modified', { token });
      expect(listed.status).toBe(403);
      // The reason, not a bare "Forbidden".
      expect(listed.body.error.message).toMatch(/publicationFilter .* only available/);
      const drafts = await rest(cms.url, '/api/articles?status=draft', { token });
      expect(drafts.status).toBe(403);
      expect(drafts.body.error.message).toMatch(/^Drafts are only available to the admin/);
      expect(JSON.stringify(listed.body)).not.toContain(published.article);
    }
    const full = await graphql(cms.url, `{ articles_connection(publicationFilter: MODIFIED) { nodes { documentId } } }`, {}, fullAccessToken);
    expect(full.errors).toBeUndefined();
    expect(full.data?.articles_connection.nodes.map((doc: { documentId: string }) => doc.documentId)).toContain(published.article);
  });

  it('shows the draft to a full-access token', async () => {
    const { data } = await graphql(cms.url, `query ($id: ID!) { article(documentId: $id, status: DRAFT) { title authors { name } } }`, { id: published.article }, fullAccessToken);
    expect(data?.article.title).toBe('Unpublished new title');
    expect(data?.article.authors.map((author: { name: string }) => author.name)).toContain('Draft Only Person');
  });
});

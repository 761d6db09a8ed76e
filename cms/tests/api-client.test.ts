import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleBySlugQuery, createApiClient, errorCodes, SubscribeToNewsletterMutation } from '../../packages/api/src/index.ts';
import { makeArticle } from './helpers/factories';
import { NEWSLETTER_ENV, type OptInService } from './helpers/newsletter';
import { startSmtpServer, type TestMailbox } from './helpers/smtp';
import { startStrapi, type TestStrapi } from './helpers/strapi';
import { createApiToken } from './helpers/tokens';

/**
 * The client that @insights/api offers other apps, used as they use it, against the real CMS:
 * it reads with a read-only token, sees edits at once, keeps its token when a call passes its
 * own fetchOptions, and surfaces the API's refusals as codes.
 */
let cms: TestStrapi;
let mailbox: TestMailbox;
let readOnlyToken: string;
let fullAccessToken: string;
let article: { documentId: string; slug: string };
let draft: { slug: string };

/** Signups one client may make per hour here: low, so the limit is reached in a few calls. */
const PER_CLIENT = 2;

beforeAll(async () => {
  mailbox = await startSmtpServer();
  cms = await startStrapi({ env: { ...NEWSLETTER_ENV, ...mailbox.env, NEWSLETTER_LIMIT_PER_IP: String(PER_CLIENT) } });
  readOnlyToken = await createApiToken(cms.strapi, 'read-only');
  fullAccessToken = await createApiToken(cms.strapi, 'full-access');
  const made = await makeArticle(cms.strapi, { title: 'Read through the client' });
  article = { documentId: made.documentId, slug: made.slug };
  draft = { slug: (await makeArticle(cms.strapi, { title: 'Not yet published' }, 'draft')).slug };
});
afterAll(async () => {
  // Let the confirmation emails go before the mail server closes.
  await (cms?.strapi.service('api::newsletter-signup.opt-in') as unknown as OptInService | undefined)?.idle();
  await cms?.stop();
  await mailbox?.close();
});

describe('createApiClient against the CMS', () => {
  it('reads published content with a read-only token', async () => {
    const client = createApiClient({ url: cms.url, token: readOnlyToken });
    const { data, error } = await client.query(ArticleBySlugQuery, { slug: article.slug }).toPromise();
    expect(error).toBeUndefined();
    expect(data?.articles[0]?.title).toBe('Read through the client');
  });

  it('accepts the endpoint address as well as the CMS address', async () => {
    const client = createApiClient({ url: `${cms.url}/graphql` });
    const { data, error } = await client.query(ArticleBySlugQuery, { slug: article.slug }).toPromise();
    expect(error).toBeUndefined();
    expect(data?.articles).toHaveLength(1);
  });

  it('sees an edit on the next call: nothing is cached by default', async () => {
    const client = createApiClient({ url: cms.url });
    const before = await client.query(ArticleBySlugQuery, { slug: article.slug }).toPromise();
    expect(before.data?.articles[0]?.title).toBe('Read through the client');
    await cms.strapi.documents('api::article.article').update({ documentId: article.documentId, data: { title: 'Edited title' }, status: 'published' });
    const after = await client.query(ArticleBySlugQuery, { slug: article.slug }).toPromise();
    expect(after.data?.articles[0]?.title).toBe('Edited title');
    await cms.strapi.documents('api::article.article').update({ documentId: article.documentId, data: { title: 'Read through the client' }, status: 'published' });
  });

  it('keeps the token when a call passes its own fetchOptions', async () => {
    const client = createApiClient({ url: cms.url, token: fullAccessToken });
    const { signal } = new AbortController();
    const { data, error } = await client
      .query(ArticleBySlugQuery, { slug: draft.slug, status: 'DRAFT' }, { fetchOptions: { signal, headers: { 'x-request-id': 'api-client-test' } } })
      .toPromise();
    expect(errorCodes(error)).toEqual([]);
    expect(data?.articles[0]?.title).toBe('Not yet published');
  });

  it('surfaces FORBIDDEN when a read-only token asks for drafts', async () => {
    const client = createApiClient({ url: cms.url, token: readOnlyToken });
    const { data, error } = await client.query(ArticleBySlugQuery, { slug: draft.slug, status: 'DRAFT' }).toPromise();
    expect(errorCodes(error)).toEqual(['FORBIDDEN']);
    expect(data?.articles ?? null).toBeNull();
  });

  it('surfaces a token the CMS does not know as a network error (401), not as an empty success', async () => {
    const client = createApiClient({ url: cms.url, token: 'not-a-token' });
    const { data, error } = await client.query(ArticleBySlugQuery, { slug: article.slug }).toPromise();
    expect(data ?? null).toBeNull();
    expect(errorCodes(error)).toEqual([]);
    expect(error?.networkError?.message).toBe('The CMS answered HTTP 401: Missing or invalid credentials');
  });

  it('surfaces BAD_USER_INPUT with a message per field', async () => {
    const client = createApiClient({ url: cms.url });
    const { error } = await client.mutation(SubscribeToNewsletterMutation, { input: { email: 'not an address', consent: true } }).toPromise();
    expect(errorCodes(error)).toEqual(['BAD_USER_INPUT']);
    const details = error?.graphQLErrors[0]?.extensions.error as { details?: { errors?: { path: string[] }[] } } | undefined;
    expect(details?.details?.errors?.[0]?.path).toEqual(['email']);
  });

  it("counts a server app's signups against its own address, whatever X-Forwarded-For says, then surfaces RATE_LIMITED", async () => {
    let forwarded = 0;
    const client = createApiClient({
      url: cms.url,
      // Without the site's proxy secret, a claimed visitor address is not trusted.
      fetch: (input, init) => fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), 'x-forwarded-for': `203.0.113.${(forwarded += 1)}` } }),
    });
    const signUp = (n: number) => client.mutation(SubscribeToNewsletterMutation, { input: { email: `client.${n}@example.org`, consent: true } }).toPromise();
    for (let n = 0; n < PER_CLIENT; n += 1) expect(errorCodes((await signUp(n)).error)).toEqual([]);
    const { error } = await signUp(PER_CLIENT);
    expect(errorCodes(error)).toEqual(['RATE_LIMITED']);
    expect(error?.graphQLErrors[0]?.extensions.retryAfterSeconds).toBeGreaterThan(0);
    expect((error?.response as Response | undefined)?.status).toBe(429);
    expect(Number((error?.response as Response | undefined)?.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

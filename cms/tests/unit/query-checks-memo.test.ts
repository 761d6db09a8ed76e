import type { Core } from '@strapi/strapi';
import { describe, expect, it } from 'vitest';
import { rememberQueryChecks } from '../../src/graphql/query-checks-memo';

type Check = (query: object, schema: object, options?: Record<string, unknown>) => Promise<unknown>;

/** A stand-in for `strapi.contentAPI` whose checks count their calls. */
const fakeStrapi = (validate: Check, sanitize: Check) => {
  const calls = { validate: 0, sanitize: 0 };
  const contentAPI = {
    validate: { query: (...args: Parameters<Check>) => ((calls.validate += 1), validate(...args)) },
    sanitize: { query: (...args: Parameters<Check>) => ((calls.sanitize += 1), sanitize(...args)) },
  };
  rememberQueryChecks({ contentAPI } as unknown as Core.Strapi);
  return { contentAPI, calls };
};

const article = { uid: 'api::article.article' };
const member = { uid: 'api::team-member.team-member' };
const sanitizeSort = async (query: object) => ({ ...query, sort: ['publicationDate:desc'], filters: { slug: { $eq: 'a' } } });

describe('rememberQueryChecks', () => {
  it('checks the same arguments for the same schema and auth once', async () => {
    const { contentAPI, calls } = fakeStrapi(async () => undefined, sanitizeSort);
    const args = { sort: 'publicationDate:desc' };
    const auth = { strategy: 'users-permissions' };
    await contentAPI.validate.query(args, article, { auth });
    await contentAPI.validate.query(args, article, { auth });
    const first = await contentAPI.sanitize.query(args, article, { auth });
    const second = await contentAPI.sanitize.query(args, article, { auth });
    expect(calls).toEqual({ validate: 1, sanitize: 1 });
    expect(second).toEqual(first);
  });

  it('checks again for other arguments, another schema or another auth', async () => {
    const { contentAPI, calls } = fakeStrapi(async () => undefined, sanitizeSort);
    const args = { sort: 'publicationDate:desc' };
    const auth = { strategy: 'users-permissions' };
    await contentAPI.sanitize.query(args, article, { auth });
    await contentAPI.sanitize.query({ ...args }, article, { auth });
    await contentAPI.sanitize.query(args, member, { auth });
    await contentAPI.sanitize.query(args, article, { auth: { strategy: 'api-token' } });
    await contentAPI.sanitize.query(args, article, {});
    expect(calls.sanitize).toBe(5);
  });

  it('does not remember calls with other options (REST passes the route)', async () => {
    const { contentAPI, calls } = fakeStrapi(async () => undefined, sanitizeSort);
    const args = { sort: 'publicationDate:desc' };
    await contentAPI.validate.query(args, article, { auth: {}, route: {} });
    await contentAPI.validate.query(args, article, { auth: {}, route: {} });
    expect(calls.validate).toBe(2);
  });

  it('gives a later caller a copy of the first result, untouched by what the first caller did', async () => {
    const { contentAPI } = fakeStrapi(async () => undefined, sanitizeSort);
    const args = {};
    const first = (await contentAPI.sanitize.query(args, article)) as { filters: { slug: Record<string, string> } };
    first.filters.slug.$eq = 'changed by the first caller';
    const second = (await contentAPI.sanitize.query(args, article)) as { filters: { slug: Record<string, string> } };
    expect(second.filters.slug.$eq).toBe('a');
    second.filters.slug.$eq = 'changed by the second caller';
    const third = (await contentAPI.sanitize.query(args, article)) as { filters: { slug: Record<string, string> } };
    expect(third.filters.slug.$eq).toBe('a');
  });

  it('fails every caller with the same error when validation fails', async () => {
    const refusal = new Error('Invalid key password');
    const { contentAPI, calls } = fakeStrapi(async () => Promise.reject(refusal), sanitizeSort);
    const args = { sort: 'password:asc' };
    await expect(contentAPI.validate.query(args, article)).rejects.toBe(refusal);
    await expect(contentAPI.validate.query(args, article)).rejects.toBe(refusal);
    expect(calls.validate).toBe(1);
  });

  it('works a result out again when it cannot be copied', async () => {
    const { contentAPI, calls } = fakeStrapi(async () => undefined, async () => ({ where: () => 'not plain data' }));
    const args = {};
    await contentAPI.sanitize.query(args, article);
    const again = (await contentAPI.sanitize.query(args, article)) as { where: () => string };
    expect(again.where()).toBe('not plain data');
    expect(calls.sanitize).toBe(2);
  });
});

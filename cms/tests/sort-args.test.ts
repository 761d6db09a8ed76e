import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './helpers/http';
import { startStrapi, type TestStrapi } from './helpers/strapi';

/**
 * Plain string sorts reach Strapi's checks in object form (src/graphql/sort-args.ts). A sort
 * with a trailing comma means the same to Strapi but is left as a string, so comparing the two
 * compares the rewritten path with Strapi's own: same rows in the same order, same refusals.
 */
let cms: TestStrapi;

beforeAll(async () => {
  cms = await startStrapi({ seed: true });
});
afterAll(async () => {
  await cms?.stop();
});

const answer = async (field: string, selection: string, sort: string[]) => {
  const { status, data, errors } = await graphql(cms.url, `query ($sort: [String]) { ${field}(sort: $sort, pagination: { limit: 50 }) ${selection} }`, { sort });
  return { status, data, errors: errors?.map(({ message, extensions }) => ({ message, code: extensions?.code })) };
};

describe('sorts rewritten to object form', () => {
  const cases: [string, string, string[]][] = [
    ['articles', '{ slug }', ['publicationDate:desc', 'title:asc']],
    ['articles', '{ slug }', ['title']],
    ['articles', '{ slug }', ['readingTimeMinutes:DESC', 'slug:asc']],
    ['articles_connection', '{ nodes { slug } pageInfo { total } }', ['publicationDate:asc']],
    ['teamMembers', '{ slug }', ['sortOrder:asc', 'name:desc']],
    ['events', '{ slug }', ['startsAt:desc']],
  ];

  it.each(cases)('%s sorted by %#: the same rows in the same order as the string form', async (field, selection, sort) => {
    const rewritten = await answer(field, selection, sort);
    const asString = await answer(field, selection, [...sort.slice(0, -1), `${sort.at(-1)},`]);
    expect(rewritten.errors).toBeUndefined();
    expect(rewritten).toEqual(asString);
    const rows = field.endsWith('_connection') ? rewritten.data![field].nodes : rewritten.data![field];
    expect(rows.length).toBeGreaterThan(1);
  });

  it.each([
    ['a private field', ['publishAt:asc']],
    ['an unknown field', ['nope:asc']],
    ['a relation with no field', ['authors:asc']],
    ['the admin user who created it', ['createdBy.firstname:asc']],
  ])('refuses a sort on %s as the string form is refused', async (_, sort) => {
    const rewritten = await answer('articles', '{ slug }', sort);
    const asString = await answer('articles', '{ slug }', [`${sort[0]},`]);
    expect(rewritten.errors?.length).toBeGreaterThan(0);
    expect(rewritten.errors![0]!.code).toBe('BAD_USER_INPUT');
    expect(rewritten).toEqual(asString);
  });
});

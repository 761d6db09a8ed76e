import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fetchPublicSchema } from '../scripts/print-schema.mts';
import { startStrapi, type TestStrapi } from './helpers/strapi';

/**
 * The committed schema snapshot is the API contract other apps build on. A change to the live
 * schema must show up as a diff of packages/api/schema.graphql: run `pnpm codegen` and commit.
 */
let cms: TestStrapi;

beforeAll(async () => {
  cms = await startStrapi();
});
afterAll(async () => {
  await cms?.stop();
});

it('the live public schema matches packages/api/schema.graphql', async () => {
  const snapshot = readFileSync(path.resolve(import.meta.dirname, '../../packages/api/schema.graphql'), 'utf8');
  const live = await fetchPublicSchema(cms.url);
  expect(live, 'The GraphQL schema changed: run `pnpm codegen` and commit packages/api/schema.graphql').toBe(snapshot);
});

it('documents every object type and field other apps read', async () => {
  const response = await fetch(`${cms.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __schema { types { name kind description fields { name description } } } }' }),
  });
  const { data } = (await response.json()) as {
    data: { __schema: { types: { name: string; kind: string; description: string | null; fields: { name: string; description: string | null }[] | null }[] } };
  };
  const objects = data.__schema.types.filter((type) => type.kind === 'OBJECT' && !type.name.startsWith('__'));
  expect(objects.map((type) => type.name)).toEqual(expect.arrayContaining(['Article', 'Event', 'TeamMember', 'Topic', 'Global', 'Query']));
  const undocumented = objects.flatMap((type) => [
    ...(type.description ? [] : [type.name]),
    ...(type.fields ?? []).filter((field) => !field.description).map((field) => `${type.name}.${field.name}`),
  ]);
  expect(undocumented, 'Describe these in cms/src/graphql/descriptions.ts').toEqual([]);
});

it('documents every argument, input, input field, enumeration and value other apps send', async () => {
  const response = await fetch(`${cms.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query:
        '{ __schema { types { name kind description fields { name args { name description } } inputFields { name description } enumValues { name description } } } }',
    }),
  });
  type Described = { name: string; description: string | null };
  const { data } = (await response.json()) as {
    data: { __schema: { types: (Described & { kind: string; fields: (Described & { args: Described[] })[] | null; inputFields: Described[] | null; enumValues: Described[] | null })[] } };
  };
  const types = data.__schema.types.filter((type) => !type.name.startsWith('__'));
  expect(types.map((type) => type.name)).toEqual(expect.arrayContaining(['ArticleFiltersInput', 'StringFilterInput', 'PaginationArg', 'PublicationStatus', 'ENUM_EVENT_FORMAT', 'NewsletterSubscriptionInput']));
  const undocumented = types.flatMap((type) => [
    ...((type.kind === 'INPUT_OBJECT' || type.kind === 'ENUM') && !type.description ? [type.name] : []),
    ...(type.fields ?? []).flatMap((field) => field.args.filter((argument) => !argument.description).map((argument) => `${type.name}.${field.name}(${argument.name})`)),
    ...(type.inputFields ?? []).filter((field) => !field.description).map((field) => `${type.name}.${field.name}`),
    ...(type.enumValues ?? []).filter((value) => !value.description).map((value) => `${type.name}.${value.name}`),
  ]);
  expect(undocumented, 'Describe these in cms/src/graphql/descriptions.ts').toEqual([]);
});

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

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, getNamedType, isObjectType } from 'graphql';
import { expect, it } from 'vitest';

/** The snapshot's descriptions promise only what its types offer. */
const schema = buildSchema(readFileSync(path.resolve(import.meta.dirname, '../schema.graphql'), 'utf8'));

it('describes pageInfo only on fields whose type has one', () => {
  const promised = Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .flatMap((type) => Object.values(type.getFields()).map((field) => ({ name: `${type.name}.${field.name}`, field })))
    .filter(({ field }) => /pageInfo/.test(field.description ?? '') && !/no pageInfo/.test(field.description ?? ''));
  const without = promised.filter(({ field }) => {
    const target = getNamedType(field.type);
    return !isObjectType(target) || !('pageInfo' in target.getFields());
  });
  expect(without.map(({ name }) => name)).toEqual([]);
});

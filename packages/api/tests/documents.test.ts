import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, Kind, NoUnusedFragmentsRule, specifiedRules, validate, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import depthLimit from 'graphql-depth-limit';
import { getComplexity } from 'graphql-query-complexity';
import { describe, expect, it } from 'vitest';
import { objectCountEstimator } from '../../../cms/src/graphql/cost-limit.ts';
import { DEFAULT_LIMIT, MAX_LIMIT } from '../../../cms/config/api.ts';
import { DEPTH_LIMIT, MAX_QUERY_COST } from '../../../cms/config/plugins.ts';
import * as api from '../src/index.ts';

/**
 * Every document this package exports is valid against the committed schema snapshot, and
 * every operation fits inside the API's depth and cost limits at its largest page size.
 */
const schema = buildSchema(readFileSync(path.resolve(import.meta.dirname, '../schema.graphql'), 'utf8'));

const documents = Object.entries(api).filter((entry): entry is [string, DocumentNode] => {
  const value = entry[1] as { kind?: string };
  return typeof value === 'object' && value !== null && value.kind === Kind.DOCUMENT;
});
const operations = documents.filter(([, document]) => document.definitions.some((definition) => definition.kind === Kind.OPERATION_DEFINITION));

describe('documents', () => {
  it('are exported: fragments and operations for every content type', () => {
    const names = documents.map(([name]) => name);
    for (const expected of ['ArticleCard', 'ArticleFull', 'ArticleListQuery', 'ArticleBySlugQuery', 'TeamMemberCard', 'TeamMemberBySlugQuery', 'EventCard', 'EventBySlugQuery', 'EventListQuery', 'TopicsQuery', 'GlobalQuery', 'PageBySlugQuery', 'PageSlugsQuery', 'RedirectsQuery']) {
      expect(names).toContain(expected);
    }
  });

  // A fragment on its own is "unused"; every other rule applies.
  const rules = specifiedRules.filter((rule) => rule !== NoUnusedFragmentsRule);

  it.each(documents)('%s is valid against schema.graphql', (_name, document) => {
    expect(validate(schema, document, rules).map((error) => error.message)).toEqual([]);
  });
});

/** Values for the operations' required variables (page sizes are set to the largest page). */
const REQUIRED_VARIABLES: Record<string, unknown> = { slug: 'x', token: 'x', input: { email: 'a@example.org', consent: true } };

describe('operations', () => {
  it('are given values only for variables some operation declares', () => {
    const declared = new Set(
      operations.flatMap(([, document]) =>
        document.definitions.flatMap((definition) =>
          definition.kind === Kind.OPERATION_DEFINITION ? (definition.variableDefinitions ?? []).map(({ variable }) => variable.name.value) : [],
        ),
      ),
    );
    expect(Object.keys(REQUIRED_VARIABLES).filter((name) => !declared.has(name))).toEqual([]);
  });

  it.each(operations)(`%s stays within the depth limit of ${DEPTH_LIMIT}`, (_name, document) => {
    const errors = validate(schema, document, [depthLimit(DEPTH_LIMIT)]);
    expect(errors.map((error) => error.message)).toEqual([]);
  });

  it.each(operations)(`%s stays within the cost limit of ${MAX_QUERY_COST} at the largest page`, (_name, document) => {
    const operation = document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)!;
    const variables = Object.fromEntries(
      (operation.variableDefinitions ?? []).flatMap(({ variable: { name } }) =>
        /^(page|pageSize|limit)$/.test(name.value) ? [[name.value, MAX_LIMIT]] : name.value in REQUIRED_VARIABLES ? [[name.value, REQUIRED_VARIABLES[name.value]]] : [],
      ),
    );
    const cost = getComplexity({ schema, query: document, variables, estimators: [objectCountEstimator({ defaultLimit: DEFAULT_LIMIT, maxLimit: MAX_LIMIT })] });
    expect(cost).toBeLessThanOrEqual(MAX_QUERY_COST);
  });
});

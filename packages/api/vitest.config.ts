import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'packages/api',
    include: ['tests/**/*.test.ts'],
    // Load graphql-query-complexity through Vite too, so it and the tests share one graphql
    // module (graphql refuses schema objects from another copy of itself).
    server: { deps: { inline: ['graphql-query-complexity'] } },
  },
});

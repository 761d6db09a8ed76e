import { defineProject } from 'vitest/config';

/** Repository-level checks: deployment files and documentation agree with the code. */
export default defineProject({
  test: { name: 'repo', include: ['repo/**/*.test.ts'] },
});

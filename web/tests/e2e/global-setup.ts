import type { TestProject } from 'vitest/node';
import { startStack, type Stack } from './helpers/stack';

declare module 'vitest' {
  export interface ProvidedContext {
    stack: Omit<Stack, 'stop'>;
  }
}

/** One CMS (fresh database, demo content) and one built site for the browser tests. */
export default async function setup(project: TestProject) {
  const { stop, ...stack } = await startStack();
  project.provide('stack', stack);
  return stop;
}

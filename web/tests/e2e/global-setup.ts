import type { TestProject } from 'vitest/node';
import { startMailbox } from './helpers/mailbox';
import { startStack, type Stack } from './helpers/stack';

declare module 'vitest' {
  export interface ProvidedContext {
    stack: Omit<Stack, 'stop'>;
    mailDir: string;
  }
}

/**
 * One CMS (fresh database, demo content), one built site and one SMTP server catching the
 * CMS's emails, for the browser tests.
 */
export default async function setup(project: TestProject) {
  const mailbox = await startMailbox();
  const { stop, ...stack } = await startStack({ cmsEnv: mailbox.env });
  project.provide('stack', stack);
  project.provide('mailDir', mailbox.dir);
  return async () => {
    await stop();
    await mailbox.close();
  };
}

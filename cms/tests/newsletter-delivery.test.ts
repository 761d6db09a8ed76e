import { createServer, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkToken, startSmtpServer, type TestMailbox } from './helpers/smtp';
import { startStrapi, type TestStrapi } from './helpers/strapi';
import { loginAdmin } from './helpers/admin';
import { confirm, NEWSLETTER_ENV, nextAddress, signupRow, subscribe, type OptInService } from './helpers/newsletter';

/**
 * Emails that cannot be sent are not lost. The CMS starts with its mail server down (a port
 * where nothing listens): a signup is still answered as usual, the failure is written on the
 * signup for editors, and once a mail server listens there, the retry sends a confirmation with
 * a fresh, working link and clears the problem. The test's clock is in 2099, so the real
 * every-minute cron never finds these retries due: the test runs them itself.
 */
let cms: TestStrapi;
let optIn: OptInService;
let mailbox: TestMailbox | undefined;
let port: number;

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = server.address() as AddressInfo;
      server.close(() => resolve(free));
    });
  });

let now = new Date('2099-03-01T09:00:00.000Z');
const minutesLater = (minutes: number) => (now = new Date(now.getTime() + minutes * 60_000));

beforeAll(async () => {
  port = await freePort();
  cms = await startStrapi({ env: { ...NEWSLETTER_ENV, SMTP_HOST: '127.0.0.1', SMTP_PORT: String(port), SMTP_SECURE: 'false', SMTP_USERNAME: '', SMTP_PASSWORD: '' } });
  optIn = cms.strapi.service('api::newsletter-signup.opt-in') as unknown as OptInService;
  optIn.useClock(() => now);
});
afterAll(async () => {
  optIn?.useClock();
  await cms?.stop();
  await mailbox?.close();
});

describe('an email the mail server did not take', () => {
  const email = nextAddress('undelivered');

  it('is answered as usual, and its failure is written on the signup with when it is tried again', async () => {
    const response = await subscribe(cms.url, { email, consent: true });
    expect(response.data?.subscribeToNewsletter.ok).toBe(true);
    await optIn.idle();
    const row = await signupRow(cms.strapi, email);
    expect(row.subscriptionStatus).toBe('pending');
    expect(row.emailProblem).toMatch(/^The confirmation email could not be sent at 2099-03-01 09:00 UTC \(attempt 1\): .*ECONNREFUSED.*It will be tried again from 2099-03-01 09:01 UTC, with a fresh link\.$/);
    expect(row.emailRetryKind).toBe('confirmation');
    expect(row.emailAttempts).toBe(1);
  });

  it('is not tried again before its time, and waits longer after each failure', async () => {
    await optIn.retryEmails(now);
    expect((await signupRow(cms.strapi, email)).emailAttempts).toBe(1);
    await optIn.retryEmails(minutesLater(1));
    const row = await signupRow(cms.strapi, email);
    expect(row.emailAttempts).toBe(2);
    expect(row.emailProblem).toMatch(/\(attempt 2\).*tried again from 2099-03-01 09:06 UTC/);
  });

  it('shows editors the reason, read-only; the retry bookkeeping stays out of sight', async () => {
    const admin = await loginAdmin(cms.strapi, cms.url);
    const { body } = await admin.request('/content-manager/content-types/api::newsletter-signup.newsletter-signup/configuration');
    expect(body.data.contentType.metadatas.emailProblem.edit).toMatchObject({ label: 'Email not delivered', editable: false });
    for (const hidden of ['emailRetryAt', 'emailRetryKind', 'emailAttempts']) expect(body.data.contentType.metadatas[hidden], hidden).toBeUndefined();
  });

  it('goes out once a mail server listens, with a link that works, and the problem is cleared', async () => {
    mailbox = await startSmtpServer(port);
    await optIn.retryEmails(minutesLater(5));
    const mail = await mailbox.next(email);
    const row = await signupRow(cms.strapi, email);
    expect(row).toMatchObject({ emailProblem: null, emailRetryAt: null, emailRetryKind: null, emailAttempts: 0 });
    expect((await confirm(cms.url, linkToken(mail, 'confirm'))).outcome).toBe('CONFIRMED');
    await optIn.idle();
    await mailbox.next(email); // the welcome
  });

  it('is given up after the last attempt, saying so', async () => {
    await mailbox!.close();
    mailbox = undefined;
    const other = nextAddress('given-up');
    await subscribe(cms.url, { email: other, consent: true });
    await optIn.idle();
    for (const minutes of [1, 5, 30, 120, 720]) await optIn.retryEmails(minutesLater(minutes));
    const row = await signupRow(cms.strapi, other);
    expect(row.emailAttempts).toBe(6);
    expect(row.emailRetryAt).toBeNull();
    expect(row.emailProblem).toMatch(/\(attempt 6\).*It has been given up after this attempt: the reader can sign up again\.$/);
    await optIn.retryEmails(minutesLater(10_000));
    expect((await signupRow(cms.strapi, other)).emailAttempts).toBe(6);
  });
});

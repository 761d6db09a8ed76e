import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { headerLine, linkToken, startSmtpServer, type TestMailbox } from './helpers/smtp';
import { requireDist, startStrapi, type TestStrapi } from './helpers/strapi';
import {
  confirm,
  NEWSLETTER_ENV,
  nextAddress,
  nextIp,
  SIGNUP,
  signupRow,
  subscribe,
  subscribeRaw,
  unsubscribe,
  type OptInService,
} from './helpers/newsletter';

/**
 * The double opt-in over HTTP, with the emails read from a real SMTP server: subscribe, confirm
 * from the email's link, welcome, unsubscribe. Nobody learns from the answers whether an
 * address is on the list, and links work once (confirmation) or always (unsubscribe).
 */
let cms: TestStrapi;
let mailbox: TestMailbox;
let optIn: OptInService;

beforeAll(async () => {
  mailbox = await startSmtpServer();
  cms = await startStrapi({ env: { ...NEWSLETTER_ENV, ...mailbox.env } });
  optIn = cms.strapi.service('api::newsletter-signup.opt-in') as unknown as OptInService;
  await cms.strapi.documents('api::global.global').create({
    data: { siteName: 'Kestrel & Co', tagline: 'A tagline', newsletterConsentText: 'Yes, send me the monthly newsletter.' } as never,
  });
});
afterEach(() => optIn?.useClock());
afterAll(async () => {
  await cms?.stop();
  await mailbox?.close();
});

/** Subscribes and returns the confirmation email that arrives. */
const subscribeAndReadEmail = async (email: string, input: Record<string, unknown> = {}) => {
  const response = await subscribe(cms.url, { email, consent: true, ...input });
  expect(response.errors).toBeUndefined();
  return mailbox.next(email);
};

const confirmedAddress = async (): Promise<string> => {
  const email = nextAddress();
  const mail = await subscribeAndReadEmail(email);
  expect((await confirm(cms.url, linkToken(mail, 'confirm'))).outcome).toBe('CONFIRMED');
  await mailbox.next(email); // the welcome
  return email;
};

describe('the whole flow', () => {
  it('subscribe → confirmation email → confirm → welcome email → unsubscribe', async () => {
    const email = nextAddress('Flow.Person');
    const started = Date.now();
    const response = await subscribe(cms.url, { email: `  ${email.toUpperCase()} `, firstName: 'Ada', source: '/insights/on-listening', consent: true });
    expect(response.status).toBe(200);
    expect(response.data?.subscribeToNewsletter).toEqual({ ok: true, message: expect.stringMatching(/check your inbox/i) });

    const pending = await waitForRow(email);
    expect(pending).toMatchObject({ subscriptionStatus: 'pending', firstName: 'Ada', source: '/insights/on-listening', consentText: 'Yes, send me the monthly newsletter.', confirmedAt: null });
    expect(Date.parse(pending.consentedAt)).toBeGreaterThanOrEqual(started - 1000);
    expect(pending.confirmationTokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(Date.parse(pending.confirmationExpiresAt) - Date.parse(pending.consentedAt)).toBe(48 * 3600 * 1000);

    const confirmation = await mailbox.next(email);
    expect(confirmation.subject).toBe('Confirm your subscription to the Kestrel & Co newsletter');
    expect(confirmation.text).toContain(`${NEWSLETTER_ENV.SITE_URL}/newsletter/confirm?token=`);
    expect(confirmation.html).toContain('Confirm my subscription');
    expect(headerLine(confirmation, 'From')).toBe('From: "Kestrel & Co" <newsletter@kestrel.test>');
    expect(headerLine(confirmation, 'Reply-To')).toBe('Reply-To: hello@kestrel.test');
    expect(confirmation.text).not.toContain('Ada'); // nothing the requester typed goes to an unproven address
    const listUnsubscribe = headerLine(confirmation, 'List-Unsubscribe');
    expect(listUnsubscribe).toMatch(new RegExp(`^List-Unsubscribe: <${NEWSLETTER_ENV.SITE_URL}/newsletter/unsubscribe\\?token=[A-Za-z0-9_-]{43}>$`));
    expect(headerLine(confirmation, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');

    const token = linkToken(confirmation, 'confirm');
    expect(token).toHaveLength(43); // 32 random bytes
    expect(JSON.stringify(await signupRow(cms.strapi, email))).not.toContain(token); // stored only as a hash

    expect(await confirm(cms.url, token)).toEqual({ outcome: 'CONFIRMED', message: expect.stringMatching(/confirmed/) });
    const confirmed = await signupRow(cms.strapi, email);
    expect(confirmed).toMatchObject({ subscriptionStatus: 'confirmed', confirmationTokenHash: null });
    expect(Date.parse(confirmed.confirmedAt)).toBeGreaterThanOrEqual(started - 1000);

    const welcome = await mailbox.next(email);
    expect(welcome.subject).toBe('Welcome to the Kestrel & Co newsletter');
    expect(welcome.text).toMatch(/^Hello Ada,/);
    expect(headerLine(welcome, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    const unsubscribeToken = linkToken(welcome, 'unsubscribe');
    expect(unsubscribeToken).toBe(linkToken(confirmation, 'unsubscribe')); // one per signup

    expect(await unsubscribe(cms.url, unsubscribeToken)).toEqual({ outcome: 'UNSUBSCRIBED', message: expect.stringMatching(/unsubscribed/) });
    const left = await signupRow(cms.strapi, email);
    expect(left.subscriptionStatus).toBe('unsubscribed');
    expect(left.unsubscribedAt).not.toBeNull();
  });

  it('subscribing again while pending sends a new link, and only the newest works', async () => {
    const email = nextAddress();
    const first = linkToken(await subscribeAndReadEmail(email), 'confirm');
    const second = linkToken(await subscribeAndReadEmail(email), 'confirm');
    expect(second).not.toBe(first);
    expect((await confirm(cms.url, first)).outcome).toBe('INVALID');
    expect((await confirm(cms.url, second)).outcome).toBe('CONFIRMED');
  });

  it('subscribing again after unsubscribing starts a new opt-in', async () => {
    const email = await confirmedAddress();
    const [welcome] = mailbox.to(email).slice(-1);
    expect((await unsubscribe(cms.url, linkToken(welcome!, 'unsubscribe'))).outcome).toBe('UNSUBSCRIBED');

    const mail = await subscribeAndReadEmail(email, { firstName: 'Back' });
    const row = await signupRow(cms.strapi, email);
    expect(row).toMatchObject({ subscriptionStatus: 'pending', firstName: 'Back', confirmedAt: null });
    expect((await confirm(cms.url, linkToken(mail, 'confirm'))).outcome).toBe('CONFIRMED');
    // Subscribed again: the old unsubscription no longer stands on the record.
    expect(await signupRow(cms.strapi, email)).toMatchObject({ subscriptionStatus: 'confirmed', unsubscribedAt: null });
  });

  it('the unsubscribe link in the confirmation email drops a pending request', async () => {
    const email = nextAddress();
    const mail = await subscribeAndReadEmail(email);
    expect((await unsubscribe(cms.url, linkToken(mail, 'unsubscribe'))).outcome).toBe('UNSUBSCRIBED');
    expect((await signupRow(cms.strapi, email)).subscriptionStatus).toBe('unsubscribed');
    expect((await confirm(cms.url, linkToken(mail, 'confirm'))).outcome).toBe('INVALID');
  });

  it('keeps one row per person, whatever the case of the address', async () => {
    const email = nextAddress();
    await subscribeAndReadEmail(email);
    await subscribe(cms.url, { email: email.toUpperCase(), consent: true });
    await optIn.idle();
    expect(await cms.strapi.db.query(SIGNUP).count({ where: { email } })).toBe(1);
  });
});

describe('the consent wording on record', () => {
  const GLOBAL = 'api::global.global';
  const setWording = async (newsletterConsentText: string) => {
    const global = await cms.strapi.documents(GLOBAL).findFirst({});
    await cms.strapi.documents(GLOBAL).update({ documentId: global!.documentId, data: { newsletterConsentText } as never });
  };
  afterAll(() => setWording('Yes, send me the monthly newsletter.'));

  it('is the wording the form showed: the current one, or one an editor replaced since the page was loaded', async () => {
    const now = nextAddress();
    await subscribeAndReadEmail(now, { consentText: 'Yes, send me the monthly   newsletter.' });
    expect((await signupRow(cms.strapi, now)).consentText).toBe('Yes, send me the monthly newsletter.');

    await setWording('Yes, email me the newsletter once a month. I can leave at any time.');
    // A page loaded before the change still shows, and sends, the old wording: that is what is recorded.
    const before = nextAddress();
    await subscribeAndReadEmail(before, { consentText: 'Yes, send me the monthly newsletter.' });
    expect((await signupRow(cms.strapi, before)).consentText).toBe('Yes, send me the monthly newsletter.');
    const after = nextAddress();
    await subscribeAndReadEmail(after, { consentText: 'Yes, email me the newsletter once a month. I can leave at any time.' });
    expect((await signupRow(cms.strapi, after)).consentText).toBe('Yes, email me the newsletter once a month. I can leave at any time.');
    // An app that does not say records the current one.
    const silent = nextAddress();
    await subscribeAndReadEmail(silent);
    expect((await signupRow(cms.strapi, silent)).consentText).toBe('Yes, email me the newsletter once a month. I can leave at any time.');
  });

  it('is never a wording the site did not show', async () => {
    const email = nextAddress();
    const response = await subscribe(cms.url, { email, consent: true, consentText: 'I agree to everything, including daily emails.' });
    expect(response.status).toBe(200);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toMatch(/consent wording has changed since this page was loaded/);
    expect((response.errors?.[0]?.extensions as { error: { details: { errors: { path: string[] }[] } } }).error.details.errors[0]!.path).toEqual(['consent']);
    await optIn.idle();
    expect(await signupRow(cms.strapi, email)).toBeNull();
    expect(mailbox.to(email)).toEqual([]);
  });
});

describe('enumeration', () => {
  it('answers byte for byte the same for new, pending, confirmed and unsubscribed addresses', async () => {
    const pending = nextAddress();
    await subscribeAndReadEmail(pending);
    const confirmed = await confirmedAddress();
    const unsubscribed = await confirmedAddress();
    const [welcome] = mailbox.to(unsubscribed).slice(-1);
    await unsubscribe(cms.url, linkToken(welcome!, 'unsubscribe'));
    expect((await signupRow(cms.strapi, unsubscribed)).subscriptionStatus).toBe('unsubscribed');

    const ip = nextIp();
    const answers = [];
    for (const email of [nextAddress(), pending, confirmed, unsubscribed]) {
      answers.push(await subscribeRaw(cms.url, { email, firstName: 'Same', source: '/same', consent: true }, { ip }));
    }
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.body).toBe(answers[0]!.body);
      expect(answer.headers['content-length']).toBe(answers[0]!.headers['content-length']);
    }
    await optIn.idle();
  });

  it('leaves a confirmed signup’s consent on record and its confirmation unchanged', async () => {
    const email = await confirmedAddress();
    const before = await signupRow(cms.strapi, email);
    const mail = await subscribeAndReadEmail(email, { firstName: 'Impostor', source: '/elsewhere' });
    expect(await confirm(cms.url, linkToken(mail, 'confirm'))).toMatchObject({ outcome: 'CONFIRMED' });
    const after = await signupRow(cms.strapi, email);
    expect(after).toMatchObject({ subscriptionStatus: 'confirmed', firstName: before.firstName, source: before.source, consentedAt: before.consentedAt, confirmedAt: before.confirmedAt });
    await optIn.idle();
    expect(mailbox.to(email).filter((message) => message.subject.startsWith('Welcome'))).toHaveLength(1);
  });
});

describe('tokens', () => {
  it('a confirmation link expires 48 hours after the signup', async () => {
    const signedUpAt = new Date('2030-01-01T09:00:00.000Z');
    optIn.useClock(() => signedUpAt);
    const late = nextAddress();
    const onTime = nextAddress();
    const lateToken = linkToken(await subscribeAndReadEmail(late), 'confirm');
    const onTimeToken = linkToken(await subscribeAndReadEmail(onTime), 'confirm');

    optIn.useClock(() => new Date(signedUpAt.getTime() + 48 * 3600_000));
    expect(await confirm(cms.url, lateToken)).toEqual({ outcome: 'EXPIRED', message: expect.stringMatching(/expired.*sign up again/i) });
    expect((await signupRow(cms.strapi, late)).subscriptionStatus).toBe('pending');

    optIn.useClock(() => new Date(signedUpAt.getTime() + 48 * 3600_000 - 1000));
    expect((await confirm(cms.url, onTimeToken)).outcome).toBe('CONFIRMED');
    expect((await signupRow(cms.strapi, onTime)).confirmedAt).toBe(new Date(signedUpAt.getTime() + 48 * 3600_000 - 1000).toISOString());
  });

  it('a confirmation link works once', async () => {
    const email = nextAddress();
    const token = linkToken(await subscribeAndReadEmail(email), 'confirm');
    expect((await confirm(cms.url, token)).outcome).toBe('CONFIRMED');
    expect(await confirm(cms.url, token)).toEqual({ outcome: 'INVALID', message: expect.stringMatching(/used already/) });
  });

  it('of two simultaneous confirmations with one token, one wins and one welcome is sent', async () => {
    const email = nextAddress();
    const token = linkToken(await subscribeAndReadEmail(email), 'confirm');
    const outcomes = await Promise.all([confirm(cms.url, token), confirm(cms.url, token), confirm(cms.url, token)]);
    expect(outcomes.map((outcome) => outcome.outcome).sort()).toEqual(['CONFIRMED', 'INVALID', 'INVALID']);
    await optIn.idle();
    expect(mailbox.to(email).filter((message) => message.subject.startsWith('Welcome'))).toHaveLength(1);
  });

  it('an unsubscribe link keeps working', async () => {
    const email = await confirmedAddress();
    const token = linkToken(mailbox.to(email).at(-1)!, 'unsubscribe');
    expect((await unsubscribe(cms.url, token)).outcome).toBe('UNSUBSCRIBED');
    const first = await signupRow(cms.strapi, email);
    expect((await unsubscribe(cms.url, token)).outcome).toBe('UNSUBSCRIBED');
    expect((await signupRow(cms.strapi, email)).unsubscribedAt).toBe(first.unsubscribedAt);
  });

  it('refuses made-up, truncated and swapped tokens', async () => {
    const email = nextAddress();
    const mail = await subscribeAndReadEmail(email);
    const confirmToken = linkToken(mail, 'confirm');
    const unsubscribeToken = linkToken(mail, 'unsubscribe');
    for (const token of ['', 'x', confirmToken.slice(0, -1), `${confirmToken}A`, 'A'.repeat(43), `${confirmToken.slice(0, -1)}!`, unsubscribeToken, 'é'.repeat(43), 'A'.repeat(50_000)]) {
      expect((await confirm(cms.url, token)).outcome, token.slice(0, 60)).toBe('INVALID');
    }
    for (const token of ['', unsubscribeToken.slice(0, -1), confirmToken, 'A'.repeat(43)]) {
      expect((await unsubscribe(cms.url, token)).outcome, token).toBe('INVALID');
    }
    expect((await signupRow(cms.strapi, email)).subscriptionStatus).toBe('pending');
  });
});

describe('the unsubscribe token', () => {
  it('is derived from the signup and the server secret, and stored only as a hash', async () => {
    const email = nextAddress();
    const mail = await subscribeAndReadEmail(email);
    const row = await signupRow(cms.strapi, email);
    const tokens = requireDist<typeof import('../src/newsletter/tokens')>('src/newsletter/tokens.js');
    const key = tokens.unsubscribeKey(cms.strapi.config.get('admin.secrets.encryptionKey'));
    expect(linkToken(mail, 'unsubscribe')).toBe(tokens.unsubscribeToken(key, row.documentId));
    expect(row.unsubscribeTokenHash).toBe(tokens.hashToken(linkToken(mail, 'unsubscribe')));
  });
});

/** The signup row once the background work has recorded it. */
const waitForRow = async (email: string) => {
  await optIn.idle();
  const row = await signupRow(cms.strapi, email);
  if (!row) throw new Error(`No signup for ${email}`);
  return row;
};

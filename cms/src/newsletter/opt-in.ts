import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { confirmationEmail, newsletterLink, welcomeEmail, type Site } from './emails';
import { replacedWordings, sameWording } from './consent-history';
import { MESSAGES, validateSubscription, type Subscription } from './input';
import { createSignupLimiter, limitsFromEnv, type SignupLimits } from './limits';
import { createMailer, type Mailer } from './mailer';
import { confirmationExpiry, hashToken, isExpired, isWellFormedToken, newConfirmationToken, unsubscribeKey, unsubscribeToken } from './tokens';

/**
 * Double opt-in for the newsletter.
 *
 * subscribe: checks the input and the abuse limits, answers, and only then, in the background,
 * records the request and sends the email: the answer and its timing are the same for a new,
 * pending, confirmed or unsubscribed address. New, pending and unsubscribed addresses (re)start
 * as `pending` with the consent just given; a confirmed one keeps its consent on record and
 * only gets a fresh link (confirming it again changes nothing).
 *
 * confirm: a confirmation token works once, within 48 hours. unsubscribe: the signup's
 * unsubscribe token works for as long as the signup exists.
 *
 * An email that cannot be sent (the mail server down or refusing) is not lost: the reason is
 * written on the signup (`emailProblem`, read-only in the dashboard) and the email is tried
 * again by `retryEmails` (a cron task, every minute) after EMAIL_RETRY_DELAYS_MINUTES, from the
 * database, so a restart loses nothing; a confirmation is sent with a fresh link. After the
 * last attempt it is given up, and the reason stays for the editors to see.
 */
export const SIGNUP = 'api::newsletter-signup.newsletter-signup';
export const OPT_IN_SERVICE = 'api::newsletter-signup.opt-in';

export type TokenOutcome = 'CONFIRMED' | 'UNSUBSCRIBED' | 'EXPIRED' | 'INVALID';
type EmailKind = 'confirmation' | 'welcome';

/** Minutes before each new attempt at an email that could not be sent: five more attempts over about 14 hours. */
export const EMAIL_RETRY_DELAYS_MINUTES = [1, 5, 30, 120, 720] as const;
/** Emails retried per run of `retryEmails`, oldest due first. */
const RETRY_BATCH = 50;

/** 2026-11-26 10:02 UTC */
const stamp = (date: Date) => `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
export type Clock = () => Date;

/** Used when the site settings have no consent text; the same as the schema's default. */
export const DEFAULT_CONSENT_TEXT =
  'Yes, send me the newsletter by email, about once a month. I can unsubscribe at any time with the link in every email.';

interface SignupRow {
  id: number;
  documentId: string;
  email: string;
  firstName: string | null;
  subscriptionStatus: 'pending' | 'confirmed' | 'unsubscribed';
  confirmedAt: string | null;
  confirmationTokenHash: string | null;
  confirmationExpiresAt: string | null;
  unsubscribeTokenHash: string | null;
  emailProblem?: string | null;
  emailRetryAt?: string | Date | null;
  emailRetryKind?: EmailKind | null;
  emailAttempts?: number | null;
}

interface Settings extends Site {
  consentText: string;
}

export interface OptInOptions {
  clock?: Clock;
  limits?: SignupLimits;
  mailer?: Mailer;
}

export const createOptIn = (strapi: Core.Strapi, options: OptInOptions = {}) => {
  let clock: Clock = options.clock ?? (() => new Date());
  const limiter = createSignupLimiter(options.limits ?? limitsFromEnv());
  const mailer = options.mailer ?? createMailer(strapi);
  const signups = () => strapi.db.query(SIGNUP);

  /** Background work, one chain per address so requests for one address never race. */
  const running = new Set<Promise<void>>();
  const chains = new Map<string, Promise<void>>();
  const queue = (key: string, task: () => Promise<void>): Promise<void> => {
    const job = (chains.get(key) ?? Promise.resolve()).then(task).catch((error: unknown) => {
      strapi.log.error(`Newsletter: ${error instanceof Error ? error.message : String(error)}`);
    });
    chains.set(key, job);
    running.add(job);
    void job.finally(() => {
      running.delete(job);
      if (chains.get(key) === job) chains.delete(key);
    });
    return job;
  };
  const inBackground = (key: string, task: () => Promise<void>): void => void queue(key, task);

  /**
   * Sends one email for `row`. A failure is written on the signup with when it is tried next
   * (or that it was given up) and thrown on, to be logged; a success clears an earlier failure.
   * `attempts` is how many tries this email had before this one.
   */
  const deliver = async (row: SignupRow, kind: EmailKind, attempts: number, send: () => Promise<void>): Promise<void> => {
    try {
      await send();
    } catch (error) {
      const at = clock();
      const attempt = attempts + 1;
      const delay = EMAIL_RETRY_DELAYS_MINUTES[attempt - 1];
      const retryAt = delay === undefined ? null : new Date(at.getTime() + delay * 60_000);
      const reason = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').slice(0, 300);
      const what = kind === 'confirmation' ? 'The confirmation email' : 'The welcome email';
      const next = retryAt ? `It will be tried again from ${stamp(retryAt)}${kind === 'confirmation' ? ', with a fresh link' : ''}.` : 'It has been given up after this attempt: the reader can sign up again.';
      await signups().update({
        where: { id: row.id },
        data: { emailProblem: `${what} could not be sent at ${stamp(at)} (attempt ${attempt}): ${reason}. ${next}`, emailRetryAt: retryAt, emailRetryKind: retryAt ? kind : null, emailAttempts: attempt },
      });
      throw error;
    }
    if (row.emailProblem || row.emailRetryAt || row.emailAttempts) {
      await signups().update({ where: { id: row.id }, data: { emailProblem: null, emailRetryAt: null, emailRetryKind: null, emailAttempts: 0 } });
    }
  };

  let key: Buffer | undefined;
  const unsubscribeTokenOf = (documentId: string): string => {
    key ??= unsubscribeKey(strapi.config.get('admin.secrets.encryptionKey', ''));
    return unsubscribeToken(key, documentId);
  };

  const siteUrl = () => process.env.SITE_URL || 'http://localhost:3000';
  const settings = async (): Promise<Settings> => {
    const global = (await strapi.db.query('api::global.global').findOne({ select: ['siteName', 'newsletterConsentText'] })) as {
      siteName?: string | null;
      newsletterConsentText?: string | null;
    } | null;
    const url = siteUrl();
    return {
      siteName: global?.siteName || new URL(url).hostname,
      siteUrl: url,
      consentText: global?.newsletterConsentText?.trim() || DEFAULT_CONSENT_TEXT,
    };
  };

  /** Records one signup request and sends its confirmation email. */
  const record = async (signup: Subscription, at: Date): Promise<void> => {
    const site = await settings();
    const existing = (await signups().findOne({ where: { email: signup.email } })) as SignupRow | null;
    const row =
      existing ??
      ((await strapi.documents(SIGNUP).create({
        data: {
          email: signup.email,
          firstName: signup.firstName ?? undefined,
          source: signup.source ?? undefined,
          subscriptionStatus: 'pending',
          consentText: signup.consentText ?? site.consentText,
          consentedAt: at.toISOString(),
        },
      })) as unknown as SignupRow);

    // A new opt-in (again, for a pending or unsubscribed address) records the consent just given.
    const consent =
      existing && existing.subscriptionStatus !== 'confirmed'
        ? { subscriptionStatus: 'pending', firstName: signup.firstName, source: signup.source, consentText: signup.consentText ?? site.consentText, consentedAt: at, confirmedAt: null }
        : {};
    // A new request is a new email: its own first attempt.
    await sendConfirmation(row, site, at, consent, 0);
  };

  /** A fresh confirmation link for `row`, written (with `extra`) and sent. */
  const sendConfirmation = async (row: SignupRow, site: Settings, at: Date, extra: Record<string, unknown>, attempts: number): Promise<void> => {
    const token = newConfirmationToken();
    const unsubscribe = unsubscribeTokenOf(row.documentId);
    const links = { confirmUrl: newsletterLink(site.siteUrl, 'confirm', token), unsubscribeUrl: newsletterLink(site.siteUrl, 'unsubscribe', unsubscribe) };
    const tokens = { confirmationTokenHash: hashToken(token), confirmationExpiresAt: confirmationExpiry(at), unsubscribeTokenHash: hashToken(unsubscribe) };
    await signups().update({ where: { id: row.id }, data: { ...tokens, ...extra, updatedAt: at } });
    await deliver(row, 'confirmation', attempts, () => mailer.send(row.email, confirmationEmail(site, links), links));
  };

  const sendWelcome = async (row: SignupRow, attempts = 0): Promise<void> => {
    const site = await settings();
    const links = { unsubscribeUrl: newsletterLink(site.siteUrl, 'unsubscribe', unsubscribeTokenOf(row.documentId)) };
    await deliver(row, 'welcome', attempts, () => mailer.send(row.email, welcomeEmail(site, { firstName: row.firstName }, links), links));
  };

  /**
   * The wording a form says it showed, as the site worded it (current, or replaced lately: see
   * consent-history.ts), or null when the request does not say (the current one is recorded).
   * A wording the site never showed is refused.
   */
  const wordingShown = async (shown: string | null): Promise<string | null> => {
    if (shown === null) return null;
    const current = (await settings()).consentText;
    if (sameWording(shown, current)) return current;
    const replaced = (await replacedWordings(strapi)).find((entry) => sameWording(entry.text, shown));
    if (replaced) return replaced.text;
    throw new errors.ValidationError(MESSAGES.consentChanged, { errors: [{ path: ['consent'], message: MESSAGES.consentChanged, name: 'ValidationError' }] });
  };

  /** One due retry: sent again if it still makes sense (a confirmation for a pending signup, a welcome for a confirmed one). */
  const retry = async (id: number, now: Date): Promise<void> => {
    // Read again inside the address's queue: a request or a click since may have changed it.
    const row = (await signups().findOne({ where: { id } })) as SignupRow | null;
    if (!row?.emailRetryKind || !row.emailRetryAt || new Date(row.emailRetryAt) > now) return;
    const attempts = row.emailAttempts ?? 0;
    if (row.emailRetryKind === 'confirmation' && row.subscriptionStatus === 'pending') return sendConfirmation(row, await settings(), clock(), {}, attempts);
    if (row.emailRetryKind === 'welcome' && row.subscriptionStatus === 'confirmed') return sendWelcome(row, attempts);
    // Confirmed or unsubscribed since: nothing to send any more.
    await signups().update({ where: { id: row.id }, data: { emailProblem: null, emailRetryAt: null, emailRetryKind: null, emailAttempts: 0 } });
  };

  return {
    /** Replaces the clock (tests move time forward instead of waiting); none restores the real one. */
    useClock(next?: Clock): void {
      clock = next ?? (() => new Date());
    },

    /**
     * Sends again the emails that could not be sent and are due by `now` (the cron task
     * `newsletter-email-retries`, every minute). Resolves when they have been tried.
     */
    async retryEmails(now: Date = clock()): Promise<void> {
      const due = (await signups().findMany({
        where: { emailRetryAt: { $lte: now }, emailRetryKind: { $notNull: true } },
        select: ['id', 'email'],
        orderBy: { emailRetryAt: 'asc' },
        limit: RETRY_BATCH,
      })) as { id: number; email: string }[];
      await Promise.all(due.map((row) => queue(row.email, () => retry(row.id, now))));
    },

    /** Resolves when all background work (records, emails) started so far has finished. */
    async idle(): Promise<void> {
      while (running.size > 0) await Promise.all([...running]);
    },

    /**
     * Checks a signup request and counts it against the limits, then records it and sends the
     * email in the background. Throws a ValidationError (BAD_USER_INPUT) for bad input, having
     * stored nothing, and a RateLimitedError over the limits.
     */
    async subscribe(input: Record<string, unknown>, request: { client: string }): Promise<void> {
      const result = validateSubscription(input);
      if (!result.ok) {
        const details = result.errors.map((error) => ({ path: error.path, message: error.message, name: 'ValidationError' }));
        throw new errors.ValidationError(result.errors.map((error) => error.message).join(' '), { errors: details });
      }
      const consentText = await wordingShown(result.value.consentText);
      await limiter.consume(request.client, result.value.email);
      const at = clock();
      inBackground(result.value.email, () => record({ ...result.value, consentText }, at));
    },

    async confirm(token: unknown): Promise<TokenOutcome> {
      if (!isWellFormedToken(token)) return 'INVALID';
      const hash = hashToken(token);
      const row = (await signups().findOne({ where: { confirmationTokenHash: hash } })) as SignupRow | null;
      if (!row) return 'INVALID';
      const at = clock();
      if (isExpired(row.confirmationExpiresAt, at)) return 'EXPIRED';
      const wasConfirmed = row.subscriptionStatus === 'confirmed';
      // Claimed with the token in the condition: of two requests with one token, one wins.
      const { count } = await signups().updateMany({
        where: { id: row.id, confirmationTokenHash: hash },
        // Subscribed again: an unsubscription from before no longer describes the record.
        data: {
          subscriptionStatus: 'confirmed',
          confirmedAt: wasConfirmed ? row.confirmedAt : at,
          ...(wasConfirmed ? {} : { unsubscribedAt: null }),
          confirmationTokenHash: null,
          confirmationExpiresAt: null,
          updatedAt: at,
        },
      });
      if (count !== 1) return 'INVALID';
      if (!wasConfirmed) inBackground(row.email, () => sendWelcome(row));
      return 'CONFIRMED';
    },

    async unsubscribe(token: unknown): Promise<TokenOutcome> {
      if (!isWellFormedToken(token)) return 'INVALID';
      const row = (await signups().findOne({ where: { unsubscribeTokenHash: hashToken(token) } })) as SignupRow | null;
      if (!row) return 'INVALID';
      if (row.subscriptionStatus !== 'unsubscribed') {
        const at = clock();
        await signups().update({
          where: { id: row.id },
          data: { subscriptionStatus: 'unsubscribed', unsubscribedAt: at, confirmationTokenHash: null, confirmationExpiresAt: null, updatedAt: at },
        });
      }
      return 'UNSUBSCRIBED';
    },
  };
};

export type OptIn = ReturnType<typeof createOptIn>;

/** The opt-in service of this Strapi (src/api/newsletter-signup/services/opt-in.ts). */
export const optIn = (strapi: Core.Strapi): OptIn => strapi.service(OPT_IN_SERVICE) as unknown as OptIn;

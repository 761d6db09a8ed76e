import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { confirmationEmail, newsletterLink, welcomeEmail, type Site } from './emails';
import { validateSubscription, type Subscription } from './input';
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
 */
export const SIGNUP = 'api::newsletter-signup.newsletter-signup';
export const OPT_IN_SERVICE = 'api::newsletter-signup.opt-in';

export type TokenOutcome = 'CONFIRMED' | 'UNSUBSCRIBED' | 'EXPIRED' | 'INVALID';
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
  const inBackground = (key: string, task: () => Promise<void>): void => {
    const job = (chains.get(key) ?? Promise.resolve()).then(task).catch((error: unknown) => {
      strapi.log.error(`Newsletter: ${error instanceof Error ? error.message : String(error)}`);
    });
    chains.set(key, job);
    running.add(job);
    void job.finally(() => {
      running.delete(job);
      if (chains.get(key) === job) chains.delete(key);
    });
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
          consentText: site.consentText,
          consentedAt: at.toISOString(),
        },
      })) as unknown as SignupRow);

    const token = newConfirmationToken();
    const unsubscribe = unsubscribeTokenOf(row.documentId);
    const links = { confirmUrl: newsletterLink(site.siteUrl, 'confirm', token), unsubscribeUrl: newsletterLink(site.siteUrl, 'unsubscribe', unsubscribe) };
    const tokens = { confirmationTokenHash: hashToken(token), confirmationExpiresAt: confirmationExpiry(at), unsubscribeTokenHash: hashToken(unsubscribe) };
    // A new opt-in (again, for a pending or unsubscribed address) records the consent just given.
    const consent =
      existing && existing.subscriptionStatus !== 'confirmed'
        ? { subscriptionStatus: 'pending', firstName: signup.firstName, source: signup.source, consentText: site.consentText, consentedAt: at, confirmedAt: null }
        : {};
    await signups().update({ where: { id: row.id }, data: { ...tokens, ...consent, updatedAt: at } });
    await mailer.send(signup.email, confirmationEmail(site, links), links);
  };

  const sendWelcome = async (row: SignupRow): Promise<void> => {
    const site = await settings();
    const links = { unsubscribeUrl: newsletterLink(site.siteUrl, 'unsubscribe', unsubscribeTokenOf(row.documentId)) };
    await mailer.send(row.email, welcomeEmail(site, { firstName: row.firstName }, links), links);
  };

  return {
    /** Replaces the clock (tests move time forward instead of waiting); none restores the real one. */
    useClock(next?: Clock): void {
      clock = next ?? (() => new Date());
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
      await limiter.consume(request.client, result.value.email);
      const at = clock();
      inBackground(result.value.email, () => record(result.value, at));
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

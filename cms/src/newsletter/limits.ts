import { createHash } from 'node:crypto';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/**
 * How often one address may be signed up, and how often one client may sign anyone up, per
 * window. Counted for every well-formed request, whatever the address's state, so hitting a
 * limit says nothing about the list. In memory: one CMS process holds the counts.
 */
export interface SignupLimits {
  perAddress: number;
  perClient: number;
  windowSeconds: number;
}

export const DEFAULT_LIMITS: SignupLimits = { perAddress: 5, perClient: 20, windowSeconds: 3600 };

export class RateLimitedError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('Too many signup requests');
    this.name = 'RateLimitedError';
  }
}

const positive = (value: string | undefined, fallback: number): number => {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : fallback;
};

export const limitsFromEnv = (env: NodeJS.ProcessEnv = process.env): SignupLimits => ({
  perAddress: positive(env.NEWSLETTER_LIMIT_PER_ADDRESS, DEFAULT_LIMITS.perAddress),
  perClient: positive(env.NEWSLETTER_LIMIT_PER_IP, DEFAULT_LIMITS.perClient),
  windowSeconds: DEFAULT_LIMITS.windowSeconds,
});

/** Counted under a hash: the limiter never holds the addresses themselves. */
const addressKey = (email: string) => createHash('sha256').update(email, 'utf8').digest('base64url');

export const createSignupLimiter = (limits: SignupLimits) => {
  const perClient = new RateLimiterMemory({ keyPrefix: 'newsletter-client', points: limits.perClient, duration: limits.windowSeconds });
  const perAddress = new RateLimiterMemory({ keyPrefix: 'newsletter-address', points: limits.perAddress, duration: limits.windowSeconds });

  const take = async (limiter: RateLimiterMemory, key: string) => {
    try {
      await limiter.consume(key);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) throw new RateLimitedError(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
      throw rejection;
    }
  };

  return {
    limits,
    /** Counts one signup request; throws RateLimitedError when the client or the address is over its limit. */
    async consume(client: string, email: string): Promise<void> {
      await take(perClient, client);
      await take(perAddress, addressKey(email));
    },
  };
};

export type SignupLimiter = ReturnType<typeof createSignupLimiter>;

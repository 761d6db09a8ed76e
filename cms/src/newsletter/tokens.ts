import { createHash, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/**
 * The newsletter's link tokens. Pure functions of their inputs (and of the system's random
 * source), so the rules can be tested without Strapi.
 *
 * - A confirmation token is 32 random bytes (base64url, 43 characters), valid for 48 hours
 *   and for one use. Only its SHA-256 is stored: a copy of the database cannot confirm anyone.
 * - An unsubscribe token is one per signup and never expires: it is in every email we send,
 *   and an unsubscribe link must keep working. It is an HMAC of the signup's id under a key
 *   derived from the server's secret, so any later email can carry it again, while the database
 *   again holds only its SHA-256.
 */
export const TOKEN_BYTES = 32;
export const CONFIRMATION_TTL_MS = 48 * 60 * 60 * 1000;

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** A fresh random confirmation token. */
export const newConfirmationToken = (): string => randomBytes(TOKEN_BYTES).toString('base64url');

/** What the database stores for a token: its SHA-256, hex (64 characters). */
export const hashToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

/** Whether a value can be one of our tokens at all; anything else is INVALID without a lookup. */
export const isWellFormedToken = (value: unknown): value is string => typeof value === 'string' && TOKEN_SHAPE.test(value);

export const confirmationExpiry = (now: Date): Date => new Date(now.getTime() + CONFIRMATION_TTL_MS);

/** A token is expired from the instant its expiry is reached; a missing expiry counts as expired. */
export const isExpired = (expiresAt: Date | string | number | null | undefined, now: Date): boolean => {
  if (expiresAt === null || expiresAt === undefined) return true;
  const time = new Date(expiresAt).getTime();
  return Number.isNaN(time) || now.getTime() >= time;
};

/** The key unsubscribe tokens are made with, derived from a server secret (never used as is). */
export const unsubscribeKey = (secret: string): Buffer => {
  if (!secret) throw new Error('A secret is needed to make unsubscribe tokens');
  return Buffer.from(hkdfSync('sha256', secret, 'insights-newsletter', 'unsubscribe-token', TOKEN_BYTES));
};

/** The unsubscribe token of one signup: the same every time for the same signup and key. */
export const unsubscribeToken = (key: Buffer, signupId: string): string =>
  createHmac('sha256', key).update(`unsubscribe:${signupId}`, 'utf8').digest('base64url');

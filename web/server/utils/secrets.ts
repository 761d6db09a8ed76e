import { createHash, timingSafeEqual } from 'node:crypto';

/** Compares secrets in constant time; an empty expected secret never matches. */
export const secretMatches = (given: string | undefined | null, expected: string | undefined | null): boolean => {
  if (!given || !expected) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
};

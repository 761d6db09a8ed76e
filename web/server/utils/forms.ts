import type { H3Event } from 'h3';
import { clientIp } from './client-ip';

/** A form post's fields, whether sent as JSON (JavaScript on) or url-encoded (a plain form). */
export const readFields = async (event: H3Event): Promise<Record<string, unknown>> => {
  const type = getRequestHeader(event, 'content-type') ?? '';
  if (type.includes('application/json')) return ((await readBody(event)) ?? {}) as Record<string, unknown>;
  if (type.includes('application/x-www-form-urlencoded')) return Object.fromEntries((await readFormData(event)).entries());
  throw createError({ statusCode: 415, statusMessage: 'Unsupported Media Type', message: 'Send the form as JSON or url-encoded.' });
};

/** True when the caller wants JSON back (our script), false for a plain form post (a page). */
export const wantsJson = (event: H3Event): boolean => (getRequestHeader(event, 'accept') ?? '').includes('application/json');

/** Refuses bodies over `limit` bytes before reading them. */
export const limitBody = (event: H3Event, limit = 8 * 1024) => {
  const length = Number(getRequestHeader(event, 'content-length') ?? 0);
  if (length > limit) throw createError({ statusCode: 413, statusMessage: 'Payload Too Large', message: 'That form was too large to accept.' });
};

/**
 * Headers for a newsletter request forwarded to the CMS: the visitor's own address (see
 * client-ip.ts for a site behind proxies), which the CMS trusts because the request carries the
 * site's proxy secret.
 */
export const forwardedFor = (event: H3Event): Record<string, string> => {
  const config = useRuntimeConfig(event);
  const ip = clientIp(getRequestIP(event), getRequestHeader(event, 'x-forwarded-for'), Number(config.trustedProxyHops)) ?? '';
  const secret = config.cmsProxySecret;
  return secret && ip ? { 'x-forwarded-for': ip, 'x-site-proxy-secret': secret } : {};
};

export const fieldText = (value: unknown): string => (typeof value === 'string' ? value : '');

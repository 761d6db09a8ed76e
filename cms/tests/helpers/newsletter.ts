import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import type { GraphQLResponse } from './http';

/**
 * Requests to the newsletter's GraphQL operations as the site's server sends them: with the
 * proxy secret and the visitor's address in X-Forwarded-For (a fresh address each time unless
 * given, so tests do not share abuse limits). Addresses used are documentation ranges
 * (RFC 5737, RFC 3849), written in headers only.
 */
export const SIGNUP = 'api::newsletter-signup.newsletter-signup';
export const PROXY_SECRET = 'test-proxy-secret';
export const NEWSLETTER_ENV = {
  SITE_URL: 'https://site.test',
  SITE_PROXY_SECRET: PROXY_SECRET,
  EMAIL_FROM: 'Kestrel & Co <newsletter@kestrel.test>',
  EMAIL_REPLY_TO: 'hello@kestrel.test',
};

export interface OptInService {
  useClock(clock?: () => Date): void;
  idle(): Promise<void>;
  retryEmails(now?: Date): Promise<void>;
}

let addresses = 0;
/** A new, unique, valid email address. */
export const nextAddress = (prefix = 'reader'): string => `${prefix}.${randomBytes(3).toString('hex')}${(addresses += 1)}@example.org`.toLowerCase();

let ips = 0;
/** A new visitor address (IPv4 from 203.0.113.0/24 and 198.51.100.0/24, then IPv6 2001:db8::/32). */
export const nextIp = (): string => {
  ips += 1;
  if (ips < 255) return `203.0.113.${ips}`;
  if (ips < 510) return `198.51.100.${ips - 255}`;
  return `2001:db8:${(ips - 510).toString(16)}::1`;
};

export interface Sender {
  /** The visitor's address the site reports; a fresh one by default. */
  ip?: string;
  /** The proxy secret sent; the right one by default, none with null. */
  secret?: string | null;
  /** X-Forwarded-For as sent, instead of `ip`. */
  forwardedFor?: string;
}

const SUBSCRIBE = `mutation ($input: NewsletterSubscriptionInput!) { subscribeToNewsletter(input: $input) { ok message } }`;

export interface RawResponse {
  status: number;
  body: string;
  headers: Record<string, string>;
}

/** POSTs a GraphQL body to /graphql and returns the response as received. */
export const postGraphQL = async (url: string, body: unknown, sender: Sender = {}): Promise<RawResponse> => {
  const secret = sender.secret === undefined ? PROXY_SECRET : sender.secret;
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': sender.forwardedFor ?? sender.ip ?? nextIp(),
      ...(secret === null ? {} : { 'x-site-proxy-secret': secret }),
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => (headers[name] = value));
  return { status: response.status, body: await response.text(), headers };
};

const parse = <T>(raw: RawResponse): GraphQLResponse<T> => ({ status: raw.status, ...(JSON.parse(raw.body) as Omit<GraphQLResponse<T>, 'status'>) });

export const subscribeRaw = (url: string, input: unknown, sender: Sender = {}) => postGraphQL(url, { query: SUBSCRIBE, variables: { input } }, sender);

export const subscribe = async (url: string, input: unknown, sender: Sender = {}) =>
  parse<{ subscribeToNewsletter: { ok: boolean; message: string } }>(await subscribeRaw(url, input, sender));

const tokenMutation = async (url: string, field: 'confirmNewsletterSubscription' | 'unsubscribeFromNewsletter', token: string) => {
  const response = parse<Record<string, { outcome: string; message: string }>>(
    await postGraphQL(url, { query: `mutation ($token: String!) { ${field}(token: $token) { outcome message } }`, variables: { token } }),
  );
  if (response.errors) throw new Error(`${field} failed: ${JSON.stringify(response.errors)}`);
  return response.data![field]!;
};

export const confirm = (url: string, token: string) => tokenMutation(url, 'confirmNewsletterSubscription', token);
export const unsubscribe = (url: string, token: string) => tokenMutation(url, 'unsubscribeFromNewsletter', token);

/** The stored signup, private fields included, straight from the database. */
export const signupRow = async (strapi: Core.Strapi, email: string): Promise<Record<string, any>> => {
  const row = (await strapi.db.query(SIGNUP).findOne({ where: { email } })) as Record<string, any> | null;
  if (!row) return row as unknown as Record<string, any>;
  // Dates as ISO strings whatever the database driver returns.
  for (const field of ['consentedAt', 'confirmedAt', 'unsubscribedAt', 'confirmationExpiresAt']) {
    if (row[field] !== null && row[field] !== undefined) row[field] = new Date(row[field]).toISOString();
  }
  return row;
};

import { createHash, timingSafeEqual } from 'node:crypto';
import { isIPv4, isIPv6 } from 'node:net';

/**
 * Whose request this is, for abuse limits. The socket's address, unless the request comes
 * from the site's server: then it carries `x-site-proxy-secret` (SITE_PROXY_SECRET) and the
 * visitor's address as the last entry of X-Forwarded-For, the one the site's server added.
 * Without the secret, X-Forwarded-For is whatever the client wrote, and is ignored.
 *
 * IPv6 clients are counted by /64, the block one subscriber line is usually given.
 */
export interface RequestLike {
  headers: Record<string, string | string[] | undefined>;
  socket?: { remoteAddress?: string | undefined } | null;
}

export const PROXY_SECRET_HEADER = 'x-site-proxy-secret';

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/** Compares in constant time, whatever the lengths. */
export const sameSecret = (given: string, expected: string): boolean => expected !== '' && timingSafeEqual(digest(given), digest(expected));

const header = (request: RequestLike, name: string): string | undefined => {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(',') : value;
};

/** The hextets of an IPv6 address, with `::` and a trailing dotted IPv4 part expanded. */
const ipv6Groups = (address: string): number[] => {
  let text = address.split('%')[0]!.toLowerCase();
  const dotted = text.match(/(\d+\.\d+\.\d+\.\d+)$/);
  if (dotted) {
    const [a, b, c, d] = dotted[1]!.split('.').map(Number) as [number, number, number, number];
    text = `${text.slice(0, -dotted[1]!.length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? (text.split('::') as [string, string]) : [text, undefined];
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((group) => Number.parseInt(group, 16)));
  const left = parse(head);
  if (tail === undefined) return left;
  const right = parse(tail);
  return [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right];
};

/** The key an address is counted under: IPv4 as is (also when IPv4-mapped), IPv6 by its /64. */
export const addressKey = (address: string): string => {
  const plain = address.trim();
  if (isIPv4(plain)) return plain;
  if (!isIPv6(plain)) return plain;
  const groups = ipv6Groups(plain);
  const mapped = groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff;
  if (mapped) return [groups[6]! >> 8, groups[6]! & 0xff, groups[7]! >> 8, groups[7]! & 0xff].join('.');
  return `${groups
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(':')}::/64`;
};

export const clientAddress = (request: RequestLike, proxySecret: string | undefined): string => {
  const socketAddress = request.socket?.remoteAddress ?? 'unknown';
  const given = header(request, PROXY_SECRET_HEADER);
  if (proxySecret && given !== undefined && sameSecret(given, proxySecret)) {
    const forwarded = (header(request, 'x-forwarded-for') ?? '').split(',').map((entry) => entry.trim());
    const visitor = forwarded.at(-1) ?? '';
    if (isIPv4(visitor) || isIPv6(visitor)) return addressKey(visitor);
  }
  return addressKey(socketAddress);
};

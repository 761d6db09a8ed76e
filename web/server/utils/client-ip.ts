/**
 * The visitor's address, as the site forwards it to the CMS for the newsletter's per-address
 * limits. Behind a reverse proxy (or a load balancer) the socket's address is the proxy's, and
 * every visitor would share one budget; the proxies in front of the site each add the address
 * they saw to `X-Forwarded-For`. With `hops` proxies trusted (NUXT_TRUSTED_PROXY_HOPS), the
 * visitor is the address the farthest trusted proxy saw: the `hops`-th from the right. Entries
 * further left were written by the client and are ignored, so nobody can choose their own.
 */
export const clientIp = (socketIp: string | undefined, forwardedFor: string | undefined, hops: number): string | undefined => {
  if (!Number.isInteger(hops) || hops <= 0 || !forwardedFor) return socketIp;
  const chain = forwardedFor
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (chain.length === 0) return socketIp;
  return chain[Math.max(0, chain.length - hops)];
};

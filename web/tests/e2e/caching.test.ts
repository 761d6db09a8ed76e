import { expect, it } from 'vitest';
import { site, stack } from './helpers/browser';

/** The site's page cache: what is cached, what shares an entry, who may purge or bypass it. */
const purge = (body: unknown, secret = stack().secrets.purge) =>
  fetch(site('/api/cache/purge'), { method: 'POST', headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
const cacheState = async (path: string, headers: Record<string, string> = {}) => (await fetch(site(path), { headers })).headers.get('x-cache');

it('renders a page once, then serves it from the cache until a purge', async () => {
  expect((await purge({ event: 'entry.publish', uid: 'api::article.article' })).status).toBe(200);
  expect(await cacheState('/insights/team-charter-people-actually-use')).toBe('MISS');
  expect(await cacheState('/insights/team-charter-people-actually-use')).toBe('HIT');
  expect(await cacheState('/insights/team-charter-people-actually-use?utm_source=linkedin&fbclid=x')).toBe('HIT');
  expect(await cacheState('/insights?page=1&utm_campaign=x')).not.toBe('HIT'); // its own key: ?page=1
  await purge({ event: 'entry.update', uid: 'api::global.global' });
  expect(await cacheState('/insights/team-charter-people-actually-use')).toBe('MISS');
});

it('serves cached pages compressed, and uncompressed to clients that ask for that', async () => {
  const compressed = await fetch(site('/team'), { headers: { 'accept-encoding': 'br' } });
  expect(compressed.headers.get('content-encoding')).toBe('br');
  const plain = await fetch(site('/team'), { headers: { 'accept-encoding': 'identity' } });
  expect(plain.headers.get('content-encoding')).toBeNull();
  expect(await plain.text()).toContain('<h1');
});

it('lets only the purge secret bypass or empty the cache', async () => {
  await cacheState('/events');
  expect(await cacheState('/events', { 'x-page-cache-bypass': 'guess' })).toBe('HIT');
  expect(await cacheState('/events', { 'x-page-cache-bypass': stack().secrets.purge })).toBe('MISS');
  expect((await purge({}, 'wrong')).status).toBe(401);
  expect(await cacheState('/events')).toBe('HIT');
});

it('does not purge for changes the site does not show, such as newsletter signups', async () => {
  await cacheState('/events');
  const response = await purge({ event: 'entry.create', uid: 'api::newsletter-signup.newsletter-signup' });
  expect(await response.json()).toEqual({ purged: 0, ignored: 'api::newsletter-signup.newsletter-signup' });
  expect(await cacheState('/events')).toBe('HIT');
});

import { expect, it } from 'vitest';
import { publishedTotals, site } from './helpers/browser';

it('lists every published article, member and event in the sitemap', async () => {
  const xml = await (await fetch(site('/sitemap.xml'))).text();
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
  const totals = await publishedTotals();
  expect(totals.articles).toBeGreaterThanOrEqual(9);
  expect(locs.filter((loc) => loc?.includes('/insights/'))).toHaveLength(totals.articles);
  expect(locs.filter((loc) => loc?.includes('/team/'))).toHaveLength(totals.members);
  expect(locs.filter((loc) => loc?.includes('/events/'))).toHaveLength(totals.events);
  expect(locs.filter((loc) => /\/(privacy|accessibility)$/.test(loc ?? ''))).toHaveLength(2);
});

it('serves robots.txt pointing at the sitemap and keeping previews out', async () => {
  const text = await (await fetch(site('/robots.txt'))).text();
  expect(text).toContain(`Sitemap: ${site('/sitemap.xml')}`);
  expect(text).toContain('Disallow: /preview/');
});

it('serves an RSS 2.0 feed of the latest insights', async () => {
  const response = await fetch(site('/feed.xml'));
  expect(response.headers.get('content-type')).toMatch(/application\/rss\+xml/);
  const xml = await response.text();
  expect(xml).toMatch(/<rss version="2.0"/);
  expect([...xml.matchAll(/<item>/g)]).toHaveLength(Math.min(20, (await publishedTotals()).articles));
  expect(xml).toContain('<title><![CDATA[Listening before fixing');
});

it('names authors with dc:creator and gives covers their real media type and size in the feed', async () => {
  const xml = await (await fetch(site('/feed.xml'))).text();
  expect(xml).toMatch(/<rss version="2.0"[^>]* xmlns:dc="http:\/\/purl.org\/dc\/elements\/1.1\/"/);
  // RSS's <author> holds an email address; names go in dc:creator.
  for (const [, author] of xml.matchAll(/<author>([^<]*)<\/author>/g)) expect(author).toMatch(/^\S+@\S+/);
  expect(xml).toMatch(/<dc:creator>Amara Osei<\/dc:creator>/);
  const enclosures = [...xml.matchAll(/<enclosure ([^>]*)\/>/g)].map(([, attributes]) => Object.fromEntries([...attributes!.matchAll(/(\w+)="([^"]*)"/g)].map(([, name, value]) => [name, value])));
  expect(enclosures.length).toBeGreaterThan(0);
  for (const enclosure of enclosures) {
    expect(enclosure.type).toMatch(/^image\/(jpeg|png|webp|gif|avif)$/);
    expect(Number(enclosure.length)).toBeGreaterThan(0);
    const file = await fetch(enclosure.url!);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toContain(enclosure.type);
    // The size the file really has, to within the CMS's rounding (it keeps kB with two decimals).
    const bytes = (await file.arrayBuffer()).byteLength;
    expect(Math.abs(Number(enclosure.length) - bytes)).toBeLessThanOrEqual(5);
  }
});

import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { beforeEach, describe, expect, it } from 'vitest';
import { bodyFor, getPage, isStale, isStorable, missBodyFor, PAGE_TTL_MS, pageKey, preferredEncoding, purgePages, storePage } from '../../server/utils/page-cache';

describe('pageKey', () => {
  it('caches content pages by path and the parameters pages use, in a fixed order', () => {
    expect(pageKey('GET', '/')).toBe('/');
    expect(pageKey('GET', '/insights/a-slug')).toBe('/insights/a-slug');
    expect(pageKey('GET', '/insights?topic=x&page=2&q=trust%20me')).toBe('/insights?page=2&q=trust%20me&topic=x');
    expect(pageKey('HEAD', '/team/amara-osei')).toBe('/team/amara-osei');
    expect(pageKey('GET', '/sitemap.xml')).toBe('/sitemap.xml');
    expect(pageKey('GET', '/privacy?utm_source=x')).toBe('/privacy');
  });

  it('ignores tracking parameters, so a shared link cannot force a render', () => {
    expect(pageKey('GET', '/insights/a-slug?utm_source=linkedin&fbclid=abc')).toBe('/insights/a-slug');
    expect(pageKey('GET', '/insights?page=2&utm_medium=email')).toBe('/insights?page=2');
  });

  it('never caches APIs, previews, forms, uploads or other methods', () => {
    for (const url of ['/api/newsletter/subscribe', '/preview/insights/x', '/newsletter', '/newsletter/confirm?token=x', '/uploads/a.jpg', '/calendar/x.ics', '/insights/a/b', '/robots.txt', '/newsletter?result=invalid']) {
      expect(pageKey('GET', url), url).toBeNull();
    }
    expect(pageKey('POST', '/insights')).toBeNull();
  });
});

it('preferredEncoding picks brotli, then gzip, then none', () => {
  expect(preferredEncoding('gzip, deflate, br')).toBe('br');
  expect(preferredEncoding('gzip')).toBe('gzip');
  expect(preferredEncoding(undefined)).toBe('identity');
  expect(preferredEncoding('brotli-not')).toBe('identity');
});

describe('the store', () => {
  beforeEach(() => purgePages());

  it('keeps a page with the headers that matter and its compressed bytes', () => {
    const html = `<!doctype html><p>${'words '.repeat(500)}</p>`;
    storePage('/x', 200, { 'content-type': 'text/html;charset=utf-8', 'set-cookie': 'no', 'x-powered-by': 'no' }, html);
    const page = getPage('/x')!;
    expect(page.headers).toEqual({ 'content-type': 'text/html;charset=utf-8' });
    expect(bodyFor(page, 'identity').toString()).toBe(html);
    expect(bodyFor(page, 'br').length).toBeLessThan(html.length / 5);
    expect(gunzipSync(bodyFor(page, 'gzip')).toString()).toBe(html);
  });

  it('answers the miss with brotli of the page, and keeps the better-compressed bytes for hits', () => {
    const html = `<!doctype html><main>${Array.from({ length: 300 }, (_, n) => `<p>Paragraph ${n} about services.</p>`).join('')}</main>`;
    const page = storePage('/z', 200, {}, html);
    const miss = missBodyFor(page, 'br');
    expect(brotliDecompressSync(miss).toString()).toBe(html);
    const hit = bodyFor(page, 'br');
    expect(brotliDecompressSync(hit).toString()).toBe(html);
    expect(hit.length).toBeLessThanOrEqual(miss.length);
    // Made once: the next hit gets the same bytes, and so would a later miss of the same page.
    expect(bodyFor(page, 'br')).toBe(hit);
    expect(missBodyFor(page, 'br')).toBe(hit);
    expect(gunzipSync(missBodyFor(page, 'gzip')).toString()).toBe(html);
    expect(missBodyFor(page, 'identity').toString()).toBe(html);
  });

  it('marks pages stale after the TTL and forgets everything on purge', () => {
    const page = storePage('/y', 200, {}, 'y');
    expect(isStale(page, page.storedAt + PAGE_TTL_MS - 1)).toBe(false);
    expect(isStale(page, page.storedAt + PAGE_TTL_MS + 1)).toBe(true);
    expect(purgePages()).toBe(1);
    expect(getPage('/y')).toBeUndefined();
  });
});

describe('isStorable', () => {
  it('keeps complete pages for every reader, never one for a single browser', () => {
    expect(isStorable(200, { 'content-type': 'text/html', 'cache-control': 'public, max-age=0' })).toBe(true);
    expect(isStorable(200, {})).toBe(true);
    expect(isStorable(404, {})).toBe(false);
    expect(isStorable(200, { 'set-cookie': ['a=b'] })).toBe(false);
    expect(isStorable(200, { 'cache-control': 'private, no-store' })).toBe(false);
    expect(isStorable(200, { 'cache-control': 'no-store' })).toBe(false);
    expect(isStorable(200, { 'content-encoding': 'br' })).toBe(false);
  });
});

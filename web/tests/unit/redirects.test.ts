import { describe, expect, it } from 'vitest';
import { redirectKey, redirectLocation } from '../../server/utils/redirects';

describe('redirectKey', () => {
  it('finds a path however a browser writes it: encoded, with a trailing slash', () => {
    expect(redirectKey('/caf%C3%A9/')).toBe('/café');
    expect(redirectKey('/blog/an-old-post')).toBe('/blog/an-old-post');
    expect(redirectKey('/')).toBe('/');
  });

  it('gives nothing for a path that cannot be decoded', () => {
    expect(redirectKey('/%E0%A4%A')).toBeNull();
  });
});

describe('redirectLocation', () => {
  it('encodes a path of the site once, and passes the request’s query string on', () => {
    expect(redirectLocation('/insights/café', '')).toBe('/insights/caf%C3%A9');
    expect(redirectLocation('/insights/new', '?utm_source=linkedin')).toBe('/insights/new?utm_source=linkedin');
  });

  it('keeps a target’s own query string, and puts the request’s before a fragment', () => {
    expect(redirectLocation('/insights?topic=collaboration', '?utm_source=x')).toBe('/insights?topic=collaboration');
    expect(redirectLocation('/privacy#cookies', '?utm_source=x')).toBe('/privacy?utm_source=x#cookies');
  });

  it('sends a full address as the CMS keeps it', () => {
    expect(redirectLocation('https://calendly.example/kestrel%20co', '?a=1')).toBe('https://calendly.example/kestrel%20co?a=1');
    expect(redirectLocation('https://example.org/x?y=1#z', '?a=1')).toBe('https://example.org/x?y=1#z');
  });
});

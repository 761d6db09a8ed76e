import { describe, expect, it } from 'vitest';
import { addressKey, clientAddress } from '../../src/newsletter/client-address';
import { confirmationEmail, escapeHtml, newsletterLink, welcomeEmail } from '../../src/newsletter/emails';
import globalSchema from '../../src/api/global/content-types/global/schema.json';
import { neutraliseFormula } from '../../src/newsletter/export';
import { DEFAULT_CONSENT_TEXT } from '../../src/newsletter/opt-in';
import { MESSAGES, validateSubscription } from '../../src/newsletter/input';
import {
  CONFIRMATION_TTL_MS,
  confirmationExpiry,
  hashToken,
  isExpired,
  isWellFormedToken,
  newConfirmationToken,
  unsubscribeKey,
  unsubscribeToken,
} from '../../src/newsletter/tokens';

describe('tokens', () => {
  it('a confirmation token is 32 random bytes, URL-safe, never the same twice', () => {
    const tokens = Array.from({ length: 1000 }, newConfirmationToken);
    expect(new Set(tokens).size).toBe(1000);
    for (const token of tokens.slice(0, 50)) {
      expect(Buffer.from(token, 'base64url')).toHaveLength(32);
      expect(isWellFormedToken(token)).toBe(true);
    }
  });

  it('stores a SHA-256 hex digest, never the token', () => {
    const token = newConfirmationToken();
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(token)).toBe(hashToken(token));
    expect(hashToken(token)).not.toContain(token);
    expect(hashToken(`${token}x`)).not.toBe(hashToken(token));
  });

  it('rejects anything that cannot be a token without looking it up', () => {
    for (const value of ['', 'a'.repeat(42), 'a'.repeat(44), `${'a'.repeat(42)}=`, `${'a'.repeat(42)}/`, `${'a'.repeat(42)}\u0000`, null, undefined, 42, {}]) {
      expect(isWellFormedToken(value)).toBe(false);
    }
  });

  it('expires exactly 48 hours after it was made', () => {
    const now = new Date('2030-05-01T12:00:00.000Z');
    const expiry = confirmationExpiry(now);
    expect(expiry.getTime() - now.getTime()).toBe(CONFIRMATION_TTL_MS);
    expect(CONFIRMATION_TTL_MS).toBe(48 * 3600 * 1000);
    expect(isExpired(expiry, new Date(expiry.getTime() - 1))).toBe(false);
    expect(isExpired(expiry, expiry)).toBe(true);
    expect(isExpired(expiry.toISOString(), new Date(expiry.getTime() + 1))).toBe(true);
    expect(isExpired(null, now)).toBe(true);
    expect(isExpired('not a date', now)).toBe(true);
  });

  it('an unsubscribe token is fixed per signup and key, and unguessable without the key', () => {
    const key = unsubscribeKey('server-secret');
    const token = unsubscribeToken(key, 'abc123');
    expect(isWellFormedToken(token)).toBe(true);
    expect(unsubscribeToken(unsubscribeKey('server-secret'), 'abc123')).toBe(token);
    expect(unsubscribeToken(key, 'abc124')).not.toBe(token);
    expect(unsubscribeToken(unsubscribeKey('another-secret'), 'abc123')).not.toBe(token);
    expect(() => unsubscribeKey('')).toThrow();
  });
});

describe('validateSubscription', () => {
  it('cleans what it accepts: trimmed, lower-cased address, NFC name, empty fields as null', () => {
    const result = validateSubscription({ email: '  Jane.Doe+News@Example.ORG ', firstName: ' Jose\u0301 ', source: '  ', consent: true });
    expect(result).toEqual({ ok: true, value: { email: 'jane.doe+news@example.org', firstName: 'José', source: null, consentText: null } });
    expect(validateSubscription({ email: 'a@example.org', consent: true, consentText: '  Yes please. ' })).toMatchObject({ ok: true, value: { consentText: 'Yes please.' } });
    expect(validateSubscription({ email: 'a@example.org', consent: true, consentText: 'x'.repeat(501) })).toMatchObject({ ok: false, errors: [{ path: ['consent'] }] });
  });

  it('says what to fix, per field', () => {
    const result = validateSubscription({ email: 'nope', firstName: 'x'.repeat(101), source: 'y'.repeat(301), consent: false });
    expect(result).toEqual({
      ok: false,
      errors: [
        { path: ['email'], message: MESSAGES.emailInvalid },
        { path: ['firstName'], message: MESSAGES.firstNameTooLong },
        { path: ['source'], message: MESSAGES.sourceTooLong },
        { path: ['consent'], message: MESSAGES.consent },
      ],
    });
  });

  it('tells a missing address from a wrong or over-long one', () => {
    const message = (email: unknown) => (validateSubscription({ email, consent: true }) as { errors: { message: string }[] }).errors[0]!.message;
    expect(message('')).toBe(MESSAGES.emailMissing);
    expect(message(undefined)).toBe(MESSAGES.emailMissing);
    expect(message('a@b')).toBe(MESSAGES.emailInvalid);
    expect(message(`${'a'.repeat(250)}@example.org`)).toBe(MESSAGES.emailTooLong);
  });

  it('wants consent to be exactly true', () => {
    for (const consent of [false, 'true', 1, null, undefined]) {
      expect(validateSubscription({ email: 'a@example.org', consent }).ok).toBe(false);
    }
  });

  it('keeps links and invisible characters out of names', () => {
    for (const firstName of ['see https://x.example', 'www.x.example', 'a@b.example', 'Ada\u200b', 'Ada\u202e', 'Ada\u0000']) {
      expect(validateSubscription({ email: 'a@example.org', firstName, consent: true }).ok, firstName).toBe(false);
    }
    for (const firstName of ["Seán O'Brien-Núñez", '李小龍', 'محمد', 'J. R.']) {
      expect(validateSubscription({ email: 'a@example.org', firstName, consent: true }).ok, firstName).toBe(true);
    }
  });
});

describe('clientAddress', () => {
  const request = (headers: Record<string, string>, remoteAddress = '192.0.2.10') => ({ headers, socket: { remoteAddress } });

  it('is the socket address when the proxy secret is missing or wrong', () => {
    expect(clientAddress(request({ 'x-forwarded-for': '203.0.113.7' }), 'secret')).toBe('192.0.2.10');
    expect(clientAddress(request({ 'x-forwarded-for': '203.0.113.7', 'x-site-proxy-secret': 'nope' }), 'secret')).toBe('192.0.2.10');
    expect(clientAddress(request({ 'x-forwarded-for': '203.0.113.7', 'x-site-proxy-secret': '' }), '')).toBe('192.0.2.10');
    expect(clientAddress(request({ 'x-forwarded-for': '203.0.113.7', 'x-site-proxy-secret': 'secret' }), undefined)).toBe('192.0.2.10');
  });

  it('is the last X-Forwarded-For entry with the secret', () => {
    expect(clientAddress(request({ 'x-forwarded-for': '203.0.113.7', 'x-site-proxy-secret': 'secret' }), 'secret')).toBe('203.0.113.7');
    expect(clientAddress(request({ 'x-forwarded-for': '1.1.1.1, 203.0.113.7', 'x-site-proxy-secret': 'secret' }), 'secret')).toBe('203.0.113.7');
    expect(clientAddress(request({ 'x-forwarded-for': 'garbage', 'x-site-proxy-secret': 'secret' }), 'secret')).toBe('192.0.2.10');
  });

  it('counts IPv4-mapped addresses as IPv4 and IPv6 by /64', () => {
    expect(addressKey('::ffff:192.0.2.1')).toBe('192.0.2.1');
    expect(addressKey('2001:db8:1:2:3:4:5:6')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8:1:2::9')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
  });
});

describe('emails', () => {
  const site = { siteName: 'Kestrel & <Co>', siteUrl: 'https://site.example/' };
  const links = { confirmUrl: newsletterLink(site.siteUrl, 'confirm', 'abc_-1'), unsubscribeUrl: newsletterLink(site.siteUrl, 'unsubscribe', 'def') };

  it('link to the site’s confirm and unsubscribe pages', () => {
    expect(links).toEqual({ confirmUrl: 'https://site.example/newsletter/confirm?token=abc_-1', unsubscribeUrl: 'https://site.example/newsletter/unsubscribe?token=def' });
  });

  it('carry one-click unsubscribe headers and both parts', () => {
    for (const email of [confirmationEmail(site, links), welcomeEmail(site, { firstName: 'Ada' }, links)]) {
      expect(email.headers).toEqual({ 'List-Unsubscribe': `<${links.unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' });
      expect(email.text).toContain(links.unsubscribeUrl);
      expect(email.html).toContain(escapeHtml(links.unsubscribeUrl));
    }
  });

  it('escape what goes into HTML', () => {
    const welcome = welcomeEmail(site, { firstName: '<b>Ada</b>' }, links);
    expect(welcome.html).toContain('Hello &lt;b&gt;Ada&lt;/b&gt;,');
    expect(welcome.html).toContain('Kestrel &amp; &lt;Co&gt;');
    expect(welcome.html).not.toContain('<b>Ada');
  });
});

describe('neutraliseFormula', () => {
  it('prefixes cells a spreadsheet would run', () => {
    expect(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', 'Ada', "O'Brien"].map(neutraliseFormula)).toEqual(["'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\tx", 'Ada', "O'Brien"]);
  });
});

describe('the consent text', () => {
  it('defaults to the same words in the content type and in the code', () => {
    expect(globalSchema.attributes.newsletterConsentText.default).toBe(DEFAULT_CONSENT_TEXT);
    expect(DEFAULT_CONSENT_TEXT.length).toBeLessThanOrEqual(globalSchema.attributes.newsletterConsentText.maxLength);
  });
});

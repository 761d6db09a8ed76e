import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, launchBrowser, PHONE, site, gotoHydrated } from './helpers/browser';
import { linkIn, mailTo, waitForMail } from './helpers/mailbox';

/**
 * Signing up on the site, with JavaScript and without, and the emails' confirm and unsubscribe
 * pages, against the real CMS sending to a real SMTP server.
 */
let browser: Browser;
const mailDir = () => inject('mailDir');
const unique = (name: string) => `${name}.${Date.now()}.${Math.random().toString(36).slice(2, 7)}@example.org`;
/** The email's link, pointed at the site under test (the CMS builds links from its SITE_URL). */
const onSite = (link: string) => site(new URL(link).pathname + new URL(link).search);

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('with JavaScript', () => {
  it('signs up inline, confirms through the email, gets the welcome email and unsubscribes', async () => {
    const email = unique('reader');
    const page = await browser.newPage(DESKTOP);
    await gotoHydrated(page, site('/'));
    const form = page.locator('section[aria-labelledby="newsletter-heading"]');
    await form.getByLabel('Email address').fill(email);
    await form.getByLabel('First name (optional)').fill('Robin');
    await form.getByRole('checkbox').check();
    // The wording beside the box goes with the signup, to be recorded as what was agreed to.
    const wording = (await form.locator('.consent label').textContent())?.trim();
    expect(wording).toMatch(/newsletter/);
    expect(await form.locator('input[name="consentText"]').inputValue()).toBe(wording);
    await form.getByRole('button', { name: 'Subscribe' }).click();
    await form.getByRole('status').waitFor();
    expect(await form.getByRole('status').textContent()).toMatch(/check your inbox/i);
    expect(new URL(page.url()).pathname).toBe('/');

    const confirmation = await waitForMail(mailDir(), email);
    expect(confirmation.listUnsubscribe).toMatch(/\/newsletter\/unsubscribe\?token=/);
    await page.goto(onSite(linkIn(confirmation, '/newsletter/confirm')));
    expect(await page.locator('h1').textContent()).toBe('Confirm your subscription');
    await page.getByRole('button', { name: 'Yes, subscribe me' }).click();
    await page.waitForURL(/outcome=confirmed/);
    expect(await page.locator('h1').textContent()).toBe('You are subscribed');

    // The link works once; using it again does not claim it failed the person who confirmed.
    await page.goto(onSite(linkIn(confirmation, '/newsletter/confirm')));
    await page.getByRole('button', { name: 'Yes, subscribe me' }).click();
    await page.waitForURL(/outcome=invalid/);
    expect(await page.locator('h1').textContent()).toBe('This link has been used or is incomplete');
    expect(await page.locator('main').getByRole('status').textContent()).toMatch(/only the link in the most recent email works. If you have already confirmed, you are subscribed/);
    // It tells the reader to sign up again if not, and links to the form.
    await page.locator('main').getByRole('link', { name: 'Sign up again' }).click();
    await page.waitForURL(/\/newsletter$/);

    const welcome = await waitForMail(mailDir(), email, 2);
    await page.goto(onSite(linkIn(welcome, '/newsletter/unsubscribe')));
    await page.getByRole('button', { name: 'Unsubscribe me' }).click();
    await page.waitForURL(/outcome=unsubscribed/);
    expect(await page.locator('h1').textContent()).toBe('You are unsubscribed');
    await page.close();
  });

  it('explains, inline and kindly, what to fix when consent is missing', async () => {
    const page = await browser.newPage(PHONE);
    await gotoHydrated(page, site('/newsletter'));
    const form = page.locator('main form');
    await form.getByLabel('Email address').fill(unique('no-consent'));
    await form.getByRole('button', { name: 'Subscribe' }).click();
    const summary = form.locator('.notice--error');
    await summary.waitFor();
    expect(await summary.textContent()).toMatch(/consent|agree|tick/i);
    // Read once, with the box the focus moves to, not a second time as an alert.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('checkbox');
    expect(await form.getByRole('alert').count()).toBe(0);
    const checkbox = form.getByRole('checkbox');
    expect(await page.locator(`[id="${await checkbox.getAttribute('aria-describedby')}"]`).textContent()).toMatch(/consent|agree|tick/i);
    await page.close();
  });

  it('keeps the keyboard focus meaningful: on the wrong field after an error, on the thank-you after success', async () => {
    const page = await browser.newPage(DESKTOP);
    await gotoHydrated(page, site('/newsletter'));
    const form = page.locator('main form');
    const emailField = form.getByLabel('Email address');
    await emailField.fill('notanemail');
    await form.getByRole('checkbox').check();
    // Tab from the checkbox to Subscribe (the bot trap is out of the tab order), then Enter.
    await form.getByRole('checkbox').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Subscribe');
    await page.keyboard.press('Enter');
    await form.locator('.notice--error').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('email');
    expect(await emailField.getAttribute('aria-invalid')).toBe('true');
    const described = await emailField.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${described}"]`).textContent()).toMatch(/valid email address/);

    await emailField.fill(unique('focus'));
    await form.getByRole('button', { name: 'Subscribe' }).focus();
    await page.keyboard.press('Enter');
    const status = page.locator('main').getByRole('status');
    await status.waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('status');
    expect(await status.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('signs up with a plain form post and lands on a result page', async () => {
    const email = unique('nojs');
    const context = await browser.newContext({ ...PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site('/newsletter'));
    const form = page.locator('main form');
    await form.getByLabel('Email address').fill(email);
    await form.getByRole('checkbox').check();
    await form.getByRole('button', { name: 'Subscribe' }).click();
    await page.waitForURL(/\/newsletter\?result=ok/);
    expect(await page.locator('main').getByRole('status').textContent()).toMatch(/Check your inbox/);
    await waitForMail(mailDir(), email);

    // The confirm page works without JavaScript too: its button is a plain form.
    await page.goto(onSite(linkIn(mailTo(mailDir(), email)[0]!, '/newsletter/confirm')));
    await page.getByRole('button', { name: 'Yes, subscribe me' }).click();
    await page.waitForURL(/outcome=confirmed/);
    expect(await page.locator('h1').textContent()).toBe('You are subscribed');
    await context.close();
  });

  it('shows what went wrong for a malformed address', async () => {
    const context = await browser.newContext({ ...DESKTOP, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site('/newsletter'));
    const form = page.locator('main form');
    await form.getByLabel('Email address').fill('not-an-address');
    await form.getByLabel('First name').fill('Ada');
    await form.getByRole('checkbox').check();
    await form.getByRole('button', { name: 'Subscribe' }).click();
    await page.waitForURL(/result=invalid/);
    expect(new URL(page.url()).searchParams.getAll('field')).toEqual(['email']);
    expect(page.url()).not.toContain('not-an-address');
    expect(await page.title()).toBe('Error: Newsletter | Kestrel & Co');
    expect(await page.getByRole('alert').textContent()).toMatch(/Enter a valid email address, like name@example\.org/);
    // The form is back with the email field marked, pointing at what to fix.
    const emailField = page.locator('main form').getByLabel('Email address');
    expect(await emailField.getAttribute('aria-invalid')).toBe('true');
    const described = await emailField.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${described}"]`).textContent()).toMatch(/valid email address/);
    expect(await page.locator('main form').getByRole('checkbox').getAttribute('aria-invalid')).toBeNull();
    // Nothing typed is lost: the address to correct, the name and the ticked box are back.
    expect(await emailField.inputValue()).toBe('not-an-address');
    expect(await page.locator('main form').getByLabel('First name').inputValue()).toBe('Ada');
    expect(await page.locator('main form').getByRole('checkbox').isChecked()).toBe(true);
    await context.close();
  });

  it('names the missing consent, and only that, when the box is not ticked', async () => {
    const email = unique('nojs-no-consent');
    const context = await browser.newContext({ ...PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site('/newsletter'));
    const form = page.locator('main form');
    await form.getByLabel('Email address').fill(email);
    await form.getByRole('button', { name: 'Subscribe' }).click();
    await page.waitForURL(/result=invalid/);
    expect(page.url()).not.toContain(encodeURIComponent(email));
    expect(page.url()).not.toContain(email);
    const alert = await page.getByRole('alert').textContent();
    expect(alert).toMatch(/Tick the box/);
    expect(alert).not.toMatch(/valid email address/);
    const checkbox = page.locator('main form').getByRole('checkbox');
    expect(await checkbox.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator(`[id="${await checkbox.getAttribute('aria-describedby')}"]`).textContent()).toMatch(/Tick the box/);
    const emailField = page.locator('main form').getByLabel('Email address');
    expect(await emailField.getAttribute('aria-invalid')).toBeNull();
    // The address comes back (from a one-time cookie, never the URL), once, and is not cached.
    expect(await emailField.inputValue()).toBe(email);
    expect(await checkbox.isChecked()).toBe(false);
    expect(await page.content()).toContain(email);
    // Another visitor opening the same result page meanwhile gets it without the address (no cache holds it).
    const other = await browser.newContext({ ...PHONE, javaScriptEnabled: false });
    const stranger = await other.newPage();
    const response = await stranger.goto(page.url());
    expect(await response?.text()).not.toContain(email);
    await other.close();
    await page.reload();
    expect(await page.locator('main form').getByLabel('Email address').inputValue()).toBe('');
    await context.close();
  });

  it('names every wrong field when several are wrong', async () => {
    const context = await browser.newContext({ ...DESKTOP, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site('/newsletter'));
    await page.locator('main form').getByRole('button', { name: 'Subscribe' }).click();
    await page.waitForURL(/result=invalid/);
    expect(new URL(page.url()).searchParams.getAll('field')).toEqual(['email', 'consent']);
    const alert = await page.getByRole('alert').textContent();
    expect(alert).toMatch(/valid email address/);
    expect(alert).toMatch(/Tick the box/);
    await context.close();
  });

  it('never shows text from the address bar as the site\'s own message', async () => {
    const context = await browser.newContext({ ...DESKTOP, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site(`/newsletter?result=unavailable&message=${encodeURIComponent('Our list moved. Sign up at evil.example instead')}`));
    expect(await page.getByRole('alert').textContent()).toMatch(/problem on our side/);
    expect(await page.locator('main').textContent()).not.toContain('evil.example');
    await page.goto(site(`/newsletter?result=invalid&field=${encodeURIComponent('Sign up at evil.example')}&message=evil.example`));
    expect(await page.locator('main').textContent()).not.toContain('evil.example');
    await context.close();
  });

  it('gives back a name cut to its length without breaking a character in two', async () => {
    // 99 letters and an emoji (two UTF-16 units): cutting at 100 units would leave half of it.
    const firstName = `${'a'.repeat(99)}🙂`;
    const response = await fetch(site('/api/newsletter/subscribe'), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email: 'not an address', firstName }),
      redirect: 'manual',
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toMatch(/^\/newsletter\?result=invalid/);
    const cookie = response.headers.get('set-cookie') ?? '';
    const typed = JSON.parse(decodeURIComponent(/newsletter-form=([^;]*)/.exec(cookie)?.[1] ?? '')) as { firstName: string };
    expect(typed.firstName).toBe('a'.repeat(99));
  });

  it('a bot filling the hidden field gets the usual answer and no email is sent', async () => {
    const email = unique('bot');
    const response = await fetch(site('/api/newsletter/subscribe'), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email, consent: 'yes', website: 'https://spam.example' }),
      redirect: 'manual',
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/newsletter?result=ok');
    // With JavaScript, the bot and a person get the very same answer.
    const json = (body: Record<string, unknown>) =>
      fetch(site('/api/newsletter/subscribe'), { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(body) });
    const botAnswer = await json({ email: unique('bot'), consent: true, website: 'https://spam.example' });
    // Any email would have been queued by now; a genuine signup's arrives well within this.
    const genuine = unique('genuine');
    const genuineAnswer = await json({ email: genuine, consent: true });
    expect([botAnswer.status, await botAnswer.json()]).toEqual([genuineAnswer.status, await genuineAnswer.json()]);
    await waitForMail(mailDir(), genuine);
    expect(mailTo(mailDir(), email)).toEqual([]);
  });
});

it('mail programs can unsubscribe in one click (RFC 8058)', async () => {
  const email = unique('oneclick');
  await fetch(site('/api/newsletter/subscribe'), { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify({ email, consent: true }) });
  const mail = await waitForMail(mailDir(), email);
  const target = onSite(mail.listUnsubscribe);
  const response = await fetch(target, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
  expect(response.status).toBe(200);
  expect(await response.text()).toMatch(/unsubscribed/i);
});

it('over the limit for one address, says how long to wait, with and without JavaScript', async () => {
  const email = unique('limited');
  const send = (accept: string) =>
    fetch(site('/api/newsletter/subscribe'), {
      method: 'POST',
      headers: accept === 'json' ? { 'content-type': 'application/json', accept: 'application/json' } : { 'content-type': 'application/x-www-form-urlencoded' },
      body: accept === 'json' ? JSON.stringify({ email, consent: true }) : new URLSearchParams({ email, consent: 'yes' }),
      redirect: 'manual',
    });
  // Five an hour for one address (NEWSLETTER_LIMIT_PER_ADDRESS).
  for (let n = 0; n < 5; n += 1) expect((await send('json')).status).toBe(200);
  const refused = await send('json');
  expect(refused.status).toBe(429);
  const wait = Number(refused.headers.get('retry-after'));
  expect(wait).toBeGreaterThan(0);
  expect(((await refused.json()) as { message: string }).message).toMatch(/from you or for this address.*try again in about \d+ minutes?/);

  const plain = await send('form');
  expect(plain.status).toBe(303);
  const location = plain.headers.get('location') ?? '';
  expect(location).toMatch(/^\/newsletter\?result=limited&wait=\d+$/);
  const page = await browser.newPage();
  await page.goto(site(location));
  expect(await page.getByRole('alert').first().textContent()).toMatch(/from you or for this address in the last hour. Please try again in about \d+ minutes?/);
  await page.close();
});

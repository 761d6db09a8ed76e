import fs from 'node:fs/promises';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { NEWSLETTER_ENV, nextAddress, subscribe, type OptInService } from './helpers/newsletter';
import { cmsDir, requireDist, startStrapi, type TestStrapi } from './helpers/strapi';

/**
 * Setting up the newsletter on a CMS: local development has no SMTP server: the emails are written to cms/.tmp/mail/ as .eml files
 * and their links printed in the log, so a developer can click through the flow.
 */
let cms: TestStrapi;
const mailDir = path.join(cmsDir, '.tmp', 'mail');

beforeAll(async () => {
  cms = await startStrapi({ env: { ...NEWSLETTER_ENV, SMTP_HOST: '' } });
});
afterAll(async () => {
  await cms?.stop();
});

it('writes the email to cms/.tmp/mail and prints its links in the log', async () => {
  const log = vi.spyOn(cms.strapi.log, 'info');
  const email = nextAddress('local');
  expect((await subscribe(cms.url, { email, consent: true })).errors).toBeUndefined();
  await (cms.strapi.service('api::newsletter-signup.opt-in') as unknown as OptInService).idle();

  const files = (await fs.readdir(mailDir)).filter((file) => file.includes(email));
  expect(files).toHaveLength(1);
  const file = path.join(mailDir, files[0]!);
  const mail = await simpleParser(await fs.readFile(file));
  expect(mail.subject).toMatch(/^Confirm your subscription/);
  expect(mail.headerLines.find((header) => header.key === 'list-unsubscribe-post')?.line).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');

  const printed = log.mock.calls.map(([line]) => String(line)).find((line) => line.includes(email))!;
  expect(printed).toContain(`.tmp/mail/${files[0]}`);
  expect(printed).toMatch(new RegExp(`confirm: +${NEWSLETTER_ENV.SITE_URL}/newsletter/confirm\\?token=[A-Za-z0-9_-]{43}`));
  expect(mail.text).toContain(printed.match(/confirm: +(\S+)/)![1]);
  await fs.rm(file);
});

it('gives site settings saved before the consent text existed the default text, once', async () => {
  const { bootstrapNewsletter } = requireDist<typeof import('../src/newsletter')>('src/newsletter/index.js');
  const { DEFAULT_CONSENT_TEXT } = requireDist<typeof import('../src/newsletter/opt-in')>('src/newsletter/opt-in.js');
  const settings = cms.strapi.db.query('api::global.global');
  const global = await settings.create({ data: { siteName: 'Old site', tagline: 'From before', newsletterConsentText: null } });
  await bootstrapNewsletter(cms.strapi);
  expect((await settings.findOne({ where: { id: global.id } })).newsletterConsentText).toBe(DEFAULT_CONSENT_TEXT);
  await settings.update({ where: { id: global.id }, data: { newsletterConsentText: 'An editor’s own words.' } });
  await bootstrapNewsletter(cms.strapi);
  expect((await settings.findOne({ where: { id: global.id } })).newsletterConsentText).toBe('An editor’s own words.');
});

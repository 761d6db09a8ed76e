import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DESKTOP, launchBrowser, PHONE, site } from './helpers/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it('lists upcoming events first and marks past ones', async () => {
  const page = await browser.newPage(DESKTOP);
  await page.goto(site('/events'));
  const upcoming = page.locator('section[aria-labelledby="upcoming-heading"] article');
  const past = page.locator('#past article');
  expect(await upcoming.count()).toBe(4);
  expect(await past.count()).toBe(3);
  for (const label of await past.locator('.eyebrow').allTextContents()) expect(label).toMatch(/^Past event/);
  const headings = await page.locator('h2').allTextContents();
  expect(headings.indexOf('Upcoming')).toBeLessThan(headings.indexOf('Past events'));
  await page.close();
});

it('shows an event in its own time zone and offers an .ics file for the calendar', async () => {
  const page = await browser.newPage(DESKTOP);
  await page.goto(site('/events'));
  const dublin = page.locator('article', { hasText: 'Learning exchange' });
  await dublin.getByRole('link').first().click();
  await page.waitForURL(/\/events\/[a-z0-9-]+$/);
  const facts = page.locator('.facts');
  expect(await facts.textContent()).toMatch(/14:00 to 15:30 (GMT|IST)/);
  // A readable zone, not the IANA id.
  expect(await facts.textContent()).toMatch(/Times are in Dublin time \((Greenwich Mean|Irish Standard) Time\)\./);
  expect(await facts.textContent()).not.toContain('Europe/');

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Add to calendar' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/\.ics$/);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const ics = Buffer.concat(chunks).toString('utf8');
  expect(ics).toMatch(/^BEGIN:VCALENDAR/);
  expect(ics).toContain('BEGIN:VEVENT');
  expect(ics).toMatch(/SUMMARY:Learning exchange/);
  expect(ics).toMatch(/DTSTART:\d{8}T\d{6}Z/);
  await page.close();
});

it('serves a 404 for the calendar file of an unknown event', async () => {
  const response = await fetch(site('/calendar/no-such-event.ics'));
  expect(response.status).toBe(404);
});

it('puts the facts and Register right after the summary on a phone, before the description', async () => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await page.goto(site('/events/service-design-clinic-manchester'));
  const register = await page.getByRole('link', { name: /^Register/ }).boundingBox();
  const cover = await page.locator('.event .cover').boundingBox();
  const description = await page.locator('.event .prose').first().boundingBox();
  expect(register && cover && description).toBeTruthy();
  expect(register!.y).toBeLessThan(cover!.y);
  expect(register!.y).toBeLessThan(description!.y);
  expect(register!.y + register!.height).toBeLessThan(2 * 844);
  // Screen readers meet the details before the description too.
  const order = await page.locator('.event .side, .event .main').evaluateAll((nodes) => nodes.map((node) => node.className));
  expect(order[0]).toContain('side');
  await context.close();
});

it('keeps the details in the side column on a wide screen', async () => {
  const page = await browser.newPage(DESKTOP);
  await page.goto(site('/events/service-design-clinic-manchester'));
  const side = await page.locator('.event .side').boundingBox();
  const main = await page.locator('.event .main').boundingBox();
  expect(side!.x).toBeGreaterThan(main!.x + main!.width);
  expect(Math.abs(side!.y - main!.y)).toBeLessThan(2);
  await page.close();
});

it('folds calendar files at 75 octets, not 75 characters (RFC 5545)', async () => {
  // The summary's dash and the venue's apostrophe take 3 octets each in UTF-8.
  const ics = await (await fetch(site('/calendar/round-table-collaboration-when-nobody-is-in-charge.ics'))).text();
  expect(ics.replace(/\r\n[ \t]/g, '')).toContain('voluntary sector – candid');
  expect(ics.split('\r\n').filter((line) => Buffer.byteLength(line, 'utf8') > 75)).toEqual([]);
});

it('names the venue once, on the page and in the calendar file', async () => {
  const page = await browser.newPage(DESKTOP);
  await page.goto(site('/events/service-design-clinic-manchester'));
  const where = (await page.locator('.facts').textContent()) ?? '';
  expect(where.match(/The Mill Room/g)).toHaveLength(1);
  expect(where).toContain('41 Ancoats Wharf');
  await page.close();

  const ics = await (await fetch(site('/calendar/service-design-clinic-manchester.ics'))).text();
  const location = ics.replace(/\r\n[ \t]/g, '').match(/^LOCATION:(.*)$/m)?.[1] ?? '';
  expect(location).toMatch(/^The Mill Room\\, 41 Ancoats Wharf/);
  expect(location.match(/Mill Room/g)).toHaveLength(1);
});

it('gives the link to join an online event with its facts, as its calendar file does', async () => {
  const page = await browser.newPage(DESKTOP);
  await page.goto(site('/events/coffee-morning-for-new-public-service-leaders'));
  const join = page.locator('.event .side').getByRole('link', { name: /^Join online/ });
  expect(await join.getAttribute('href')).toBe('https://meet.example.org/kestrel/new-leaders-coffee');
  const ics = await (await fetch(site('/calendar/coffee-morning-for-new-public-service-leaders.ics'))).text();
  expect(ics.replace(/\r\n[ \t]/g, '')).toContain('Join online: https://meet.example.org/kestrel/new-leaders-coffee');
  await page.close();
});

it('spaces past events as it spaces upcoming ones', async () => {
  const page = await browser.newPage(DESKTOP);
  await page.goto(site('/events'));
  const gaps = async (list: string) =>
    page.locator(`section[aria-labelledby="${list}"] ul.events`).evaluate((ul) => {
      const cards = [...ul.querySelectorAll(':scope > li > article')].map((card) => card.getBoundingClientRect());
      return { first: cards[0]!.top - ul.getBoundingClientRect().top, between: cards[1]!.top - cards[0]!.bottom };
    });
  expect(await gaps('past-heading')).toEqual(await gaps('upcoming-heading'));
  await page.close();
});

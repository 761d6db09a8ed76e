import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DESKTOP, launchBrowser, site } from './helpers/browser';

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
  expect(await facts.textContent()).toMatch(/Times are in Europe\/Dublin time/);

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

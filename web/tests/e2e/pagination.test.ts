import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { adminToken, deleteArticle, deleteEvent, publishArticle, publishPastEvent } from './helpers/admin';
import { DESKTOP, gotoHydrated, launchBrowser, PHONE, publishedTotals, site } from './helpers/browser';

/**
 * Paging through insights, 12 a page, with real links (no JavaScript needed): the demo content
 * has fewer than 12, so the test publishes a few more through the admin API and removes them after.
 */
let browser: Browser;
let token: string;
const extra: string[] = [];
const extraEvents: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  token = await adminToken();
  const missing = Math.max(0, 14 - (await publishedTotals()).articles);
  for (let n = 1; n <= missing; n += 1) extra.push(await publishArticle(token, `Pagination probe ${n}`));
});
afterAll(async () => {
  await browser?.close();
  for (const documentId of extra) await deleteArticle(token, documentId);
  for (const documentId of extraEvents) await deleteEvent(token, documentId);
});

it('pages through the insights with numbered, previous and next links, without JavaScript', async () => {
  const total = (await publishedTotals()).articles;
  const context = await browser.newContext({ ...DESKTOP, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(site('/insights'));
  expect(await page.locator('.grid-cards > li').count()).toBe(12);
  const pages = page.getByRole('navigation', { name: 'Insights pages' });
  expect(await pages.getByRole('link', { name: 'Page 1' }).getAttribute('aria-current')).toBe('page');
  await pages.getByRole('link', { name: /Older/ }).click();
  await page.waitForURL(/page=2/);
  expect(await page.locator('.grid-cards > li').count()).toBe(total - 12);
  expect(await page.locator('.count').textContent()).toMatch(new RegExp(`${total} insights, page 2 of 2`));
  const titles = new Set(await page.locator('.grid-cards h2').allTextContents());
  await page.getByRole('navigation', { name: 'Insights pages' }).getByRole('link', { name: /Newer/ }).click();
  await page.waitForURL((url) => !url.search.includes('page='));
  for (const title of await page.locator('.grid-cards h2').allTextContents()) expect(titles.has(title)).toBe(false);
  expect((await page.goto(site('/insights?page=3')))?.status()).toBe(404);
  await context.close();
});

it('with JavaScript, retitles the page and shows the new list on paging and filtering, and restores the position going back', async () => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await gotoHydrated(page, site('/insights'));
  expect(await page.title()).toBe('Insights | Kestrel & Co');
  const older = page.getByRole('navigation', { name: 'Insights pages' }).getByRole('link', { name: /Older/ });
  await older.scrollIntoViewIfNeeded();
  const scrolledTo = await page.evaluate(() => window.scrollY);
  expect(scrolledTo).toBeGreaterThan(0);
  await older.click();
  await page.waitForURL(/page=2/);
  await expect.poll(() => page.title()).toBe('Insights, page 2 | Kestrel & Co');
  const firstCardInView = () =>
    page.locator('.grid-cards > li').first().evaluate((card) => {
      const box = card.getBoundingClientRect();
      return box.top >= 0 && box.top < window.innerHeight;
    });
  await expect.poll(firstCardInView).toBe(true);

  await page.goBack();
  await page.waitForURL((url) => !url.search.includes('page='));
  await expect.poll(() => page.title()).toBe('Insights | Kestrel & Co');
  // Back where "Older" was tapped (give or take a line that settles after the list re-renders).
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolledTo - 80);
  expect(await page.evaluate(() => window.scrollY)).toBeLessThan(scrolledTo + 80);

  await page.goForward();
  await page.waitForURL(/page=2/);
  const topic = page.getByRole('navigation', { name: 'Topics' }).getByRole('link').nth(1);
  const topicName = (await topic.textContent())?.trim() ?? '';
  await topic.click();
  await page.waitForURL(/topic=/);
  await expect.poll(() => page.title()).toBe(`Insights on ${topicName.toLowerCase()} | Kestrel & Co`);
  await expect.poll(firstCardInView).toBe(true);
  await context.close();
});

it('retitles the events page when paging through past events in the browser', async () => {
  // Twelve past events a page: thirteen more, long past, make a second page whatever the demo has.
  for (let n = 1; n <= 13; n += 1) extraEvents.push(await publishPastEvent(token, `Paging probe event ${n}`, `2001-01-${String(n).padStart(2, '0')}`));
  const context = await browser.newContext(DESKTOP);
  const page = await context.newPage();
  await gotoHydrated(page, site('/events'));
  expect(await page.title()).toBe('Events | Kestrel & Co');
  await page.getByRole('navigation', { name: 'Pages of past events' }).getByRole('link', { name: 'Page 2', exact: true }).click();
  await page.waitForURL(/page=2/);
  await expect.poll(() => page.locator('#past').getByRole('heading', { name: 'Paging probe event 1', exact: true }).count()).toBe(1);
  await expect.poll(() => page.title()).toBe('Events, page 2 | Kestrel & Co');
  await page.goBack();
  await page.waitForURL((url) => !url.search.includes('page='));
  await expect.poll(() => page.title()).toBe('Events | Kestrel & Co');
  await context.close();
});

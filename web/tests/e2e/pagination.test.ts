import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { adminToken, deleteArticle, publishArticle } from './helpers/admin';
import { DESKTOP, gotoHydrated, launchBrowser, PHONE, publishedTotals, site } from './helpers/browser';

/**
 * Paging through insights, 12 a page, with real links (no JavaScript needed): the demo content
 * has fewer than 12, so the test publishes a few more through the admin API and removes them after.
 */
let browser: Browser;
let token: string;
const extra: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  token = await adminToken();
  const missing = Math.max(0, 14 - (await publishedTotals()).articles);
  for (let n = 1; n <= missing; n += 1) extra.push(await publishArticle(token, `Pagination probe ${n}`));
});
afterAll(async () => {
  await browser?.close();
  for (const documentId of extra) await deleteArticle(token, documentId);
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

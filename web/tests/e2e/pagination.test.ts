import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { adminToken, deleteArticle, publishArticle } from './helpers/admin';
import { DESKTOP, launchBrowser, publishedTotals, site } from './helpers/browser';

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

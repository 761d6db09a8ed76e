import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { adminApi, adminToken, ARTICLES, deleteArticle, publishArticle } from './helpers/admin';
import { launchBrowser, PHONE, site } from './helpers/browser';

/**
 * Old addresses keep working: a link shared before an editor changed a published slug, and an
 * address an editor redirected by hand, lead to the page as it is now, with or without JavaScript.
 */
const REDIRECTS = '/content-manager/collection-types/api::redirect.redirect';
let browser: Browser;
let token: string;
const made: { articles: string[]; redirects: string[] } = { articles: [], redirects: [] };

beforeAll(async () => {
  browser = await launchBrowser();
  token = await adminToken();
});
afterAll(async () => {
  for (const documentId of made.articles) await deleteArticle(token, documentId);
  for (const documentId of made.redirects) await adminApi(`${REDIRECTS}/${documentId}`, token, { method: 'DELETE' }).catch(() => undefined);
  await browser?.close();
});

const location = async (path: string) => {
  const response = await fetch(site(path), { redirect: 'manual' });
  return response.status === 301 ? response.headers.get('location') : `${response.status}`;
};

it('sends a link to a renamed article on to its new address, keeping the query string', async () => {
  const documentId = await publishArticle(token, 'Mapping who decides what');
  made.articles.push(documentId);
  const shared = '/insights/mapping-who-decides-what';
  expect((await fetch(site(shared))).status).toBe(200);

  await adminApi(`${ARTICLES}/${documentId}`, token, { method: 'PUT', body: { slug: 'decision-rights-mapped' } });
  await adminApi(`${ARTICLES}/${documentId}/actions/publish`, token, { method: 'POST', body: {} });
  await expect.poll(() => location(shared)).toBe('/insights/decision-rights-mapped');
  expect(await location(`${shared}/?utm_source=linkedin`)).toBe('/insights/decision-rights-mapped?utm_source=linkedin');

  // A reader without JavaScript following the old link lands on the article.
  const context = await browser.newContext({ ...PHONE, javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto(site(shared));
  expect(response?.status()).toBe(200);
  expect(new URL(page.url()).pathname).toBe('/insights/decision-rights-mapped');
  expect(await page.locator('h1').textContent()).toBe('Mapping who decides what');
  await context.close();
});

it('follows an editor’s redirect from an old address until it is removed', async () => {
  const created = await adminApi(REDIRECTS, token, { method: 'POST', body: { path: '/blog/how-we-work', target: '/team' } });
  made.redirects.push(created.data.documentId);
  await expect.poll(() => location('/blog/how-we-work')).toBe('/team');
  const head = await fetch(site('/blog/how-we-work/'), { method: 'HEAD', redirect: 'manual' });
  expect(head.status).toBe(301);
  // Not cached for good by browsers, so removing it takes effect.
  expect(head.headers.get('cache-control')).toBe('public, max-age=600');
  expect(await location('/blog/something-else')).toBe('404');

  await adminApi(`${REDIRECTS}/${created.data.documentId}`, token, { method: 'DELETE' });
  await expect.poll(() => location('/blog/how-we-work')).toBe('404');
});

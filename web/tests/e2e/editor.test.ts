import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { adminApi, adminToken, ARTICLES } from './helpers/admin';
import { DESKTOP, launchBrowser, site, stack } from './helpers/browser';

/**
 * An editor's whole path, as a person does it in the Strapi admin: log in with the Editor
 * role, write an article with a cover image and its alternative text, open the preview on the
 * real site, publish, and find the article live on the public site (its cache purged by the
 * CMS's webhook).
 */
let browser: Browser;
const editor = { email: 'editor.e2e@kestrel.example', password: 'Editor-e2e-Pass-42' };

/** An Editor account, invited and registered through the admin API by the demo super admin. */
const createEditor = async () => {
  const { cmsUrl } = stack();
  const token = await adminToken();
  const roles = (await adminApi('/admin/roles', token)).data as { id: number; code: string }[];
  const role = roles.find((candidate) => candidate.code === 'strapi-editor')!;
  const invited = (await adminApi('/admin/users', token, { method: 'POST', body: { firstname: 'Eve', lastname: 'Editor', email: editor.email, roles: [role.id] } })).data;
  const register = await fetch(`${cmsUrl}/admin/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ registrationToken: invited.registrationToken, userInfo: { firstname: 'Eve', lastname: 'Editor', password: editor.password } }),
  });
  expect(register.status).toBe(200);
};

beforeAll(async () => {
  browser = await launchBrowser();
  await createEditor();
});
afterAll(async () => {
  await browser?.close();
  // Leave the shared demo content as it was for the other test files (the webhook purges the site).
  const token = await adminToken();
  const { results } = (await adminApi(`${ARTICLES}?filters[$and][0][slug][$eq]=trust-is-built-in-small-repeated-acts`, token)) as { results: { documentId: string }[] };
  for (const { documentId } of results) await adminApi(`${ARTICLES}/${documentId}`, token, { method: 'DELETE' });
});

it('an editor writes an article with a described cover, previews it on the site, publishes it and finds it live', async () => {
  const { cmsUrl } = stack();
  const title = 'Trust is built in small, repeated acts';

  // A cover image to upload, drawn by the browser itself.
  const coverFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'e2e-cover-')), 'trust-cover.png');
  const painter = await browser.newPage({ viewport: { width: 1200, height: 750 } });
  await painter.setContent('<body style="margin:0;background:linear-gradient(160deg,#0d5c58,#b7791f)"></body>');
  await painter.screenshot({ path: coverFile });
  await painter.close();

  // Before: the site does not know the article.
  expect((await fetch(site('/insights/trust-is-built-in-small-repeated-acts'))).status).toBe(404);
  expect(await (await fetch(site('/insights'))).text()).not.toContain(title);

  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(`${cmsUrl}/admin`);
  await page.getByLabel('Email').fill(editor.email);
  await page.getByLabel('Password').fill(editor.password);
  await page.getByRole('button', { name: /log ?in/i }).click();
  await page.getByRole('link', { name: 'Content Manager' }).waitFor();
  // Strapi's developer tour is switched off before anything renders.
  expect(JSON.parse((await page.evaluate(() => window.localStorage.getItem('STRAPI_GUIDED_TOUR'))) ?? '{}')).toMatchObject({ enabled: false });
  // Dates as the team writes them: "20 November 2026", not Strapi's American "November 20, 2026".
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-GB');
  await page.goto(`${cmsUrl}/admin/content-manager/collection-types/api::article.article`);
  const firstRow = page.locator('tbody tr').first();
  await firstRow.waitFor();
  expect(await firstRow.textContent()).toMatch(/\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/);

  await page.goto(`${cmsUrl}/admin/content-manager/collection-types/api::article.article/create`);
  await page.getByLabel('Title*').fill(title);
  await page.getByLabel('Excerpt*').fill('Nobody trusts a partnership because of its terms of reference. They trust it because of what happened last Tuesday.');

  // Cover: upload, describe it (alternative text), select it.
  await page.getByRole('button', { name: /Click to add an asset/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Add more assets' }).click();
  await page.locator('input[type=file]').first().setInputFiles(coverFile);
  await page.getByRole('dialog').getByRole('button', { name: 'Edit', exact: true }).click();
  await page.getByRole('dialog').last().getByLabel('Alternative text').fill('A diagonal wash from deep teal to ochre');
  await page.getByRole('dialog').last().getByRole('button', { name: 'Finish' }).click();
  await page.getByRole('dialog').getByRole('button', { name: /Upload 1 asset/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Finish' }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });

  await page.locator('[contenteditable="true"]').first().click();
  await page.keyboard.type('Trust is built in small, repeated acts: the call returned, the meeting note sent the same day.');
  await page.getByRole('combobox', { name: /Authors/ }).click();
  await page.getByRole('option', { name: /Amara Osei/ }).click();

  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Saved document').waitFor();
  // The slug was made from the title on save.
  await expect.poll(() => page.getByLabel('Slug (page address)*').inputValue()).toBe('trust-is-built-in-small-repeated-acts');

  // Preview: the draft in the site's real layout, inside the admin.
  await page.getByRole('link', { name: 'Open preview' }).click();
  const preview = page.frameLocator('iframe').first();
  await preview.getByRole('heading', { level: 1, name: title }).waitFor({ timeout: 20_000 });
  expect(await preview.locator('.preview-banner').textContent()).toMatch(/draft/i);
  expect(await preview.locator('figure.cover img').getAttribute('alt')).toBe('A diagonal wash from deep teal to ochre');
  await page.goBack();

  await page.getByRole('button', { name: 'Publish' }).click();
  await page.getByText(/Published document/i).waitFor();
  await page.close();

  // Live on the public site, without waiting for the cache to expire.
  await expect.poll(async () => (await fetch(site('/insights/trust-is-built-in-small-repeated-acts'))).status, { timeout: 10_000 }).toBe(200);
  await expect.poll(async () => (await (await fetch(site('/insights'))).text()).includes(title), { timeout: 10_000 }).toBe(true);
  const reader = await browser.newPage(DESKTOP);
  await reader.goto(site('/insights/trust-is-built-in-small-repeated-acts'));
  expect(await reader.locator('h1').textContent()).toBe(title);
  expect(await reader.locator('.byline').textContent()).toContain('Amara Osei');
  expect(await reader.locator('figure.cover img').getAttribute('alt')).toBe('A diagonal wash from deep teal to ochre');
  await reader.close();
});

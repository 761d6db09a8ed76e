import { afterAll, beforeAll, expect, it } from 'vitest';
import { gotoHydrated, launchBrowser, PHONE, stack } from './helpers/browser';
import { freePort, type Service } from './helpers/processes';
import { startSite } from './helpers/stack';
import { startSwitchProxy } from './helpers/switch-proxy';

/**
 * When the CMS goes down, pages already in the site's cache keep being served; a page that was
 * never cached gets the styled 503 page, never a stack trace.
 */
let site: Service;
let siteUrl: string;
let proxy: Awaited<ReturnType<typeof startSwitchProxy>>;

beforeAll(async () => {
  const { cmsUrl, secrets } = stack();
  const cms = new URL(cmsUrl);
  proxy = await startSwitchProxy({ host: cms.hostname, port: Number(cms.port) });
  const port = await freePort();
  siteUrl = `http://127.0.0.1:${port}`;
  site = await startSite({ port, cmsUrl: proxy.url, publicCmsUrl: cmsUrl, secrets });
});
afterAll(async () => {
  await site?.stop();
  await proxy?.close();
});

it('keeps serving cached pages while the CMS is unreachable, and a styled 503 for the rest', async () => {
  const cachedPaths = ['/', '/insights', '/insights/listening-before-fixing'];
  const before = new Map<string, string>();
  for (const path of cachedPaths) {
    const response = await fetch(`${siteUrl}${path}`);
    expect(response.status, path).toBe(200);
    before.set(path, await response.text());
  }

  proxy.cut();

  for (const path of cachedPaths) {
    const response = await fetch(`${siteUrl}${path}`);
    expect(response.status, path).toBe(200);
    expect(await response.text()).toBe(before.get(path));
  }

  const uncached = await fetch(`${siteUrl}/events`, { headers: { accept: 'text/html' } });
  expect(uncached.status).toBe(503);
  const html = await uncached.text();
  expect(html).toContain('Back shortly');
  expect(html).toContain('Our content service is not answering just now');
  expect(html).not.toMatch(/\s{4}at |node_modules|ECONNREFUSED/);

  // A signup while the CMS is away: no field is wrong, so the error itself is the alert, and has the focus.
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage(PHONE);
    await gotoHydrated(page, `${siteUrl}/insights/listening-before-fixing`);
    const form = page.locator('.newsletter-inline form');
    await form.getByLabel('Email address').fill('while.away@example.org');
    await form.getByRole('checkbox').check();
    await form.getByRole('button', { name: 'Subscribe' }).click();
    const alert = form.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/problem on our side/);
    expect(await alert.evaluate((element) => element === document.activeElement)).toBe(true);
  } finally {
    await browser.close();
  }
});

import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { inject } from 'vitest';

/** Debian's Chromium (CHROMIUM_PATH or /usr/bin/chromium), headless, with the network quiet. */
export const launchBrowser = (): Promise<Browser> => {
  const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((candidate) => candidate && existsSync(candidate));
  if (!executablePath) throw new Error("Chromium was not found: install Debian's chromium package or set CHROMIUM_PATH.");
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
};

export const stack = () => inject('stack');
export const site = (path = '/') => `${stack().siteUrl}${path}`;

export const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 900 } };

/** Serious and critical accessibility problems axe finds on the page (WCAG 2.1 A and AA). */
export const seriousViolations = async (page: Page) => {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
};

/** Where the page-type screenshots go (named in the README). */
export const SCREENSHOT_DIR = path.resolve(import.meta.dirname, '../../../../test-results/screenshots');

export const screenshot = async (page: Page, name: string) => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  // Load lazy images before a full-page shot.
  await page.evaluate(async () => {
    for (const img of Array.from(document.images)) img.loading = 'eager';
    await Promise.all(Array.from(document.images).map((img) => (img.complete ? null : new Promise((resolve) => img.addEventListener('load', resolve, { once: true })))));
  });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
};

/** Totals of published content, asked of the CMS itself, for tests that compare counts. */
export const publishedTotals = async () => {
  const response = await fetch(`${stack().cmsUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: '{ articles_connection { pageInfo { total } } teamMembers_connection { pageInfo { total } } events_connection { pageInfo { total } } }',
    }),
  });
  const { data } = (await response.json()) as { data: Record<string, { pageInfo: { total: number } }> };
  return { articles: data.articles_connection!.pageInfo.total, members: data.teamMembers_connection!.pageInfo.total, events: data.events_connection!.pageInfo.total };
};

/** Opens a page and waits until its scripts have loaded and the app has hydrated. */
export const gotoHydrated = async (page: Page, url: string) => {
  await page.goto(url, { waitUntil: 'networkidle' });
};

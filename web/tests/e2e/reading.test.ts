import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchBrowser, PHONE, publishedTotals, site, gotoHydrated } from './helpers/browser';

/** A reader's journeys through the built site and the real CMS with the demo content. */
let browser: Browser;
/** Waits for the page's h1 to read `text` (client-side navigation renders after the URL changes). */
const heading = (page: Page, text: string) => page.getByRole('heading', { level: 1, name: text, exact: true }).waitFor({ timeout: 10_000 });

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('with JavaScript', () => {
  it('goes home → insights → article → author → back', async () => {
    const page = await browser.newPage(DESKTOP);
    await gotoHydrated(page, site('/'));
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('h1').textContent()).toMatch(/public services/);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Insights' }).click();
    await page.waitForURL(/\/insights$/);
    await heading(page, 'Insights');

    await page.getByRole('link', { name: 'A team charter people actually use' }).click();
    await page.waitForURL(/\/insights\/team-charter-people-actually-use$/);
    await heading(page, 'A team charter people actually use');
    expect(await page.locator('.standfirst').textContent()).toMatch(/Team charters have a reputation/);
    expect(await page.locator('.byline').textContent()).toMatch(/Hannah Wójcik/);
    expect(await page.locator('.body pre').count()).toBe(1);

    await page.locator('.byline').getByRole('link', { name: 'Hannah Wójcik' }).click();
    await page.waitForURL(/\/team\/hannah-wojcik$/);
    await heading(page, 'Hannah Wójcik');
    expect(await page.locator('#member-insights').textContent()).toBe('Insights by Hannah Wójcik');
    expect(await page.locator('#insights').getByRole('link', { name: 'A team charter people actually use' }).count()).toBe(1);

    await page.goBack();
    await page.waitForURL(/\/insights\/team-charter-people-actually-use$/);
    await heading(page, 'A team charter people actually use');
    await page.close();
  });

  it('filters by topic, searches and keeps both in shareable URLs', async () => {
    const page = await browser.newPage(DESKTOP);
    await gotoHydrated(page, site('/insights'));
    const total = await page.locator('.grid-cards > li').count();
    expect(total).toBe(Math.min(12, (await publishedTotals()).articles));

    await page.getByRole('navigation', { name: 'Topics' }).getByRole('link', { name: 'Learning and evaluation' }).click();
    await page.waitForURL(/topic=learning-and-evaluation/);
    await heading(page, 'Insights on learning and evaluation');
    // The list refetches in the browser after the client-side navigation.
    await expect.poll(() => page.locator('.grid-cards > li').count()).toBeLessThan(total);
    expect(await page.locator('.grid-cards > li').count()).toBeGreaterThan(0);

    await page.getByLabel('Search insights').fill('charter');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/q=charter/);
    expect(page.url()).toContain('topic=learning-and-evaluation');

    await page.goto(site('/insights?q=charter'));
    const titles = await page.locator('.grid-cards h2').allTextContents();
    expect(titles).toContain('A team charter people actually use');
    expect(await page.locator('.count').textContent()).toMatch(/matching “charter”/);

    await page.goto(site('/insights?q=zzzz-nothing-matches'));
    expect(await page.getByRole('heading', { name: 'No insights match' }).count()).toBe(1);
    await page.close();
  });

  it('answers an unknown address with a real 404 page', async () => {
    const page = await browser.newPage(DESKTOP);
    for (const path of ['/insights/no-such-insight', '/team/nobody', '/events/never', '/no/such/page', '/insights?page=99']) {
      const response = await page.goto(site(path));
      expect(response?.status(), path).toBe(404);
      expect(await page.locator('h1').textContent()).toBe('Page not found');
      expect(await page.getByRole('link', { name: 'Browse our insights' }).count()).toBe(1);
    }
    await page.close();
  });
});

describe('hydration', () => {
  it('reuses what the server fetched: no GraphQL request on load, one on moving to another page', async () => {
    const page = await browser.newPage(PHONE);
    const graphqlRequests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/graphql') graphqlRequests.push(request.url());
    });
    for (const path of ['/', '/insights', '/insights/listening-before-fixing', '/events']) {
      await gotoHydrated(page, site(path));
      // The results travel as JSON in the page, not as a second request from the browser.
      const data = await page.locator('script#urql-data').textContent();
      expect(Object.keys(JSON.parse(data ?? '{}')).length).toBeGreaterThan(0);
    }
    expect(graphqlRequests).toEqual([]);

    // Client-side navigation asks the CMS itself.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Insights' }).click();
    await page.waitForURL(/\/insights$/);
    await heading(page, 'Insights');
    await page.getByRole('link', { name: 'A team charter people actually use' }).click();
    await heading(page, 'A team charter people actually use');
    expect(graphqlRequests.length).toBeGreaterThan(0);
    await page.close();
  });

  it('keeps the server’s dates: hydrating makes no date formatter; a page rendered in the browser makes its own', async () => {
    const page = await browser.newPage(PHONE);
    // Counts Intl.DateTimeFormat constructions in the page (the costly part of formatting a date).
    await page.addInitScript(() => {
      const counted = window as unknown as { formattersMade: number };
      counted.formattersMade = 0;
      Intl.DateTimeFormat = new Proxy(Intl.DateTimeFormat, {
        construct(target, args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
          counted.formattersMade += 1;
          return new target(...args);
        },
      });
    });
    const formattersMade = () => page.evaluate(() => (window as unknown as { formattersMade: number }).formattersMade);
    const longDate = /^\d{1,2} [A-Z][a-z]+ \d{4}$/;

    await gotoHydrated(page, site('/events/coffee-morning-for-new-public-service-leaders'));
    expect(await page.locator('.facts time').textContent()).toMatch(/^[A-Z][a-z]+day \d{1,2} [A-Z][a-z]+ \d{4}, \d\d:\d\d to \d\d:\d\d \S+$/);
    expect(await formattersMade()).toBe(0);
    await gotoHydrated(page, site('/insights/listening-before-fixing'));
    const time = page.locator('article header time');
    expect(await time.textContent()).toMatch(longDate);
    expect(await formattersMade()).toBe(0);

    // A hydrated link (a topic tag) moves to the list in the browser: its cards, dates included,
    // are rendered there, in the same document.
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    await page.locator('article header .tags a').first().click();
    await page.waitForURL(/\/insights\?topic=/);
    await page.getByRole('heading', { level: 1, name: /^Insights on / }).waitFor({ timeout: 10_000 });
    const cardDates = page.locator('.grid-cards time');
    await expect.poll(() => cardDates.count()).toBeGreaterThan(1);
    for (const text of await cardDates.allTextContents()) expect(text).toMatch(longDate);
    expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
    expect(await formattersMade()).toBeGreaterThan(0);
    await page.close();
  });

  it('fetches no stylesheet whose styles the page already carries inline; a page rendered in the browser brings its own', async () => {
    const page = await browser.newPage(PHONE);
    const stylesheets: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'stylesheet') stylesheets.push(new URL(request.url()).pathname);
    });
    await gotoHydrated(page, site('/insights/listening-before-fixing'));
    await page.waitForLoadState('networkidle');
    expect(stylesheets).toEqual([]);
    // The components' styles are in force after hydration all the same.
    expect(await page.locator('.byline').evaluate((element) => getComputedStyle(element).display)).toBe('flex');

    // The event list's cards were not on the article page: their stylesheet comes with them.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Events' }).click();
    await heading(page, 'Events');
    expect(await page.locator('article.event').first().evaluate((element) => getComputedStyle(element).display)).toBe('grid');
    expect(stylesheets.some((path) => /\/EventCard\.[\w-]+\.css$/.test(path))).toBe(true);
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('serves the list and an article complete from the server', async () => {
    const context = await browser.newContext({ ...PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site('/insights?topic=organisation-development'));
    expect(await page.locator('.grid-cards > li').count()).toBeGreaterThan(0);
    await page.getByRole('link', { name: /Listening before fixing/ }).first().click();
    await page.waitForURL(/\/insights\/listening-before-fixing$/);
    expect(await page.locator('.body h2').count()).toBeGreaterThan(2);
    expect(await page.locator('.body ol li').count()).toBe(4);
    expect(await page.locator('.body blockquote').count()).toBe(1);
    expect(await page.locator('.share a').count()).toBe(3);
    expect(await page.locator('figure.cover img').getAttribute('alt')).toMatch(/Abstract illustration/);
    expect(await page.locator('figure.cover img').getAttribute('srcset')).toMatch(/ 500w, .* 1600w$/);
    await context.close();
  });

  it('searches with a plain form submission', async () => {
    const context = await browser.newContext({ ...DESKTOP, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site('/insights'));
    await page.getByLabel('Search insights').fill('evaluation');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/q=evaluation/);
    expect(await page.locator('.grid-cards > li').count()).toBeGreaterThan(0);
    await context.close();
  });
});

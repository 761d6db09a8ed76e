import type { Browser, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FALLBACKS } from '../../modules/font-fallbacks';
import { DESKTOP, launchBrowser, PHONE, screenshot, seriousViolations, site, stack } from './helpers/browser';

/**
 * Every page type: no serious or critical accessibility violation (axe, WCAG 2.1 AA), and a
 * screenshot at phone and desktop width in test-results/screenshots/.
 */
const PAGE_TYPES = [
  ['home', '/'],
  ['insights', '/insights'],
  ['insights-filtered', '/insights?topic=leadership-in-public-service'],
  ['article', '/insights/listening-before-fixing'],
  ['team', '/team'],
  ['team-member', '/team/amara-osei'],
  ['events', '/events'],
  ['event', '/events/coffee-morning-for-new-public-service-leaders'],
  ['newsletter', '/newsletter'],
  ['newsletter-confirm', '/newsletter/confirm?token=example'],
  ['standing-page', '/accessibility'],
  ['not-found', '/insights/no-such-insight'],
] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each([
  ['phone', PHONE],
  ['desktop', DESKTOP],
] as [string, BrowserContextOptions][])('at %s width', (width, options) => {
  it.each(PAGE_TYPES)('%s has no serious accessibility violation', async (name, path) => {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    await page.goto(site(path));
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, `${name}-${width}`);
    await context.close();
  });
});

it('fits a 320 px screen without sideways scrolling', async () => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  // And the long word of a title, and a search for a whole address, which cannot break at a space.
  const longWords = ['/insights/why-we-stopped-writing-recommendations', `/insights?q=${encodeURIComponent('https://www.gov.uk/government/publications/the-green-book-appraisal-and-evaluation')}`];
  for (const path of [...PAGE_TYPES.map(([, path]) => path), ...longWords]) {
    await page.goto(site(path));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await context.close();
});

it('wraps the long lines of code blocks on a phone instead of hiding them past the edge', async () => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  for (const slug of ['what-a-good-evaluation-question-sounds-like', 'the-agenda-that-changed-a-partnership-board']) {
    await page.goto(site(`/insights/${slug}`));
    const blocks = await page.locator('.prose pre').evaluateAll((nodes) => nodes.map((node) => ({ scroll: node.scrollWidth, client: node.clientWidth })));
    expect(blocks.length, slug).toBeGreaterThan(0);
    for (const block of blocks) expect(block.scroll, slug).toBeLessThanOrEqual(block.client);
  }
  await context.close();
});

it('links one insight to another on this site', async () => {
  const page = await browser.newPage(DESKTOP);
  await page.goto(site('/insights/the-agenda-that-changed-a-partnership-board'));
  const link = page.locator('.prose a', { hasText: 'Partnerships are made in the gaps between meetings' });
  expect(await link.getAttribute('href')).toBe('/insights/partnerships-are-made-between-meetings');
  await link.click();
  await page.waitForURL(/\/insights\/partnerships-are-made-between-meetings$/);
  expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
  await page.close();
});

it('titles each page with what it says, and the site name once', async () => {
  const page = await browser.newPage(DESKTOP);
  await page.goto(site('/'));
  expect((await page.title()).match(/Kestrel & Co/g)).toHaveLength(1);
  await page.goto(site('/insights?q=charter'));
  expect(await page.title()).toMatch(/^(1 insight|\d+ insights) matching “charter” \| Kestrel & Co$/);
  await page.goto(site('/insights?q=no-such-words-anywhere'));
  expect(await page.title()).toBe('No insights matching “no-such-words-anywhere” | Kestrel & Co');
  await page.goto(site('/newsletter/confirm?outcome=invalid'));
  expect(await page.title()).toBe('This link has been used or is incomplete | Kestrel & Co');
  await page.goto(site('/newsletter/unsubscribe?token=example'));
  expect(await page.title()).toBe('Unsubscribe from the newsletter | Kestrel & Co');
  // A portrait is shared as a small square card, not cropped into a wide one.
  await page.goto(site('/team/amara-osei'));
  expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe('summary');
  await page.close();
});

it('tells screen readers the new page’s title after a move within the site, and not on arrival', async () => {
  const page = await browser.newPage(DESKTOP);
  await page.goto(site('/insights'));
  const region = page.locator('[data-route-announcer]');
  await region.waitFor({ state: 'attached' });
  expect(await region.getAttribute('role')).toBe('status');
  expect(await region.textContent()).toBe('');
  await page.locator('header nav').getByRole('link', { name: 'Team', exact: true }).click();
  await page.waitForURL(/\/team$/);
  await expect.poll(() => region.textContent()).toBe('Our team | Kestrel & Co');
  expect(await page.title()).toBe('Our team | Kestrel & Co');
  await page.close();
});

it('prints an article without the newsletter box, the reading list or the footer, and with its links’ addresses', async () => {
  const page = await browser.newPage(DESKTOP);
  await page.goto(site('/insights/what-a-good-evaluation-question-sounds-like'));
  await page.emulateMedia({ media: 'print' });
  expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
  for (const heading of ['Enjoyed this? Get the next one by email', 'Read next']) expect(await page.getByRole('heading', { name: heading }).isVisible(), heading).toBe(false);
  expect(await page.locator('footer.site-footer').isVisible()).toBe(false);
  const external = page.locator('.body a', { hasText: 'guidance on evaluation' });
  expect(await external.evaluate((node) => getComputedStyle(node, '::after').content)).toContain('https://www.gov.uk/government/publications/the-magenta-book');
  await page.close();
});

it('keeps the current section and filter marked in forced colours (Windows high contrast)', async () => {
  const page = await browser.newPage(DESKTOP);
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto(site('/insights'));
  const underline = (name: string) => page.locator('header nav').getByRole('link', { name, exact: true }).evaluate((node) => getComputedStyle(node).borderBottomColor);
  expect(await underline('Insights')).not.toBe(await underline('Events'));
  const pill = (name: string) => page.getByRole('link', { name, exact: true }).first().evaluate((node) => getComputedStyle(node).backgroundColor);
  const topic = await page.locator('.tag:not([aria-current])').first().textContent();
  expect(await pill('All topics')).not.toBe(await pill(topic!.trim()));
  await page.close();
});

it('has a title, description, canonical URL, share card and structured data on content pages', async () => {
  const page = await browser.newPage(DESKTOP);
  await page.goto(site('/insights/listening-before-fixing'));
  expect(await page.title()).toMatch(/\| Kestrel & Co$/);
  expect(await page.locator('meta[name="description"]').getAttribute('content')).toBeTruthy();
  expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(site('/insights/listening-before-fixing'));
  expect(await page.locator('meta[property="og:image"]').getAttribute('content')).toMatch(/^http.*\/uploads\/.+\.jpg$/);
  expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe('summary_large_image');
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '{}');
  expect(jsonLd).toMatchObject({ '@type': 'Article', author: [{ '@type': 'Person', name: 'Amara Osei' }] });

  await page.goto(site('/events/coffee-morning-for-new-public-service-leaders'));
  const eventLd = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '{}');
  expect(eventLd).toMatchObject({ '@type': 'Event', eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode' });

  await page.goto(site('/'));
  const orgLd = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '{}');
  expect(orgLd).toMatchObject({ '@type': 'Organization', name: 'Kestrel & Co' });
  await page.close();
});

it('gives pages without a picture of their own the site’s share image, and pages with one their own', async () => {
  const page = await browser.newPage(DESKTOP);
  const siteImage = /^http.*\/uploads\/(\w+_)?share_kestrel_and_co_\w+\.jpg$/;
  for (const path of ['/insights', '/events', '/team', '/newsletter']) {
    await page.goto(site(path));
    expect(await page.locator('meta[property="og:image"]').getAttribute('content'), path).toMatch(siteImage);
    expect(await page.locator('meta[property="og:image:alt"]').getAttribute('content'), path).toMatch(/^Abstract illustration: ochre, sage and cream arches/);
    expect(await page.locator('meta[name="twitter:card"]').getAttribute('content'), path).toBe('summary_large_image');
  }
  await page.goto(site('/insights/listening-before-fixing'));
  expect(await page.locator('meta[property="og:image"]').getAttribute('content')).toMatch(/cover_listening_before_fixing/);
  await page.close();
});

it('keeps the text in place when the reading font arrives after the first paint', async () => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  // Hold the web font back until the page has painted in the fallback.
  let releaseFont = () => {};
  const fontHeld = new Promise<void>((resolve) => {
    releaseFont = resolve;
  });
  await page.route(/\.woff2$/, async (route) => {
    await fontHeld;
    await route.continue();
  });
  await page.addInitScript(() => {
    const shifts: number[] = [];
    Object.assign(window, { __shifts: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(site('/insights/listening-before-fixing'), { waitUntil: 'domcontentloaded' });
  const readingFont = () => page.evaluate(() => document.fonts.check('1em "Source Serif 4 Variable"'));
  const positions = () => page.evaluate(() => ['h1', '.standfirst', '.byline', '.body p:last-of-type'].map((selector) => Math.round(document.querySelector(selector)!.getBoundingClientRect().top)));
  expect(await readingFont()).toBe(false);
  // The fallbacks are local fonts: this machine needs one (Debian: fonts-liberation).
  const localSerif = await page.evaluate(async (names) => {
    for (const name of names) {
      if (await new FontFace('probe', `local("${name}")`).load().then(() => true, () => false)) return name;
    }
    return null;
  }, FALLBACKS.map((fallback) => fallback.local));
  expect(localSerif, 'a local serif the fallback faces are sized for').not.toBeNull();
  const before = await positions();

  releaseFont();
  await page.evaluate(() => document.fonts.ready);
  await expect.poll(readingFont).toBe(true);
  const after = await positions();
  // Set in a fallback sized like Source Serif 4 (Liberation Serif on Debian), every block stays
  // within a few pixels; at the fallback's own size the byline moved 68 px and the page's
  // layout shift was 0.06.
  after.forEach((top, i) => expect(Math.abs(top - before[i]!), `block ${i}`).toBeLessThanOrEqual(4));
  const shift = await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts.reduce((sum, value) => sum + value, 0));
  expect(shift).toBeLessThan(0.01);
  await context.close();
});

it('offers the coffee-call booking on every page at phone width', async () => {
  const response = await fetch(`${stack().cmsUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ global { bookingCall { label url } } }' }),
  });
  const { data } = (await response.json()) as { data: { global: { bookingCall: { label: string; url: string } } } };
  const { label, url } = data.global.bookingCall;
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  for (const path of ['/insights', '/events', '/team', '/team/amara-osei', '/newsletter']) {
    await page.goto(site(path));
    // Links hidden with display: none are not in the accessibility tree, so role queries skip them.
    const links = page.getByRole('link', { name: label, exact: true });
    expect(await links.count(), path).toBeGreaterThan(0);
    const link = links.first();
    await link.scrollIntoViewIfNeeded();
    expect(await link.isVisible(), path).toBe(true);
    expect(await link.getAttribute('href'), path).toBe(url);
  }
  await context.close();
});

it('has its privacy notice and accessibility statement as pages of the site, linked from every footer', async () => {
  const page = await browser.newPage(PHONE);
  await page.goto(site('/insights'));
  await page.locator('footer').getByRole('link', { name: 'Accessibility statement' }).click();
  await page.locator('h1', { hasText: 'Accessibility statement' }).waitFor();
  expect(page.url()).toBe(site('/accessibility'));
  expect(await page.title()).toBe('Accessibility statement | Kestrel & Co');
  expect(await page.locator('main').textContent()).toMatch(/Last updated \d{1,2} \w+ \d{4}/);
  expect(await page.locator('main h2').count()).toBeGreaterThanOrEqual(3);
  // The newsletter page points at the privacy notice next to the form that collects the address.
  await page.goto(site('/newsletter'));
  await page.locator('main').getByRole('link', { name: 'privacy notice' }).click();
  await page.locator('h1', { hasText: 'Privacy notice' }).waitFor();
  expect(page.url()).toBe(site('/privacy'));
  // A page's address is a slug: anything else is a 404 without a trip to the CMS.
  expect((await page.goto(site('/Privacy')))?.status()).toBe(404);
  await page.close();
});

it('answers an unknown address or topic with a 404 page in the site frame, without echoing the address', async () => {
  const page = await browser.newPage(PHONE);
  for (const [path, typed] of [
    ['/nope-404', 'nope-404'],
    ['/insights?topic=nonexistent', 'nonexistent'],
  ]) {
    const response = await page.goto(site(path));
    expect(response?.status(), path).toBe(404);
    expect(await page.locator('header .brand').textContent(), path).toContain('Kestrel & Co');
    expect(await page.locator('footer').count(), path).toBe(1);
    expect(await page.locator('h1').textContent(), path).toBe('Page not found');
    const sentence = (await page.locator('main .lede').textContent())?.trim() ?? '';
    expect(sentence, path).toMatch(/^[A-Z][^:]*\.\s.*\.$/);
    expect(await page.locator('main').textContent(), path).not.toContain('Page not found:');
    expect(await page.locator('main').textContent(), path).not.toContain(typed);
    expect(await page.title(), path).toBe('Page not found | Kestrel & Co');
  }
  await page.close();
});

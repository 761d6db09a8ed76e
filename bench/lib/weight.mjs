// Page weight: each page loaded in headless Chromium (playwright-core, the site's e2e browser
// driver) until the network is idle; every response is summed by type. Sizes are the decoded
// bytes and those bytes gzipped at level 9 (what nitro's precompressed .gz assets use), so the
// figure does not depend on the encoding Chromium negotiated. Each HTML, CSS and JS response
// over 1 KB from the site's origin must arrive compressed by the site itself (content-encoding).
import { createRequire } from 'node:module';
import path from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import { webDir } from './processes.mjs';

const { chromium } = createRequire(path.join(webDir, 'package.json'))('playwright-core');

const TYPES = { document: 'html', stylesheet: 'css', script: 'js', font: 'font', image: 'image' };
const COMPRESSED_KINDS = new Set(['html', 'css', 'js']);
const gzipSize = (bytes) => gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).length;

/** Debian's Chromium (CHROMIUM_PATH or CHROME_PATH, else /usr/bin/chromium). */
export const chromiumPath = () => process.env.CHROMIUM_PATH || process.env.CHROME_PATH || '/usr/bin/chromium';

/**
 * @param {string} siteUrl
 * @param {Record<string, string>} pages  name → path
 */
export const measureWeight = async (siteUrl, pages) => {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const origin = new URL(siteUrl).origin;
  const results = {};
  try {
    for (const [name, pagePath] of Object.entries(pages)) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
      const page = await context.newPage();
      const pending = [];
      page.on('response', (response) => {
        pending.push(
          (async () => {
            const kind = TYPES[response.request().resourceType()] ?? 'other';
            const body = await response.body().catch(() => Buffer.alloc(0));
            const encoding = (await response.allHeaders())['content-encoding'] ?? null;
            return { url: response.url(), kind, body, bytes: body.length, gzip: gzipSize(body), encoding, sameOrigin: response.url().startsWith(origin) };
          })(),
        );
      });
      await page.goto(`${siteUrl}${pagePath}`, { waitUntil: 'networkidle' });
      const responses = await Promise.all(pending);
      await context.close();

      const totals = {};
      for (const kind of ['html', 'css', 'js', 'font', 'image', 'other']) {
        const ofKind = responses.filter((response) => response.kind === kind);
        totals[kind] = { requests: ofKind.length, bytes: sum(ofKind, 'bytes'), gzip: sum(ofKind, 'gzip') };
      }
      // Scripts the HTML itself references (<script src>, modulepreload), as opposed to those
      // loaded later (lazy components, NuxtLink prefetches of the linked pages' chunks).
      const html = responses.find((response) => response.kind === 'html')?.body.toString() ?? '';
      const initial = responses.filter((response) => response.kind === 'js' && html.includes(new URL(response.url).pathname));
      totals.jsInitial = { requests: initial.length, bytes: sum(initial, 'bytes'), gzip: sum(initial, 'gzip') };
      const uncompressed = responses
        .filter((response) => response.sameOrigin && COMPRESSED_KINDS.has(response.kind) && response.bytes > 1024 && !response.encoding)
        .map((response) => response.url.slice(origin.length));
      results[name] = {
        path: pagePath,
        ...totals,
        encodings: [...new Set(responses.filter((response) => COMPRESSED_KINDS.has(response.kind) && response.bytes > 1024).map((response) => response.encoding ?? 'none'))],
        uncompressed,
      };
    }
  } finally {
    await browser.close();
  }
  return results;
};

const sum = (items, key) => items.reduce((total, item) => total + item[key], 0);

// Publish → live: an editor changes an article's title and publishes it through the admin API
// (the content manager's own endpoints); the CMS's purge webhook empties the site's page cache;
// the clock runs from the publish request until the new title is on the public, cached page,
// which is polled every 50 ms.
import { randomBytes } from 'node:crypto';

const ARTICLES = '/content-manager/collection-types/api::article.article';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const adminApi = async (cmsUrl, admin) => {
  const login = await fetch(`${cmsUrl}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(admin) });
  const body = await login.json();
  if (!login.ok) throw new Error(`Admin login failed: ${login.status} ${JSON.stringify(body)}`);
  const token = body.data.token;
  return async (path, method = 'GET', data) => {
    const response = await fetch(`${cmsUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(data ? { 'content-type': 'application/json' } : {}) },
      ...(data ? { body: JSON.stringify(data) } : {}),
    });
    const json = await response.json();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json).slice(0, 300)}`);
    return json;
  };
};

const page = async (url) => (await fetch(url)).text();

/**
 * @param {{ cmsUrl: string, siteUrl: string, admin: { email: string, password: string }, slug: string, rounds?: number, timeoutMs?: number }} options
 */
export const measurePublishToLive = async ({ cmsUrl, siteUrl, admin, slug, rounds = 5, timeoutMs = 30_000 }) => {
  const request = await adminApi(cmsUrl, admin);
  const found = await request(`${ARTICLES}?page=1&pageSize=1&filters[$and][0][slug][$eq]=${encodeURIComponent(slug)}`);
  const documentId = found.results?.[0]?.documentId;
  if (!documentId) throw new Error(`No article with slug ${slug} in the content manager.`);
  const pageUrl = `${siteUrl}/insights/${slug}`;

  const samples = [];
  for (let round = 1; round <= rounds; round += 1) {
    const title = `Bench publish ${round} ${randomBytes(4).toString('hex')}`;
    await request(`${ARTICLES}/${documentId}`, 'PUT', { title });
    // Saving the draft purges the cache too; let that settle, then cache the page again with
    // the published (old) title, so the publish below has a cached page to replace.
    await sleep(300);
    await page(pageUrl);
    if ((await page(pageUrl)).includes(title)) throw new Error('The draft title is on the public page before publishing.');

    const started = performance.now();
    await request(`${ARTICLES}/${documentId}/actions/publish`, 'POST', {});
    const publishMs = performance.now() - started;
    let liveMs = null;
    let polls = 0;
    while (performance.now() - started < timeoutMs) {
      polls += 1;
      if ((await page(pageUrl)).includes(title)) {
        liveMs = performance.now() - started;
        break;
      }
      await sleep(50);
    }
    samples.push({ round, publishRequestMs: Math.round(publishMs), liveMs: liveMs === null ? null : Math.round(liveMs), polls });
  }
  const live = samples.map((sample) => sample.liveMs ?? Infinity).sort((a, b) => a - b);
  return {
    slug,
    rounds: samples,
    medianMs: live[Math.floor((live.length - 1) / 2)],
    maxMs: live.at(-1),
    timedOut: samples.filter((sample) => sample.liveMs === null).length,
  };
};

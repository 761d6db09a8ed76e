/** robots.txt: everything public may be indexed except previews and API routes; where the sitemap is. */
export default defineEventHandler((event) => {
  setResponseHeader(event, 'content-type', 'text/plain; charset=utf-8');
  return ['User-agent: *', 'Allow: /', 'Disallow: /api/', 'Disallow: /preview/', `Sitemap: ${siteUrl(event)}/sitemap.xml`, ''].join('\n');
});

/**
 * Uploaded images, served through the site from the CMS: one origin for pages and their
 * images, and files that carry content hashes in their names are cached for a year.
 */
export default defineEventHandler(async (event) => {
  const path = getRouterParam(event, 'path') ?? '';
  if (!/^[\w.-]+$/.test(path)) throw createError({ statusCode: 404, statusMessage: 'Not Found' });
  const target = `${useRuntimeConfig(event).cmsUrl.replace(/\/+$/, '')}/uploads/${path}`;
  return proxyRequest(event, target, {
    onResponse(proxyEvent, response) {
      if (response.ok) setResponseHeader(proxyEvent, 'cache-control', 'public, max-age=31536000, immutable');
    },
  });
});

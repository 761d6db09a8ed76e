import { ArticleFeedQuery, GlobalQuery } from '@insights/api';
import { Feed } from 'feed';

const DUBLIN_CORE = 'http://purl.org/dc/elements/1.1/';

/**
 * RSS 2.0 feed of the 20 most recent insights. RSS's <author> must hold an email address, so
 * authors go in <dc:creator>, one per person; the cover is an enclosure with its real media
 * type and its size in bytes (Strapi stores kilobytes of 1,000 bytes).
 */
export default defineEventHandler(async (event) => {
  const base = siteUrl(event);
  const [{ global }, { articles }] = await Promise.all([cmsQuery(GlobalQuery, {}), cmsQuery(ArticleFeedQuery, { pageSize: 20 })]);
  const siteName = global?.siteName ?? 'Insights';
  const feed = new Feed({
    id: `${base}/insights`,
    link: `${base}/insights`,
    title: `${siteName}: insights`,
    description: global?.description ?? undefined,
    language: 'en-GB',
    copyright: `© ${new Date().getFullYear()} ${siteName}`,
    updated: articles[0]?.publicationDate ? new Date(articles[0].publicationDate) : undefined,
    feedLinks: { rss: `${base}/feed.xml` },
  });
  for (const article of articles) {
    if (!article) continue;
    const creators = article.authors.flatMap((author) => (author ? [{ _text: author.name }] : []));
    feed.addItem({
      id: `${base}/insights/${article.slug}`,
      link: `${base}/insights/${article.slug}`,
      title: article.title,
      description: article.excerpt,
      date: new Date(article.publicationDate ?? Date.now()),
      category: article.topics.flatMap((topic) => (topic ? [{ name: topic.name }] : [])),
      ...(article.cover ? { image: { url: `${base}${article.cover.url}`, type: article.cover.mime, length: Math.round(article.cover.size * 1000) } } : {}),
      // An array repeats the element (xml-js compact form), which the library's type does not allow for.
      ...(creators.length ? { extensions: [{ name: 'dc:creator', objects: creators as unknown as Record<string, unknown> }] } : {}),
    });
  }
  // The feed library declares the Dublin Core namespace only for full-content items.
  let xml = feed.rss2();
  if (!xml.includes('xmlns:dc=')) xml = xml.replace('<rss version="2.0"', `<rss version="2.0" xmlns:dc="${DUBLIN_CORE}"`);
  setResponseHeader(event, 'content-type', 'application/rss+xml; charset=utf-8');
  return xml;
});

import { ArticleListQuery, GlobalQuery } from '@insights/api';
import { Feed } from 'feed';

/** RSS 2.0 feed of the 20 most recent insights. */
export default defineEventHandler(async (event) => {
  const base = siteUrl(event);
  const [{ global }, { articles_connection }] = await Promise.all([cmsQuery(GlobalQuery, {}), cmsQuery(ArticleListQuery, { page: 1, pageSize: 20 })]);
  const siteName = global?.siteName ?? 'Insights';
  const feed = new Feed({
    id: `${base}/insights`,
    link: `${base}/insights`,
    title: `${siteName}: insights`,
    description: global?.description ?? undefined,
    language: 'en-GB',
    copyright: `© ${new Date().getFullYear()} ${siteName}`,
    updated: articles_connection?.nodes[0]?.publicationDate ? new Date(articles_connection.nodes[0].publicationDate) : undefined,
    feedLinks: { rss: `${base}/feed.xml` },
  });
  for (const article of articles_connection?.nodes ?? []) {
    feed.addItem({
      id: `${base}/insights/${article.slug}`,
      link: `${base}/insights/${article.slug}`,
      title: article.title,
      description: article.excerpt,
      date: new Date(article.publicationDate ?? Date.now()),
      author: article.authors.flatMap((author) => (author ? [{ name: author.name, link: `${base}/team/${author.slug}` }] : [])),
      category: article.topics.flatMap((topic) => (topic ? [{ name: topic.name }] : [])),
      ...(article.cover ? { image: `${base}${article.cover.url}` } : {}),
    });
  }
  setResponseHeader(event, 'content-type', 'application/rss+xml; charset=utf-8');
  return feed.rss2();
});

import { ArticleSlugsQuery, EventSlugsQuery, PageSlugsQuery, TeamMemberSlugsQuery } from '@insights/api';

const escapeXml = (value: string) => value.replace(/[<>&'"]/g, (char) => `&#${char.charCodeAt(0)};`);

/** Every published article, team member, event and standing page, plus the section pages. */
export default defineEventHandler(async (event) => {
  const base = siteUrl(event);
  const [articles, members, events, pages] = await Promise.all([
    cmsQueryAllPages(ArticleSlugsQuery, (data) => data.articles_connection),
    cmsQueryAllPages(TeamMemberSlugsQuery, (data) => data.teamMembers_connection),
    cmsQueryAllPages(EventSlugsQuery, (data) => data.events_connection),
    cmsQueryAllPages(PageSlugsQuery, (data) => data.pages_connection),
  ]);
  const entries = [
    ...['/', '/insights', '/events', '/team', '/newsletter'].map((path) => ({ loc: `${base}${path}`, lastmod: undefined as string | undefined | null })),
    ...articles.map((article) => ({ loc: `${base}/insights/${article.slug}`, lastmod: article.updatedAt })),
    ...members.map((member) => ({ loc: `${base}/team/${member.slug}`, lastmod: member.updatedAt })),
    ...events.map((item) => ({ loc: `${base}/events/${item.slug}`, lastmod: item.updatedAt })),
    ...pages.map((page) => ({ loc: `${base}/${page.slug}`, lastmod: page.updatedAt })),
  ];
  setResponseHeader(event, 'content-type', 'application/xml; charset=utf-8');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...entries.map(({ loc, lastmod }) => `  <url><loc>${escapeXml(loc)}</loc>${lastmod ? `<lastmod>${new Date(lastmod).toISOString()}</lastmod>` : ''}</url>`),
    '</urlset>',
    '',
  ].join('\n');
});

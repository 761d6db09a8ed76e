import type { ArticleData } from '~/composables/useArticles';
import type { EventData } from '~/composables/useEvents';
import type { TeamMemberData } from '~/composables/useTeam';

/** schema.org structured data for search engines. */
export const organizationJsonLd = (site: { name: string; url: string; description?: string | null; linkedinUrl?: string | null; email?: string | null }) => ({
  '@context': 'https://schema.org',
  '@type': 'Organization',
  name: site.name,
  url: site.url,
  ...(site.description ? { description: site.description } : {}),
  ...(site.email ? { email: site.email } : {}),
  ...(site.linkedinUrl ? { sameAs: [site.linkedinUrl] } : {}),
});

const person = (member: { name: string; slug: string; jobTitle?: string | null; linkedinUrl?: string | null }, siteUrl: string) => ({
  '@type': 'Person',
  name: member.name,
  url: absoluteUrl(`/team/${member.slug}`, siteUrl),
  ...(member.jobTitle ? { jobTitle: member.jobTitle } : {}),
  ...(member.linkedinUrl ? { sameAs: [member.linkedinUrl] } : {}),
});

export const articleJsonLd = (article: ArticleData, siteUrl: string, siteName: string) => ({
  '@context': 'https://schema.org',
  '@type': 'Article',
  headline: article.title,
  description: article.excerpt,
  url: absoluteUrl(`/insights/${article.slug}`, siteUrl),
  mainEntityOfPage: absoluteUrl(`/insights/${article.slug}`, siteUrl),
  ...(article.publicationDate ? { datePublished: article.publicationDate } : {}),
  ...(article.updatedAt ? { dateModified: article.updatedAt } : {}),
  ...(article.cover ? { image: [absoluteUrl(article.cover.url, siteUrl)] } : {}),
  author: article.authors.flatMap((author) => (author ? [person(author, siteUrl)] : [])),
  publisher: { '@type': 'Organization', name: siteName, url: siteUrl },
  ...(article.readingTimeMinutes ? { timeRequired: `PT${article.readingTimeMinutes}M` } : {}),
});

export const eventJsonLd = (event: EventData, siteUrl: string, siteName: string) => {
  const online = { '@type': 'VirtualLocation', url: event.onlineUrl ?? absoluteUrl(`/events/${event.slug}`, siteUrl) };
  const place = { '@type': 'Place', name: event.venueName ?? event.title, address: event.address ?? undefined };
  const location = event.format === 'online' ? online : event.format === 'hybrid' ? [place, online] : place;
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    description: event.summary,
    url: absoluteUrl(`/events/${event.slug}`, siteUrl),
    startDate: event.startsAt,
    endDate: event.endsAt,
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode:
      event.format === 'online'
        ? 'https://schema.org/OnlineEventAttendanceMode'
        : event.format === 'hybrid'
          ? 'https://schema.org/MixedEventAttendanceMode'
          : 'https://schema.org/OfflineEventAttendanceMode',
    location,
    ...(event.cover ? { image: [absoluteUrl(event.cover.url, siteUrl)] } : {}),
    organizer: { '@type': 'Organization', name: siteName, url: siteUrl },
    performer: event.hosts.flatMap((host) => (host ? [person(host, siteUrl)] : [])),
    offers: {
      '@type': 'Offer',
      url: event.registrationUrl ?? absoluteUrl(`/events/${event.slug}`, siteUrl),
      price: event.isFree ? '0' : undefined,
      priceCurrency: 'GBP',
      availability: 'https://schema.org/InStock',
    },
  };
};

export const personJsonLd = (member: TeamMemberData, siteUrl: string, siteName: string) => ({
  '@context': 'https://schema.org',
  ...person(member, siteUrl),
  worksFor: { '@type': 'Organization', name: siteName, url: siteUrl },
  ...(member.shortBio ? { description: member.shortBio } : {}),
  ...(member.photo ? { image: absoluteUrl(member.photo.url, siteUrl) } : {}),
});

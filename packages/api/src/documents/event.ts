import { graphql } from '../graphql.ts';
import { ImageFields, PageInfoFields, SeoFields } from './shared.ts';
import { TeamMemberCard } from './team-member.ts';

export const EventCard = /* @__PURE__ */ graphql(
  `
  fragment EventCard on Event {
    documentId
    title
    slug
    summary
    startsAt
    endsAt
    timezone
    format
    venueName
    isFree
    priceLabel
    cover { ...ImageFields }
  }
`,
  [ImageFields],
);

export const EventFull = /* @__PURE__ */ graphql(
  `
  fragment EventFull on Event {
    ...EventCard
    description
    address
    onlineUrl
    registrationUrl
    capacity
    updatedAt
    hosts { ...TeamMemberCard }
    topics { name slug }
    seo { ...SeoFields }
  }
`,
  [EventCard, TeamMemberCard, SeoFields],
);

/**
 * A page of events. Upcoming: `filters: { endsAt: { gte: now } }, sort: ["startsAt:asc"]`;
 * past: `filters: { endsAt: { lt: now } }, sort: ["startsAt:desc"]`; by host:
 * `{ hosts: { slug: { eq: "amara-osei" } } }`.
 */
export const EventListQuery = /* @__PURE__ */ graphql(
  `
  query EventList($filters: EventFiltersInput, $sort: [String] = ["startsAt:asc"], $page: Int = 1, $pageSize: Int = 12) {
    events_connection(filters: $filters, sort: $sort, pagination: { page: $page, pageSize: $pageSize }) {
      nodes { ...EventCard }
      pageInfo { ...PageInfoFields }
    }
  }
`,
  [EventCard, PageInfoFields],
);

/** One event by slug. `status: DRAFT` needs a token with draft access (the site's preview token): without a token, or with a Read-only API token, it is refused (FORBIDDEN). */
export const EventBySlugQuery = /* @__PURE__ */ graphql(
  `
  query EventBySlug($slug: String!, $status: PublicationStatus = PUBLISHED) {
    events(filters: { slug: { eq: $slug } }, status: $status, pagination: { limit: 1 }) { ...EventFull }
  }
`,
  [EventFull],
);

/** Slugs and dates of every published event, a page at a time (sitemap). */
export const EventSlugsQuery = /* @__PURE__ */ graphql(
  `
  query EventSlugs($page: Int = 1) {
    events_connection(sort: ["startsAt:desc"], pagination: { page: $page, pageSize: 50 }) {
      nodes { slug updatedAt }
      pageInfo { ...PageInfoFields }
    }
  }
`,
  [PageInfoFields],
);

import { graphql } from '../graphql.ts';
import { ImageFields, PageInfoFields } from './shared.ts';

export const TeamMemberCard = /* @__PURE__ */ graphql(
  `
  fragment TeamMemberCard on TeamMember {
    documentId
    name
    slug
    jobTitle
    shortBio
    linkedinUrl
    photo { ...ImageFields }
  }
`,
  [ImageFields],
);

export const TeamMemberFull = /* @__PURE__ */ graphql(
  `
  fragment TeamMemberFull on TeamMember {
    ...TeamMemberCard
    bio
    updatedAt
    expertise(sort: ["name:asc"]) { name slug }
  }
`,
  [TeamMemberCard],
);

/** The team in the editors' order, a page at a time (50 is the API's largest page). */
export const TeamMembersQuery = /* @__PURE__ */ graphql(
  `
  query TeamMembers($page: Int = 1) {
    teamMembers_connection(sort: ["sortOrder:asc", "name:asc"], pagination: { page: $page, pageSize: 50 }) {
      nodes { ...TeamMemberCard }
      pageInfo { ...PageInfoFields }
    }
  }
`,
  [TeamMemberCard, PageInfoFields],
);

/** One team member by slug. `status: DRAFT` needs a token with draft access (the site's preview token): without a token, or with a Read-only API token, it is refused (FORBIDDEN). */
export const TeamMemberBySlugQuery = /* @__PURE__ */ graphql(
  `
  query TeamMemberBySlug($slug: String!, $status: PublicationStatus = PUBLISHED) {
    teamMembers(filters: { slug: { eq: $slug } }, status: $status, pagination: { limit: 1 }) { ...TeamMemberFull }
  }
`,
  [TeamMemberFull],
);

/** Slugs and dates of every published member, a page at a time (sitemap). */
export const TeamMemberSlugsQuery = /* @__PURE__ */ graphql(
  `
  query TeamMemberSlugs($page: Int = 1) {
    teamMembers_connection(sort: ["sortOrder:asc"], pagination: { page: $page, pageSize: 50 }) {
      nodes { slug updatedAt }
      pageInfo { ...PageInfoFields }
    }
  }
`,
  [PageInfoFields],
);

import type { Block } from './blocks';

/**
 * Demo images are generated at seed time (see images.ts) rather than shipped as binaries:
 * abstract, calm compositions in the site's palette. Each spec is uploaded through Strapi's
 * upload service, so responsive formats exist as they would for an editor's upload.
 */
export interface ImageSpec {
  /** Unique across all fixtures; also the uploaded file's name. */
  key: string;
  /** What a screen reader user needs to know about the picture. */
  alt: string;
  caption?: string;
  motif: 'horizon' | 'arches' | 'rings' | 'grid' | 'stones' | 'threads' | 'portrait';
  /** Two to four colours, darkest first. */
  palette: string[];
  /** Seed for the composition, so the same spec always draws the same picture. */
  seed: number;
  /** Portraits carry initials; everything else ignores this. */
  initials?: string;
}

export interface TopicFixture {
  slug: string;
  name: string;
  description: string;
}

export interface TeamMemberFixture {
  slug: string;
  name: string;
  jobTitle: string;
  /** At most 280 characters. */
  shortBio: string;
  bio: Block[];
  linkedinUrl: string;
  /** Topic slugs. */
  expertise: string[];
  sortOrder: number;
  photo: ImageSpec;
}

export interface ArticleFixture {
  slug: string;
  title: string;
  /** At most 300 characters; shown as the standfirst. */
  excerpt: string;
  /** Team member slugs, at least one. */
  authors: string[];
  /** Topic slugs. */
  topics: string[];
  /** Slugs of companion articles the editor picked. */
  related: string[];
  featured: boolean;
  /** Days before the seed runs that the article was first published. */
  publishedDaysAgo: number;
  cover: ImageSpec;
  /** Images referenced from the body with img(key). */
  images?: ImageSpec[];
  body: Block[];
  seo?: { metaTitle?: string; metaDescription?: string };
}

export interface EventFixture {
  slug: string;
  title: string;
  /** At most 300 characters. */
  summary: string;
  description: Block[];
  /** Days from the seed run to the event (negative for past events), moved on to the next Tuesday to Thursday. */
  startsInDays: number;
  /** Local start time in the event's time zone, 24-hour "HH:MM". */
  startTime: string;
  durationMinutes: number;
  timezone: string;
  format: 'online' | 'in_person' | 'hybrid';
  venueName?: string;
  address?: string;
  onlineUrl?: string;
  registrationUrl?: string;
  isFree: boolean;
  priceLabel?: string;
  capacity?: number;
  /** Team member slugs. */
  hosts: string[];
  topics: string[];
  cover: ImageSpec;
}

export interface PageFixture {
  slug: string;
  title: string;
  /** At most 300 characters. */
  summary: string;
  body: Block[];
}

export interface GlobalFixture {
  siteName: string;
  tagline: string;
  description: string;
  contactEmail: string;
  regionLine: string;
  bookingCall: { label: string; url: string; blurb: string };
  linkedinUrl: string;
  quickLinks: { label: string; url: string }[];
  newsletterBlurb: string;
  /** Shown next to the signup form's consent box, and stored with each signup as proof. */
  newsletterConsentText: string;
  /** The share image: what a link to a page without its own picture shows (sections, lists). */
  defaultSeo: { metaTitle: string; metaDescription: string; shareImage: ImageSpec };
}

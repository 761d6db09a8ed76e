import type { Core } from '@strapi/strapi';

/**
 * Strapi's Preview (config/admin.ts): from an article, event, team member or page's edit view, the
 * editor opens the draft rendered by the site in its real layout.
 *
 * The site's contract: `${SITE_URL}/api/preview?secret=…&type=<article|event|team-member|page>&slug=…&status=<draft|published>`.
 * The site checks the secret, reads the document by slug with its server-side preview token and
 * redirects to the page, uncached and noindex. Other content types have no preview.
 */
export const PREVIEW_TYPES = {
  'api::article.article': 'article',
  'api::event.event': 'event',
  'api::team-member.team-member': 'team-member',
  'api::page.page': 'page',
} as const;
type PreviewableType = keyof typeof PREVIEW_TYPES;
export type PreviewType = (typeof PREVIEW_TYPES)[PreviewableType];
export type PreviewStatus = 'draft' | 'published';

export interface PreviewSettings {
  /** The site's address, e.g. https://kestrel.example (a trailing slash is ignored). */
  siteUrl: string;
  /** Shared with the site, which refuses a preview request without it. */
  secret: string;
}

export interface PreviewParams {
  documentId: string;
  locale?: string | null;
  status?: string | null;
  [key: string]: unknown;
}

const isPreviewable = (uid: string): uid is PreviewableType => Object.hasOwn(PREVIEW_TYPES, uid);

/** The site's preview address for one document; every value URL-encoded. */
export const previewUrl = (settings: PreviewSettings, type: PreviewType, slug: string, status: PreviewStatus): string => {
  const query = { secret: settings.secret, type, slug, status };
  const search = Object.entries(query)
    .map(([name, value]) => `${name}=${encodeURIComponent(value)}`)
    .join('&');
  return `${settings.siteUrl.replace(/\/+$/, '')}/api/preview?${search}`;
};

/**
 * The handler Strapi calls for the edit view's "Open preview": the document's slug in the
 * version being edited (draft or published), looked up through the Document Service. Null, so
 * no preview button, for other content types and for a version that does not exist.
 */
export const createPreviewHandler =
  (settings: PreviewSettings, getStrapi: () => Core.Strapi = () => strapi) =>
  async (uid: string, params: PreviewParams): Promise<string | null> => {
    if (!isPreviewable(uid) || !params.documentId) return null;
    const status: PreviewStatus = params.status === 'published' ? 'published' : 'draft';
    const document = (await getStrapi()
      .documents(uid)
      .findOne({ documentId: params.documentId, status, ...(params.locale ? { locale: params.locale } : {}), fields: ['slug'] })) as { slug?: string | null } | null;
    if (!document?.slug) return null;
    return previewUrl(settings, PREVIEW_TYPES[uid], document.slug, status);
  };

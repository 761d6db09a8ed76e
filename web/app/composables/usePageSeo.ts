import type { MaybeRefOrGetter } from 'vue';
import type { CmsImage } from '~/utils/images';

export interface PageSeo {
  /** The page's own title; the site name is added after it. A getter or ref keeps the document
   * title following the page when only its query changes (paging, filtering) in the browser. */
  title: MaybeRefOrGetter<string>;
  description?: string | null;
  /** Site path of the page ("/insights/slug"); the canonical URL is built from it. */
  path: string;
  image?: CmsImage | null;
  type?: 'website' | 'article' | 'profile';
  /** An editor's override of the canonical URL. */
  canonicalUrl?: string | null;
  noIndex?: boolean;
  publishedTime?: string | null;
  modifiedTime?: string | null;
  jsonLd?: Record<string, unknown>[];
}

/** What every page falls back to: the site's name, and its share image (site settings, "Search and sharing"). */
export interface SiteSeoDefaults {
  siteName?: string | null;
  defaultSeo?: { shareImage?: CmsImage | null } | null;
}

/** JSON for a <script> element: no way for content to close the tag. */
const scriptJson = (data: unknown) => JSON.stringify(data).replace(/</g, '\\u003c');

/**
 * Title, description, canonical URL, Open Graph and Twitter cards and JSON-LD for a page, from
 * the page's content with the site's defaults behind it. Only the title changes in the browser
 * (navigating between pages); the rest is for crawlers and link previews, which read the HTML
 * from the server, so it is rendered there only and its code stays out of the page's JavaScript.
 */
export const usePageSeo = (seo: PageSeo, site: SiteSeoDefaults | null | undefined) => {
  const siteName = site?.siteName ?? '';
  useHead({
    title: () => {
      const title = toValue(seo.title);
      return !siteName || title.includes(siteName) ? title : `${title} | ${siteName}`;
    },
  });
  if (import.meta.server) {
    const title = toValue(seo.title);
    const { siteUrl } = useRuntimeConfig().public;
    const url = seo.canonicalUrl || absoluteUrl(seo.path, siteUrl);
    // A page without a picture of its own (a section, a list) shares the site's image.
    const shared = seo.image ?? site?.defaultSeo?.shareImage ?? null;
    const image = shared ? absoluteUrl(responsiveImage(shared, { maxWidth: 1200 }).src, siteUrl) : undefined;
    useServerSeoMeta({
      description: seo.description ?? undefined,
      ogTitle: title,
      ogDescription: seo.description ?? undefined,
      ogType: seo.type ?? 'website',
      ogUrl: url,
      ogSiteName: siteName,
      ogLocale: 'en_GB',
      ogImage: image,
      ogImageAlt: shared?.alternativeText ?? undefined,
      // A portrait is square: the small card, not a wide one that would crop it.
      twitterCard: image && seo.type !== 'profile' ? 'summary_large_image' : 'summary',
      twitterTitle: title,
      twitterDescription: seo.description ?? undefined,
      twitterImage: image,
      articlePublishedTime: seo.publishedTime ?? undefined,
      articleModifiedTime: seo.modifiedTime ?? undefined,
      robots: seo.noIndex ? 'noindex, nofollow' : undefined,
    });
    useServerHead({
      link: [{ rel: 'canonical', href: url }],
      script: (seo.jsonLd ?? []).map((data) => ({ type: 'application/ld+json', innerHTML: scriptJson(data) })),
    });
  }
};

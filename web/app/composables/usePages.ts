import { PageBySlugQuery, type ResultOf } from '@insights/api';

export type StandingPageData = NonNullable<ResultOf<typeof PageBySlugQuery>['pages'][number]>;

/** One standing page (privacy notice, accessibility statement) by slug, or the 404 page. In preview, the draft. */
export const useStandingPage = async (slug: string, { preview = false }: { preview?: boolean } = {}) => {
  // Only a slug can name a page: anything else is a 404 without asking the CMS.
  const page = /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) && slug.length <= 80 ? (await useCmsQuery(PageBySlugQuery, { slug, status: preview ? 'DRAFT' : 'PUBLISHED' })).data.value?.pages[0] : undefined;
  if (!page) throw createError({ statusCode: 404, statusMessage: 'Not Found', message: 'We could not find that page.', fatal: true });
  return page;
};

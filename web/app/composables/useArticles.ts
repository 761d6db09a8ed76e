import { ArticleBySlugQuery, ArticleListQuery, FeaturedArticleQuery, type ResultOf, type VariablesOf } from '@insights/api';
import type { Ref } from 'vue';

export type ArticleCardData = NonNullable<ResultOf<typeof ArticleListQuery>['articles_connection']>['nodes'][number];
export type ArticleData = NonNullable<ResultOf<typeof ArticleBySlugQuery>['articles'][number]>;

export interface ArticleListParams {
  page: number;
  pageSize?: number;
  topic?: string;
  author?: string;
  search?: string;
}

type ArticleFilters = NonNullable<VariablesOf<typeof ArticleListQuery>['filters']>;

/** Filters for a topic, an author and a text search over title and excerpt. */
export const articleFilters = ({ topic, author, search }: Omit<ArticleListParams, 'page'>): ArticleFilters | undefined => {
  const and: ArticleFilters[] = [];
  if (topic) and.push({ topics: { slug: { eq: topic } } });
  if (author) and.push({ authors: { slug: { eq: author } } });
  if (search) and.push({ or: [{ title: { containsi: search } }, { excerpt: { containsi: search } }] });
  return and.length > 0 ? { and } : undefined;
};

/** A page of insights, newest first; refetches when the params change. */
export const useArticleList = async (params: Ref<ArticleListParams>) => {
  const variables = computed(() => ({ page: params.value.page, pageSize: params.value.pageSize ?? 12, filters: articleFilters(params.value) }));
  const { data, fetching } = await useCmsQuery(ArticleListQuery, variables);
  return {
    articles: computed(() => data.value?.articles_connection?.nodes ?? []),
    pageInfo: computed(() => data.value?.articles_connection?.pageInfo ?? { total: 0, page: 1, pageSize: 12, pageCount: 0 }),
    fetching,
  };
};

export const useFeaturedArticle = async () => {
  const { data } = await useCmsQuery(FeaturedArticleQuery);
  return computed(() => data.value?.articles[0] ?? null);
};

/** One article by slug, or the 404 page. In preview, the draft. */
export const useArticle = async (slug: string, { preview = false }: { preview?: boolean } = {}) => {
  const { data } = await useCmsQuery(ArticleBySlugQuery, { slug, status: preview ? 'DRAFT' : 'PUBLISHED' });
  const article = data.value?.articles[0];
  if (!article) throw createError({ statusCode: 404, statusMessage: 'Not Found', message: 'We could not find that insight.', fatal: true });
  return article;
};

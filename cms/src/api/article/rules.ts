import type { Core } from '@strapi/strapi';
import { readingTimeMinutes } from '../../lib/blocks';
import { publishError, undescribedImage, writeData, type DocumentMiddleware } from '../../lib/document-middleware';

const ARTICLE = 'api::article.article';

interface DraftForChecks {
  cover?: { alternativeText?: string | null } | null;
  authors?: unknown[];
  publicationDate?: string | null;
}

/** The reasons an article cannot be published yet, each for the field to fix. */
export const publishProblems = (draft: DraftForChecks): { path: string[]; message: string }[] => {
  const problems: { path: string[]; message: string }[] = [];
  if (!draft.authors?.length) problems.push({ path: ['authors'], message: 'Add at least one author before publishing.' });
  problems.push(...undescribedImage(draft.cover, 'cover', 'cover image'));
  return problems;
};

/**
 * Article rules, applied by the Document Service whatever writes the article (admin, API, seed):
 * - readingTimeMinutes is computed from the body on every save and cannot be set by hand;
 * - publishing needs at least one author and alternative text on the cover;
 * - the first publish stamps publicationDate (editors may change it later, e.g. to backdate).
 */
export const articleRules =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    if (ctx.uid !== ARTICLE) return next();

    const data = writeData(ctx);
    if (data) {
      if (ctx.action === 'create' || 'body' in data) data.readingTimeMinutes = readingTimeMinutes(data.body);
      else delete data.readingTimeMinutes;
    }

    const params = ctx.params as { documentId?: string; locale?: string; status?: string; fields?: unknown; populate?: unknown };

    // create/update straight to published: save the draft, then publish through the checks below.
    if (data && params.status === 'published') {
      const { status: _status, ...draftParams } = params;
      ctx.params = draftParams as typeof ctx.params;
      const saved = (await next()) as { documentId: string; locale?: string } | null;
      if (!saved) return saved;
      await strapi.documents(ARTICLE).publish({ documentId: saved.documentId, locale: saved.locale });
      return strapi.documents(ARTICLE).findOne({
        documentId: saved.documentId,
        locale: saved.locale,
        status: 'published',
        ...(params.fields ? { fields: params.fields } : {}),
        ...(params.populate ? { populate: params.populate } : {}),
      } as Parameters<ReturnType<Core.Strapi['documents']>['findOne']>[0]) as ReturnType<typeof next>;
    }

    if (ctx.action === 'publish' && params.documentId) {
      const draft = (await strapi.documents(ARTICLE).findOne({
        documentId: params.documentId,
        locale: params.locale,
        status: 'draft',
        fields: ['publicationDate'],
        populate: { cover: { fields: ['alternativeText'] }, authors: { fields: ['id'] } },
      })) as DraftForChecks | null;
      if (draft) {
        const problems = publishProblems(draft);
        if (problems.length > 0) {
          throw publishError(problems);
        }
        if (!draft.publicationDate) {
          await strapi.db.query(ARTICLE).update({
            where: { documentId: params.documentId, publishedAt: null },
            data: { publicationDate: new Date() },
          });
        }
      }
    }

    return next();
  };

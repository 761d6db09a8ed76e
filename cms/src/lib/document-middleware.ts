import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

/** A Document Service middleware, typed loosely enough to read params across content types. */
export type DocumentMiddleware = Parameters<Core.Strapi['documents']['use']>[0];
export type DocumentContext = Parameters<DocumentMiddleware>[0];

/** The `data` a create or update carries, or undefined for other actions. */
export const writeData = (ctx: DocumentContext): Record<string, unknown> | undefined => {
  if (ctx.action !== 'create' && ctx.action !== 'update') return undefined;
  const params = ctx.params as { data?: Record<string, unknown> };
  return params.data;
};

/** A validation error about one field, as the dashboard shows it beside that field. */
export const fieldError = (field: string, message: string, value: unknown = null) =>
  new errors.ValidationError(message, { errors: [{ path: [field], message, name: 'ValidationError', value }] });

export interface PublishProblem {
  path: string[];
  message: string;
}

/** One error naming every reason a draft cannot be published, each beside its field. */
export const publishError = (problems: PublishProblem[]) =>
  new errors.ValidationError(problems.map((problem) => problem.message).join(' '), {
    errors: problems.map((problem) => ({ ...problem, name: 'ValidationError', value: null })),
  });

/**
 * Checks a draft must pass to be published, however it is published: the dashboard's Publish,
 * the scheduler, or a create or update that asks for `status: 'published'` (saved as a draft
 * first, then published through these checks).
 */
export const publishChecks =
  <Draft>(
    strapi: Core.Strapi,
    uid: string,
    load: { fields: string[]; populate?: Record<string, unknown> },
    problemsOf: (draft: Draft) => PublishProblem[],
  ): DocumentMiddleware =>
  async (ctx, next) => {
    if (ctx.uid !== uid) return next();
    // Typed as one draft & publish type: the generated types give publish() only to those.
    const documents = strapi.documents(uid as 'api::event.event');
    const params = ctx.params as { documentId?: string; locale?: string; status?: string; fields?: unknown; populate?: unknown };
    if (writeData(ctx) && params.status === 'published') {
      const { status: _status, ...draftParams } = params;
      ctx.params = draftParams as typeof ctx.params;
      const saved = (await next()) as { documentId: string; locale?: string } | null;
      if (!saved) return saved;
      await documents.publish({ documentId: saved.documentId, locale: saved.locale });
      return documents.findOne({
        documentId: saved.documentId,
        locale: saved.locale,
        status: 'published',
        ...(params.fields ? { fields: params.fields } : {}),
        ...(params.populate ? { populate: params.populate } : {}),
      } as Parameters<typeof documents.findOne>[0]) as ReturnType<typeof next>;
    }
    if (ctx.action === 'publish' && params.documentId) {
      const draft = (await documents.findOne({ documentId: params.documentId, locale: params.locale, status: 'draft', ...load } as Parameters<typeof documents.findOne>[0])) as Draft | null;
      const problems = draft ? problemsOf(draft) : [];
      if (problems.length > 0) throw publishError(problems);
    }
    return next();
  };

/** An image that would go live without words for readers who cannot see it. */
export const undescribedImage = (image: { alternativeText?: string | null } | null | undefined, field: string, what: string): PublishProblem[] =>
  image && !image.alternativeText?.trim()
    ? [{ path: [field], message: `Describe the ${what} before publishing: open it in the media library and fill in "Alternative text" for readers who cannot see it.` }]
    : [];

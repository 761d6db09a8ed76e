import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { writeData, type DocumentMiddleware } from './document-middleware';

const WITH_SLUGS = new Set(['api::article.article', 'api::team-member.team-member', 'api::event.event', 'api::topic.topic']);

/**
 * A slug names one document. Strapi 5 checks uniqueness only when publishing; this refuses a
 * taken slug as soon as a draft is saved, and says which document has it.
 */
export const uniqueSlugs =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    const data = writeData(ctx);
    if (!data || !WITH_SLUGS.has(ctx.uid) || typeof data.slug !== 'string') return next();
    const { documentId } = ctx.params as { documentId?: string };
    const taken = (await strapi.db.query(ctx.uid).findOne({
      where: { slug: data.slug, ...(documentId ? { documentId: { $ne: documentId } } : {}) },
      select: ['documentId', ...(ctx.uid === 'api::topic.topic' || ctx.uid === 'api::team-member.team-member' ? ['name'] : ['title'])],
    })) as { title?: string; name?: string } | null;
    if (taken) {
      const message = `The slug "${data.slug}" is already used by "${taken.title ?? taken.name}". Choose another: it becomes the page's address.`;
      throw new errors.ValidationError(message, { errors: [{ path: ['slug'], message, name: 'ValidationError', value: data.slug }] });
    }
    return next();
  };

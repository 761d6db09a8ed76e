import slugify from '@sindresorhus/slugify';
import type { Core } from '@strapi/strapi';
import { fieldError, writeData, type DocumentMiddleware } from './document-middleware';

/** Types with a `slug`, and the field it is made from. */
const SLUGGED: Record<string, 'title' | 'name'> = {
  'api::article.article': 'title',
  'api::event.event': 'title',
  'api::team-member.team-member': 'name',
  'api::topic.topic': 'name',
  'api::page.page': 'title',
};

/**
 * Pages live at the site's top level (/<slug>), beside its own sections: these slugs would be
 * hidden behind a section (or take over its address), so a page may not have them.
 */
export const RESERVED_PAGE_SLUGS = ['insights', 'events', 'team', 'newsletter', 'preview', 'api', 'calendar', 'uploads'];

/** Used where a type's slug sets no maxLength of its own. */
const MAX_LENGTH = 100;

/**
 * Slugs are made from titles. Strapi 5's admin fills a new document's slug once, from the still
 * empty title ("article", "article-1"), and never again; so on save, a missing slug or that
 * placeholder is replaced by one made from the title, made unique. An editor's own slug is kept,
 * in the form every slug has (lower-case letters, digits, single hyphens: "Our_Team.html" is saved
 * as "our-team-html"), which is the form the site serves. Either is cut to the field's maxLength.
 * A slug names one document: a taken one is refused on save (Strapi itself checks only on
 * publish), saying which document has it.
 */
export const slugRules =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    const data = writeData(ctx);
    const source = SLUGGED[ctx.uid];
    if (!data || !source) return next();
    const uid = ctx.uid as keyof typeof SLUGGED & Parameters<Core.Strapi['documents']>[0];
    const { documentId, locale } = ctx.params as { documentId?: string; locale?: string };

    const model = strapi.getModel(uid);
    const maxLength = (model.attributes as Record<string, { maxLength?: number }>).slug?.maxLength ?? MAX_LENGTH;
    const given = typeof data.slug === 'string' ? data.slug.trim() : '';
    const placeholder = new RegExp(`^${model.modelName}(-\\d+)?$`);
    if ((given === '' && ctx.action === 'create') || placeholder.test(given)) {
      let title = data[source];
      if (title === undefined && documentId) {
        const current = (await strapi.db.query(uid).findOne({ where: { documentId, ...(model.options?.draftAndPublish ? { publishedAt: null } : {}), ...(locale ? { locale } : {}) }, select: [source] })) as Record<string, unknown> | null;
        title = current?.[source];
      }
      // Room for the "-2" that makes it unique.
      if (typeof title === 'string' && title.trim()) data.slug = await uniqueSlug(strapi, uid, slugOf(title, maxLength - 4), documentId);
    } else if (given !== '') {
      data.slug = SLUG_FORM.test(given) ? given : slugOf(given, maxLength);
      if (data.slug === '') throw fieldError('slug', `The slug "${given}" has no letters or digits to make an address from. Write one with lower-case words and hyphens.`, given);
    }

    if (typeof data.slug === 'string' && data.slug !== '') {
      if (uid === 'api::page.page' && RESERVED_PAGE_SLUGS.includes(data.slug)) {
        const message = `The slug "${data.slug}" is the address of one of the site's own sections. Choose another for this page.`;
        throw fieldError('slug', message, data.slug);
      }
      const taken = (await strapi.db.query(uid).findOne({
        where: { slug: data.slug, ...(documentId ? { documentId: { $ne: documentId } } : {}) },
        select: ['documentId', source],
      })) as Record<string, string> | null;
      if (taken) {
        const message = `The slug "${data.slug}" is already used by "${taken[source]}". Choose another: it becomes the page's address.`;
        throw fieldError('slug', message, data.slug);
      }
    }
    return next();
  };

/** What the site serves: lower-case letters and digits in words joined by single hyphens. */
export const SLUG_FORM = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const slugOf = (text: string, maxLength: number): string => slugify(text).slice(0, maxLength).replace(/-+$/, '');

/** `base`, or `base-2`, `base-3`… whichever no other document uses. */
const uniqueSlug = async (strapi: Core.Strapi, uid: Parameters<Core.Strapi['documents']>[0], base: string, documentId?: string): Promise<string> => {
  const rows = (await strapi.db.query(uid).findMany({
    where: { $or: [{ slug: base }, { slug: { $startsWith: `${base}-` } }], ...(documentId ? { documentId: { $ne: documentId } } : {}) },
    select: ['slug'],
  })) as { slug: string }[];
  const used = new Set(rows.map((row) => row.slug));
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
};

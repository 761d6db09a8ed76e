import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { writeData, type DocumentMiddleware } from './document-middleware';

const REDIRECT = 'api::redirect.redirect';

/** Where each published type lives on the site. */
export const SITE_PATHS: Record<string, (slug: string) => string> = {
  'api::article.article': (slug) => `/insights/${slug}`,
  'api::event.event': (slug) => `/events/${slug}`,
  'api::team-member.team-member': (slug) => `/team/${slug}`,
  'api::page.page': (slug) => `/${slug}`,
};

/** The site's own machinery, which no redirect may take over. */
const RESERVED_PATHS = /^\/(?:$|api(?:\/|$)|_nuxt(?:\/|$)|preview(?:\/|$)|uploads(?:\/|$)|__)/;

type Redirect = { documentId: string; path: string; target: string };

const invalid = (field: 'path' | 'target', message: string) =>
  new errors.ValidationError(message, { errors: [{ path: [field], message, name: 'ValidationError', value: null }] });

/** "/Insights/Old/" → "/Insights/Old": one form per address (no trailing slash). */
const normalisePath = (value: string): string => (value.length > 1 ? value.replace(/\/+$/, '') : value);

/**
 * Redirects keep old addresses working. The site sends a visitor asking for a redirect's path
 * on to its target (301) before anything else, so a link shared before a slug changed still
 * lands on the piece.
 *
 * - A published slug that changes leaves a redirect from the old address to the new one.
 * - Publishing at an address removes any redirect from it: live content is never hidden.
 * - There are no chains: a redirect to an address that now redirects elsewhere is pointed at
 *   the final target, and one that would lead back to its own path is removed.
 * - An editor's redirect must be a path of the site (/old-blog/post), not one of the site's own
 *   machinery (/api, /preview…), and lead to a path or an http(s) address.
 */
export const redirectRules =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    if (ctx.uid === REDIRECT) return saveRedirect(strapi, ctx, next);
    const pathOf = SITE_PATHS[ctx.uid];
    if (!pathOf || !['create', 'update', 'publish'].includes(ctx.action)) return next();

    const { documentId } = ctx.params as { documentId?: string };
    const before = documentId ? await publishedSlug(strapi, ctx.uid, documentId) : null;
    const result = await next();
    const id = documentId ?? (result as { documentId?: string } | null)?.documentId;
    const after = id ? await publishedSlug(strapi, ctx.uid, id) : null;
    if (after && (after !== before || ctx.action !== 'update')) {
      // Live content at this address from now on.
      await removeRedirectsFrom(strapi, pathOf(after));
      if (before && before !== after) await redirect(strapi, pathOf(before), pathOf(after));
    }
    return result;
  };

const publishedSlug = async (strapi: Core.Strapi, uid: string, documentId: string): Promise<string | null> => {
  const row = (await strapi.db.query(uid as typeof REDIRECT).findOne({ where: { documentId, publishedAt: { $notNull: true } }, select: ['slug'] })) as { slug?: string } | null;
  return row?.slug || null;
};

const removeRedirectsFrom = async (strapi: Core.Strapi, path: string) => {
  const found = (await strapi.db.query(REDIRECT).findMany({ where: { path }, select: ['documentId'] })) as Redirect[];
  for (const { documentId } of found) await strapi.documents(REDIRECT).delete({ documentId });
};

/** From `path` to `target`: a new redirect, or the one already kept for that path. */
const redirect = async (strapi: Core.Strapi, path: string, target: string) => {
  const existing = (await strapi.db.query(REDIRECT).findOne({ where: { path }, select: ['documentId'] })) as Redirect | null;
  if (existing) await strapi.documents(REDIRECT).update({ documentId: existing.documentId, data: { target } });
  else await strapi.documents(REDIRECT).create({ data: { path, target } });
};

const saveRedirect = async (strapi: Core.Strapi, ctx: Parameters<DocumentMiddleware>[0], next: Parameters<DocumentMiddleware>[1]) => {
  const data = writeData(ctx);
  if (!data) return next();
  if (typeof data.path === 'string') {
    const path = normalisePath(data.path.trim());
    if (!path.startsWith('/') || path.startsWith('//') || /[\s?#]/.test(path)) {
      throw invalid('path', `"${data.path}" is not an address of this site. Write the path only, starting with a slash: /blog/an-old-post.`);
    }
    if (RESERVED_PATHS.test(path)) throw invalid('path', `"${path}" belongs to the site itself (its home page, API, previews or files) and cannot be redirected.`);
    data.path = path;
  }
  if (typeof data.target === 'string') {
    const target = data.target.trim();
    const isPath = target.startsWith('/') && !target.startsWith('//');
    if (!isPath && !/^https?:\/\/[^\s/]+/.test(target)) {
      throw invalid('target', `"${data.target}" is not an address to send visitors to. Write a path of this site (/insights/a-piece) or a full address (https://…).`);
    }
    data.target = isPath ? normalisePath(target) : target;
  }

  const { documentId } = ctx.params as { documentId?: string };
  const current = documentId ? ((await strapi.db.query(REDIRECT).findOne({ where: { documentId }, select: ['path', 'target'] })) as Redirect | null) : null;
  const path = (data.path as string | undefined) ?? current?.path;
  let target = (data.target as string | undefined) ?? current?.target;
  if (path && target) {
    // Straight to the end of any chain, and never back to itself.
    const onward = (await strapi.db.query(REDIRECT).findOne({ where: { path: target }, select: ['target'] })) as Redirect | null;
    if (onward && onward.target !== path) data.target = target = onward.target;
    if (target === path) throw invalid('target', `A redirect cannot lead back to its own address (${path}).`);
  }

  const result = await next();
  if (path && target) {
    // Redirects that led to this path now lead where it leads, or go if that is back to themselves.
    const leading = (await strapi.db.query(REDIRECT).findMany({ where: { target: path }, select: ['documentId', 'path'] })) as Redirect[];
    for (const other of leading) {
      if (other.path === target) await strapi.documents(REDIRECT).delete({ documentId: other.documentId });
      else await strapi.documents(REDIRECT).update({ documentId: other.documentId, data: { target } });
    }
  }
  return result;
};

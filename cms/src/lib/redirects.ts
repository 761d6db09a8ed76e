import type { Core } from '@strapi/strapi';
import { fieldError, writeData, type DocumentMiddleware } from './document-middleware';
import { RESERVED_PAGE_SLUGS } from './slugs';

const REDIRECT = 'api::redirect.redirect';
type Uid = typeof REDIRECT;

/** The published types, where each lives on the site: /insights/<slug>, or /<slug> for pages. */
const SECTIONS: Record<string, string> = {
  'api::article.article': 'insights',
  'api::event.event': 'events',
  'api::team-member.team-member': 'team',
  'api::page.page': '',
};
const pathOf = (uid: string, slug: string) => (SECTIONS[uid] ? `/${SECTIONS[uid]}/${slug}` : `/${slug}`);

/** Files the site serves at its top level. */
const SITE_FILES = ['sitemap.xml', 'feed.xml', 'robots.txt', 'favicon.ico', 'favicon.svg', 'apple-touch-icon.png'];

/**
 * Whether a path is the site's own: its home, a section (/insights), anything under its
 * machinery (/newsletter/confirm, /calendar/…, /api, /preview, /uploads, /_nuxt) or its files.
 * Under insights, events and team only the items' own addresses (/insights/<slug>) may redirect.
 */
const isSitePath = (path: string): boolean => {
  const [first = '', ...rest] = path.slice(1).split('/');
  if (path === '/' || first.startsWith('_') || (SITE_FILES.includes(first) && rest.length === 0)) return true;
  if (!RESERVED_PAGE_SLUGS.includes(first)) return false;
  return !(Object.values(SECTIONS).includes(first) && rest.length === 1);
};

/** The type and slug whose published document would live at a path, if any type would. */
const documentAt = (path: string): { uid: string; slug: string } | null => {
  const segments = path.slice(1).split('/');
  const [uid] = Object.entries(SECTIONS).find(([, section]) => (section ? segments.length === 2 && segments[0] === section : segments.length === 1)) ?? [];
  return uid ? { uid, slug: segments[segments.length - 1]! } : null;
};

/**
 * Addresses are kept decoded ("/café", not "/caf%C3%A9"), without a trailing slash, so the site
 * finds them whichever way a browser writes them. Null for one that is not a path of a site.
 */
const normalisePath = (value: string): string | null => {
  let path: string;
  try {
    path = decodeURI(value.trim());
  } catch {
    return null;
  }
  // No scheme-relative "//host" or "/\host" (a browser reads both as another site), no query, no fragment.
  if (!path.startsWith('/') || /^\/[/\\]/.test(path) || /[\s?#\\\p{Cc}]/u.test(path)) return null;
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
};

/**
 * Redirects keep old addresses working. The site sends a visitor asking for a redirect's path
 * on to its target (301) before anything else, so a link shared before a slug changed still
 * lands on the piece.
 *
 * - A published slug that changes leaves a redirect from the old address to the new one.
 * - Publishing at an address removes any redirect from it, and an editor cannot redirect an
 *   address where something is published, nor the site's own (home, sections, machinery, files).
 * - There are no chains: a redirect to an address that redirects elsewhere is pointed at the
 *   final target, and one that would lead back to its own path is refused or removed. A target
 *   on the site's own address (SITE_URL) is kept as a path, so this holds for it too.
 *
 * - A piece unpublished, renamed and published again redirects from the address it had when it
 *   went offline (remembered in the core store), unless something else is live there by then or
 *   an editor has redirected that address meanwhile.
 */
export const redirectRules =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    if (ctx.uid === REDIRECT) return saveRedirect(strapi, ctx, next);
    if (!(ctx.uid in SECTIONS) || !['create', 'update', 'publish', 'unpublish', 'delete'].includes(ctx.action)) return next();

    const { documentId } = ctx.params as { documentId?: string };
    const before = documentId ? await publishedSlug(strapi, ctx.uid, documentId) : null;
    const result = await next();
    const id = documentId ?? (result as { documentId?: string } | null)?.documentId;
    if (!id) return result;
    const memory = offlineAddresses(strapi);
    const memoryKey = `${ctx.uid}:${id}`;
    if (ctx.action === 'unpublish' || ctx.action === 'delete') {
      if (ctx.action === 'unpublish' && before && !(await publishedSlug(strapi, ctx.uid, id))) await memory.set({ key: memoryKey, value: before });
      else if (ctx.action === 'delete' && !(await strapi.db.query(ctx.uid as Uid).findOne({ where: { documentId: id }, select: ['id'] }))) await memory.delete({ key: memoryKey });
      return result;
    }
    const after = await publishedSlug(strapi, ctx.uid, id);
    if (after && (after !== before || ctx.action !== 'update')) {
      // Live content at this address from now on.
      const found = (await strapi.db.query(REDIRECT).findMany({ where: { path: pathOf(ctx.uid, after) }, select: ['documentId'] })) as { documentId: string }[];
      for (const stale of found) await strapi.documents(REDIRECT).delete({ documentId: stale.documentId });
      if (before && before !== after) await redirect(strapi, pathOf(ctx.uid, before), pathOf(ctx.uid, after));
      if (!before) {
        // Live again after being unpublished: its address from then leads here, if still free.
        const offline = (await memory.get({ key: memoryKey })) as string | null;
        if (offline) await memory.delete({ key: memoryKey });
        const path = offline && offline !== after ? pathOf(ctx.uid, offline) : null;
        if (path && !(await liveAt(strapi, path)) && !(await strapi.db.query(REDIRECT).findOne({ where: { path }, select: ['id'] }))) {
          await redirect(strapi, path, pathOf(ctx.uid, after));
        }
      }
    }
    return result;
  };

/** The address each unpublished piece had when it went offline, by type and document. */
const offlineAddresses = (strapi: Core.Strapi) => strapi.store({ type: 'core', name: 'redirects-offline' });

/** Whether something published lives at a path. */
const liveAt = async (strapi: Core.Strapi, path: string): Promise<boolean> => {
  const at = documentAt(path);
  return Boolean(at && (await strapi.db.query(at.uid as Uid).findOne({ where: { slug: at.slug, publishedAt: { $notNull: true } }, select: ['id'] })));
};

const publishedSlug = async (strapi: Core.Strapi, uid: string, documentId: string): Promise<string | null> => {
  const row = (await strapi.db.query(uid as Uid).findOne({ where: { documentId, publishedAt: { $notNull: true } }, select: ['slug'] })) as { slug?: string } | null;
  return row?.slug || null;
};

/** From `path` to `target`: a new redirect, or the one already kept for that path. */
const redirect = async (strapi: Core.Strapi, path: string, target: string) => {
  const existing = (await strapi.db.query(REDIRECT).findOne({ where: { path }, select: ['documentId'] })) as { documentId: string } | null;
  if (existing) await strapi.documents(REDIRECT).update({ documentId: existing.documentId, data: { target } });
  else await strapi.documents(REDIRECT).create({ data: { path, target } });
};

/**
 * A path of the site (with its query and fragment, if any), or a full http(s) address; one on the
 * site's own address (SITE_URL) is kept as a path. Null for anything else.
 */
const normaliseTarget = (value: string): string | null => {
  const text = value.trim();
  if (!/^(?:\/(?![/\\])|https?:\/\/)/i.test(text) || /[\s\p{Cc}]/u.test(text)) return null;
  let url: URL;
  try {
    url = new URL(text, 'http://site.invalid');
  } catch {
    return null;
  }
  const site = process.env.SITE_URL ? new URL(process.env.SITE_URL).origin : null;
  if (text.startsWith('/') || url.origin === site) {
    const path = normalisePath(url.pathname);
    return path && `${path}${url.search}${url.hash}`;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
};

const saveRedirect = async (strapi: Core.Strapi, ctx: Parameters<DocumentMiddleware>[0], next: Parameters<DocumentMiddleware>[1]) => {
  const data = writeData(ctx);
  if (!data) return next();
  if (typeof data.path === 'string') {
    const path = normalisePath(data.path);
    if (!path) throw fieldError('path', `"${data.path}" is not an address of this site. Write the path only, starting with a slash: /blog/an-old-post.`);
    if (isSitePath(path)) throw fieldError('path', `"${path}" is one of the site's own addresses (its home page, a section, the newsletter's links, its files) and cannot be redirected.`);
    if (await liveAt(strapi, path)) {
      throw fieldError('path', `Something is published at ${path}: a redirect would hide it. Unpublish it first, or change its slug (which redirects its old address for you).`);
    }
    data.path = path;
  }
  if (typeof data.target === 'string') {
    const target = normaliseTarget(data.target);
    if (!target) throw fieldError('target', `"${data.target}" is not an address to send visitors to. Write a path of this site (/insights/a-piece) or a full address (https://…).`);
    data.target = target;
  }

  const { documentId } = ctx.params as { documentId?: string };
  const current = documentId ? ((await strapi.db.query(REDIRECT).findOne({ where: { documentId }, select: ['path', 'target'] })) as { path: string; target: string } | null) : null;
  const path = (data.path as string | undefined) ?? current?.path;
  let target = (data.target as string | undefined) ?? current?.target;
  if (path && target) {
    // Straight to the end of any chain, and never back to itself.
    const onward = (await strapi.db.query(REDIRECT).findOne({ where: { path: target.replace(/[?#].*$/, '') }, select: ['target'] })) as { target: string } | null;
    if (onward && onward.target !== path) data.target = target = onward.target;
    if (target.replace(/[?#].*$/, '') === path) throw fieldError('target', `A redirect cannot lead back to its own address (${path}).`);
  }

  const result = await next();
  if (path && target) {
    // Redirects that led to this path now lead where it leads, or go if that is back to themselves.
    const leading = (await strapi.db.query(REDIRECT).findMany({ where: { target: path }, select: ['documentId', 'path'] })) as { documentId: string; path: string }[];
    for (const other of leading) {
      if (other.path === target) await strapi.documents(REDIRECT).delete({ documentId: other.documentId });
      else await strapi.documents(REDIRECT).update({ documentId: other.documentId, data: { target } });
    }
  }
  return result;
};

import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { canReadDrafts, DRAFTS_FORBIDDEN_MESSAGE } from './access';

export const PUBLICATION_FILTER_FORBIDDEN_MESSAGE =
  'publicationFilter and hasPublishedVersion compare published documents with their drafts, so they are only available to the admin and to API tokens with full or custom access. Leave them out: the public API serves published content only.';

const READ_ACTIONS = new Set(['findMany', 'findFirst', 'findOne', 'count']);

/**
 * Document Service middleware: a request without draft rights only ever reads published
 * documents, whatever route, resolver or plugin asks. Asking for drafts explicitly gets a 403, as
 * does filtering by how the published version compares with the draft (publicationFilter).
 * Calls outside a request (bootstrap, cron, scripts) are trusted.
 */
export const publishedOnlyForPublic =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (ctx, next) => {
    if (!READ_ACTIONS.has(ctx.action) || !ctx.contentType.options?.draftAndPublish) return next();

    const request = strapi.requestContext.get();
    if (!request || canReadDrafts(request.state?.auth)) return next();

    const params = (ctx.params ?? {}) as { status?: string; publicationFilter?: unknown; hasPublishedVersion?: unknown };
    // A PolicyError (a ForbiddenError) keeps its message over REST: Strapi's router replaces any
    // other ForbiddenError's with a bare "Forbidden".
    if (params.status === 'draft') throw new errors.PolicyError(DRAFTS_FORBIDDEN_MESSAGE);
    // Which documents have unpublished changes, or were never published, is itself draft information.
    if (params.publicationFilter != null || params.hasPublishedVersion != null) throw new errors.PolicyError(PUBLICATION_FILTER_FORBIDDEN_MESSAGE);
    ctx.params = { ...params, status: 'published' } as typeof ctx.params;
    return next();
  };

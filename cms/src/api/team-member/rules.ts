import type { Core } from '@strapi/strapi';
import { publishChecks, undescribedImage } from '../../lib/document-middleware';

/** A profile goes live only with its photo described for readers who cannot see it. */
export const teamMemberPublishChecks = (strapi: Core.Strapi) =>
  publishChecks<{ photo?: { alternativeText?: string | null } | null }>(strapi, 'api::team-member.team-member', { fields: ['name'], populate: { photo: { fields: ['alternativeText'] } } }, (draft) =>
    undescribedImage(draft.photo, 'photo', 'photo'),
  );

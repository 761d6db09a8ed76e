import type { Core } from '@strapi/strapi';
import { fieldError, publishChecks, undescribedImage, writeData, type DocumentMiddleware, type PublishProblem } from '../../lib/document-middleware';

const EVENT = 'api::event.event';

export const isTimeZone = (value: unknown): boolean => {
  if (typeof value !== 'string' || value.length === 0) return false;
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: value });
    return true;
  } catch {
    return false;
  }
};

interface EventDraft {
  format?: string | null;
  venueName?: string | null;
  address?: string | null;
  onlineUrl?: string | null;
  registrationUrl?: string | null;
  cover?: { alternativeText?: string | null } | null;
}

/** Why an event cannot be published yet: readers must be able to find it or join it, and see its cover described. */
export const eventPublishProblems = (draft: EventDraft): PublishProblem[] => {
  const problems: PublishProblem[] = [];
  const blank = (value: string | null | undefined) => !value?.trim();
  if ((draft.format === 'in_person' || draft.format === 'hybrid') && blank(draft.venueName) && blank(draft.address)) {
    problems.push({ path: ['venueName'], message: 'Say where it happens before publishing: a venue, an address or both.' });
  }
  if (draft.format === 'online' && blank(draft.onlineUrl) && blank(draft.registrationUrl)) {
    problems.push({ path: ['onlineUrl'], message: 'Say how to join before publishing: an online link, or a registration link that sends it.' });
  }
  return [...problems, ...undescribedImage(draft.cover, 'cover', 'cover image')];
};

export const eventPublishChecks = (strapi: Core.Strapi) =>
  publishChecks<EventDraft>(strapi, EVENT, { fields: ['format', 'venueName', 'address', 'onlineUrl', 'registrationUrl'], populate: { cover: { fields: ['alternativeText'] } } }, eventPublishProblems);

/** Event rules: it ends after it starts, and its time zone is a real IANA zone. */
export const eventRules =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    if (ctx.uid !== EVENT) return next();
    const data = writeData(ctx);
    if (!data) return next();

    if ('timezone' in data && data.timezone != null && !isTimeZone(data.timezone)) {
      throw fieldError('timezone', `"${String(data.timezone)}" is not a time zone. Use a name such as Europe/London or America/New_York.`);
    }

    if ('startsAt' in data || 'endsAt' in data) {
      let { startsAt, endsAt } = data as { startsAt?: string | Date | null; endsAt?: string | Date | null };
      const params = ctx.params as { documentId?: string; locale?: string };
      if (ctx.action === 'update' && params.documentId && (startsAt === undefined || endsAt === undefined)) {
        const current = (await strapi.documents(EVENT).findOne({
          documentId: params.documentId,
          locale: params.locale,
          status: 'draft',
          fields: ['startsAt', 'endsAt'],
        })) as { startsAt?: string; endsAt?: string } | null;
        startsAt = startsAt === undefined ? current?.startsAt : startsAt;
        endsAt = endsAt === undefined ? current?.endsAt : endsAt;
      }
      if (startsAt && endsAt && new Date(endsAt).getTime() <= new Date(startsAt).getTime()) {
        throw fieldError('endsAt', 'The event must end after it starts: check the end date and time.');
      }
    }
    return next();
  };

import type { Core } from '@strapi/strapi';
import { fieldError, writeData, type DocumentMiddleware } from '../../lib/document-middleware';

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

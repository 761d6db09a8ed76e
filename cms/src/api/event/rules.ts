import type { Core } from '@strapi/strapi';
import { fieldError, publishChecks, undescribedImage, writeData, type DocumentMiddleware, type PublishProblem } from '../../lib/document-middleware';
import { localDateTime, parseDate, parseTime, zonedTime } from '../../lib/zoned-time';

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

/** The wall-clock fields an editor fills in, in the event's own time zone. */
const LOCAL_FIELDS = ['startDate', 'startTime', 'endDate', 'endTime'] as const;
type LocalField = (typeof LOCAL_FIELDS)[number];
type Times = Partial<Record<LocalField | 'startsAt' | 'endsAt' | 'timezone', string | Date | null>>;

/** The local fields for two instants, seen in `timeZone` (no end date when it ends the same day). */
export const localFieldsOf = (startsAt: string | Date | null | undefined, endsAt: string | Date | null | undefined, timeZone: string): Record<LocalField, string | null> => {
  const start = startsAt ? localDateTime(new Date(startsAt), timeZone) : null;
  const end = endsAt ? localDateTime(new Date(endsAt), timeZone) : null;
  return { startDate: start?.date ?? null, startTime: start?.time ?? null, endDate: end && end.date !== start?.date ? end.date : null, endTime: end?.time ?? null };
};

/**
 * The instants for the local fields in `timeZone`; a field not yet given (a draft in progress)
 * leaves its instant undefined. A malformed one is refused, naming the field.
 */
const instantsOf = (times: Times, timeZone: string): { startsAt?: string; endsAt?: string } => {
  const given = (field: LocalField) => times[field] !== null && times[field] !== undefined && times[field] !== '';
  const date = (field: 'startDate' | 'endDate') => {
    const parsed = given(field) ? parseDate(String(times[field])) : null;
    if (given(field) && !parsed) throw fieldError(field, `"${String(times[field])}" is not a date. Write it as 2027-01-19.`);
    return parsed;
  };
  const time = (field: 'startTime' | 'endTime') => {
    const parsed = given(field) ? parseTime(String(times[field])) : null;
    if (given(field) && !parsed) throw fieldError(field, `"${String(times[field])}" is not a time of day. Write it as 18:00.`);
    return parsed;
  };
  const [startDate, endDate, startTime, endTime] = [date('startDate'), date('endDate'), time('startTime'), time('endTime')];
  const day = endDate ?? startDate;
  return {
    ...(startDate && startTime ? { startsAt: zonedTime(...startDate, ...startTime, timeZone).toISOString() } : {}),
    ...(day && endTime ? { endsAt: zonedTime(...day, ...endTime, timeZone).toISOString() } : {}),
  };
};

/**
 * Event rules: its time zone is a real IANA zone; its times are kept two ways, in step, and it
 * ends after it starts.
 *
 * Editors enter the date and the start and end times as the clock shows them where the event
 * happens (`startDate`, `startTime`, `endDate`, `endTime`, private: dashboard only); the instants
 * the API serves (`startsAt`, `endsAt`) are computed from them in the event's time zone, so an
 * editor in London entering 18:00 for a New York event gets 18:00 New York time, whatever the
 * zone of their computer. When only instants are written (the seed, an admin API script), the
 * local fields are computed from them instead; when only the zone changes, the wall-clock times
 * stay and the instants move.
 */
export const eventRules =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    if (ctx.uid !== EVENT) return next();
    const data = writeData(ctx) as Times | undefined;
    if (!data) return next();

    if ('timezone' in data && data.timezone != null && !isTimeZone(data.timezone)) {
      throw fieldError('timezone', `"${String(data.timezone)}" is not a time zone. Use a name such as Europe/London or America/New_York.`);
    }

    const touchesLocal = LOCAL_FIELDS.some((field) => field in data);
    const touchesInstants = 'startsAt' in data || 'endsAt' in data;
    if (touchesLocal || touchesInstants || 'timezone' in data) {
      const params = ctx.params as { documentId?: string; locale?: string };
      const current =
        ctx.action === 'update' && params.documentId
          ? ((await strapi.documents(EVENT).findOne({
              documentId: params.documentId,
              locale: params.locale,
              status: 'draft',
              fields: ['startsAt', 'endsAt', 'timezone', ...LOCAL_FIELDS],
            })) as Times | null)
          : null;
      // Times in Strapi's own form (HH:mm:ss.SSS), however they were written ("18:00").
      for (const field of ['startTime', 'endTime'] as const) {
        const parsed = typeof data[field] === 'string' ? parseTime(data[field]) : null;
        if (parsed) data[field] = `${String(parsed[0]).padStart(2, '0')}:${String(parsed[1]).padStart(2, '0')}:00.000`;
      }
      const merged: Times = { ...current, ...data };
      const zone = typeof merged.timezone === 'string' && merged.timezone ? merged.timezone : 'Europe/London';
      const currentHasLocal = Boolean(current?.startDate);
      if (touchesLocal || (!touchesInstants && currentHasLocal)) {
        Object.assign(data, instantsOf(merged, zone));
      } else {
        Object.assign(data, localFieldsOf(merged.startsAt, merged.endsAt, zone));
      }
      const startsAt = data.startsAt ?? current?.startsAt;
      const endsAt = data.endsAt ?? current?.endsAt;
      if (startsAt && endsAt && new Date(endsAt).getTime() <= new Date(startsAt).getTime()) {
        throw fieldError(touchesLocal ? 'endTime' : 'endsAt', 'The event must end after it starts: check the end date and time.');
      }
    }
    return next();
  };

/**
 * Events saved before the local fields existed get them, computed from their instants, once at
 * start: written to the rows only, so no event shows as changed.
 */
export const backfillLocalTimes = async (strapi: Core.Strapi): Promise<number> => {
  const rows = (await strapi.db.query(EVENT).findMany({ where: { startDate: null, startsAt: { $notNull: true } }, select: ['id', 'startsAt', 'endsAt', 'timezone'] })) as {
    id: number;
    startsAt: string;
    endsAt: string | null;
    timezone: string | null;
  }[];
  for (const row of rows) {
    await strapi.db.query(EVENT).updateMany({ where: { id: row.id }, data: localFieldsOf(row.startsAt, row.endsAt, row.timezone || 'Europe/London') });
  }
  return rows.length;
};

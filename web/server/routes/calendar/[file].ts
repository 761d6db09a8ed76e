import { EventBySlugQuery, GlobalQuery } from '@insights/api';
import { createEvent, type DateArray } from 'ics';

const utcParts = (iso: string): DateArray => {
  const date = new Date(iso);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes()];
};

/** "Add to calendar": /calendar/<event-slug>.ics, an iCalendar file made with the `ics` library, folded by octets. */
export default defineEventHandler(async (event) => {
  const file = getRouterParam(event, 'file') ?? '';
  const slug = file.endsWith('.ics') ? file.slice(0, -4) : '';
  if (!/^[a-z0-9-]{1,120}$/.test(slug)) throw createError({ statusCode: 404, statusMessage: 'Not Found' });

  const [{ events }, { global }] = await Promise.all([cmsQuery(EventBySlugQuery, { slug }), cmsQuery(GlobalQuery, {})]);
  const item = events[0];
  if (!item) throw createError({ statusCode: 404, statusMessage: 'Not Found', message: 'No such event.' });

  const base = siteUrl(event);
  const url = `${base}/events/${item.slug}`;
  const location = [item.venueName, addressWithoutVenue(item.address, item.venueName).replace(/\s*\n\s*/g, ', ')].filter(Boolean).join(', ') || item.onlineUrl || 'Online';
  const { error, value } = createEvent({
    uid: `${item.documentId}@${new URL(base).host}`,
    title: item.title,
    description: `${item.summary}\n\n${item.onlineUrl ? `Join online: ${item.onlineUrl}\n` : ''}${item.registrationUrl ? `Register: ${item.registrationUrl}\n` : ''}Details: ${url}`,
    start: utcParts(item.startsAt),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: utcParts(item.endsAt),
    endInputType: 'utc',
    endOutputType: 'utc',
    location,
    url,
    organizer: { name: global?.siteName ?? 'Organiser', ...(global?.contactEmail ? { email: global.contactEmail } : {}) },
    status: 'CONFIRMED',
    productId: 'insights-stack/ics',
    calName: global?.siteName ?? undefined,
  });
  if (error || !value) throw createError({ statusCode: 500, statusMessage: 'Calendar file could not be made' });

  setResponseHeaders(event, {
    'content-type': 'text/calendar; charset=utf-8',
    'content-disposition': `attachment; filename="${item.slug}.ics"`,
  });
  return foldIcsLines(value);
});

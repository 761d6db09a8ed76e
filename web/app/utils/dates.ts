/** Dates as readers in the UK expect them. Articles use the site's zone; events their own. */
export const SITE_TIME_ZONE = 'Europe/London';

// Making an Intl.DateTimeFormat is costly (far more than using one): keep one per style and zone.
const formatters = new Map<string, Intl.DateTimeFormat>();
const formatter = (options: Intl.DateTimeFormatOptions, timeZone: string): Intl.DateTimeFormat => {
  const key = `${timeZone}|${JSON.stringify(options)}`;
  let made = formatters.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat('en-GB', { ...options, timeZone });
    formatters.set(key, made);
  }
  return made;
};

/** { day: "8", month: "Dec" }: the date block of an event card. */
export const dayAndMonth = (iso: string, timeZone = SITE_TIME_ZONE) => ({
  day: formatter({ day: 'numeric' }, timeZone).format(new Date(iso)),
  month: formatter({ month: 'short' }, timeZone).format(new Date(iso)),
});

/** "3 November 2026" */
export const formatDate = (iso: string, timeZone = SITE_TIME_ZONE): string =>
  formatter({ day: 'numeric', month: 'long', year: 'numeric' }, timeZone).format(new Date(iso));

/** "Tuesday 8 December 2026" (built from parts: ICU's en-GB puts a comma after the weekday). */
export const formatDay = (iso: string, timeZone = SITE_TIME_ZONE): string => {
  const parts = formatter({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }, timeZone).formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`;
};

/** "08:30" */
export const formatTime = (iso: string, timeZone = SITE_TIME_ZONE): string =>
  formatter({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }, timeZone).format(new Date(iso));

/** The zone's short name at that instant: "GMT", "BST", "CET", "GMT+1". */
export const zoneName = (iso: string, timeZone = SITE_TIME_ZONE): string =>
  formatter({ timeZoneName: 'short' }, timeZone)
    .formatToParts(new Date(iso))
    .find((part) => part.type === 'timeZoneName')?.value ?? timeZone;

/**
 * A zone as readers say it, at that instant: "Dublin time (Irish Standard Time)", from the
 * IANA name's city and the zone's long name ("Europe/Dublin" means little to most people).
 */
export const readableZone = (iso: string, timeZone = SITE_TIME_ZONE): string => {
  const city = timeZone.split('/').pop()?.replaceAll('_', ' ') ?? timeZone;
  const long = formatter({ timeZoneName: 'long' }, timeZone)
    .formatToParts(new Date(iso))
    .find((part) => part.type === 'timeZoneName')?.value;
  return long && !long.startsWith('GMT') ? `${city} time (${long})` : `${city} time`;
};

/**
 * When an event happens, in its own time zone:
 * "Tuesday 8 December 2026, 08:30 to 09:30 GMT", or across days
 * "Friday 4 December 2026, 18:00 GMT to Saturday 5 December 2026, 13:00 GMT".
 */
export const formatEventWhen = (startsAt: string, endsAt: string, timeZone = SITE_TIME_ZONE): string => {
  const sameDay = formatDay(startsAt, timeZone) === formatDay(endsAt, timeZone);
  if (sameDay) return `${formatDay(startsAt, timeZone)}, ${formatTime(startsAt, timeZone)} to ${formatTime(endsAt, timeZone)} ${zoneName(endsAt, timeZone)}`;
  return `${formatDay(startsAt, timeZone)}, ${formatTime(startsAt, timeZone)} ${zoneName(startsAt, timeZone)} to ${formatDay(endsAt, timeZone)}, ${formatTime(endsAt, timeZone)} ${zoneName(endsAt, timeZone)}`;
};

/** Machine-readable date for <time datetime>. */
export const isoDate = (iso: string): string => new Date(iso).toISOString();

/**
 * Wall-clock times in a time zone and the instants they name, with Intl only (no time zone
 * library): events are entered as a local date and time where they happen.
 */
/** The offset of a time zone from UTC at an instant, in milliseconds. */
const zoneOffset = (instant: Date, timeZone: string): number => {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
};

/** The instant at which the wall clock in `timeZone` shows the given local date and time. */
export const zonedTime = (year: number, month: number, day: number, hours: number, minutes: number, timeZone: string): Date => {
  const guess = Date.UTC(year, month - 1, day, hours, minutes);
  const first = guess - zoneOffset(new Date(guess), timeZone);
  // A second pass settles instants near a daylight-saving change.
  return new Date(guess - zoneOffset(new Date(first), timeZone));
};

/** The date ("2027-01-19") and time ("18:00:00.000", Strapi's time form) the wall clock in `timeZone` shows at an instant. */
export const localDateTime = (instant: Date, timeZone: string): { date: string; time: string } => {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }).formatToParts(instant);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '00';
  return { date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}:${get('second')}.000` };
};

/** [year, month, day] from "YYYY-MM-DD", or null. */
export const parseDate = (value: unknown): [number, number, number] | null => {
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim()) : null;
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  return check.getUTCMonth() === month - 1 && check.getUTCDate() === day ? [year, month, day] : null;
};

/** [hours, minutes] from "HH:MM", "HH:MM:SS" or "HH:MM:SS.mmm", or null. */
export const parseTime = (value: unknown): [number, number] | null => {
  const match = typeof value === 'string' ? /^(\d{2}):(\d{2})(?::\d{2}(?:\.\d{1,3})?)?$/.exec(value.trim()) : null;
  if (!match) return null;
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  return hours < 24 && minutes < 60 ? [hours, minutes] : null;
};

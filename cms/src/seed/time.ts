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

/** Tuesday to Thursday (as Date#getUTCDay numbers): when workshops, clinics and webinars run. */
export const EVENT_WEEKDAYS: readonly number[] = [2, 3, 4];

/**
 * A local "HH:MM" on the first Tuesday, Wednesday or Thursday (in the zone) on or after the day
 * `days` from `from`. Demo events are seeded relative to the seeding date; fixed offsets alone
 * would put them all on whichever weekdays those offsets happen to land.
 */
export const weekdayFromNowAt = (from: Date, days: number, time: string, timeZone: string, weekdays: readonly number[] = EVENT_WEEKDAYS): Date => {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  const day = new Date(from.getTime() + days * 86_400_000);
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(day).split('-').map(Number);
  const [year = 1970, month = 1, date = 1] = parts;
  const weekday = new Date(Date.UTC(year, month - 1, date)).getUTCDay();
  const shift = Math.min(...weekdays.map((wanted) => (wanted - weekday + 7) % 7));
  return zonedTime(year, month, date + shift, hours, minutes, timeZone);
};

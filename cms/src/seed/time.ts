import { zonedTime } from '../lib/zoned-time';

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

import { describe, expect, it } from 'vitest';
import { formatDate, formatEventWhen, formatTime, zoneName } from '~/utils/dates';

describe('dates in Europe/London', () => {
  it('shows the London date for an instant late in the UTC day during summer time', () => {
    // 23:30 UTC on 29 March 2026 is 00:30 BST on 30 March.
    expect(formatDate('2026-03-29T23:30:00.000Z')).toBe('30 March 2026');
  });

  it('shows the same date as UTC in winter (GMT)', () => {
    expect(formatDate('2026-12-31T23:30:00.000Z')).toBe('31 December 2026');
  });

  it('names GMT in winter and BST in summer', () => {
    expect(zoneName('2026-01-15T12:00:00.000Z')).toBe('GMT');
    expect(zoneName('2026-07-15T12:00:00.000Z')).toBe('BST');
    expect(formatTime('2026-07-15T12:00:00.000Z')).toBe('13:00');
  });
});

describe('formatEventWhen', () => {
  it('gives one day with start and end times in the event zone', () => {
    expect(formatEventWhen('2026-12-08T08:30:00.000Z', '2026-12-08T09:30:00.000Z', 'Europe/London')).toBe('Tuesday 8 December 2026, 08:30 to 09:30 GMT');
  });

  it('uses the event’s own time zone, not the reader’s or the site’s', () => {
    expect(formatEventWhen('2026-06-10T12:00:00.000Z', '2026-06-10T13:30:00.000Z', 'Europe/Berlin')).toBe('Wednesday 10 June 2026, 14:00 to 15:30 CEST');
  });

  it('spells out both days when an event runs past midnight', () => {
    expect(formatEventWhen('2026-12-04T18:00:00.000Z', '2026-12-05T13:00:00.000Z', 'Europe/London')).toBe(
      'Friday 4 December 2026, 18:00 GMT to Saturday 5 December 2026, 13:00 GMT',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { readableZone } from '~/utils/dates';
import { addressWithoutVenue } from '../../shared/utils/venue';

describe('addressWithoutVenue', () => {
  it('drops the venue name an editor repeated at the start of the address', () => {
    expect(addressWithoutVenue('The Mill Room, 41 Ancoats Wharf, Manchester M4 6HD', 'The Mill Room')).toBe('41 Ancoats Wharf, Manchester M4 6HD');
    expect(addressWithoutVenue('The Mill Room\n41 Ancoats Wharf', 'the mill room')).toBe('41 Ancoats Wharf');
  });

  it('leaves an address that does not start with the venue alone', () => {
    expect(addressWithoutVenue('41 Ancoats Wharf, Manchester', 'The Mill Room')).toBe('41 Ancoats Wharf, Manchester');
    expect(addressWithoutVenue('The Mill Roomworks, 2 Lane', 'The Mill Room')).toBe('The Mill Roomworks, 2 Lane');
    expect(addressWithoutVenue('41 Ancoats Wharf', null)).toBe('41 Ancoats Wharf');
    expect(addressWithoutVenue(null, 'The Mill Room')).toBe('');
  });
});

describe('readableZone', () => {
  it('names the city and the zone as it is at the event, not the IANA id', () => {
    expect(readableZone('2026-01-15T12:00:00.000Z', 'Europe/Dublin')).toBe('Dublin time (Greenwich Mean Time)');
    expect(readableZone('2026-07-15T12:00:00.000Z', 'Europe/Dublin')).toBe('Dublin time (Irish Standard Time)');
    expect(readableZone('2026-07-15T12:00:00.000Z', 'America/New_York')).toBe('New York time (Eastern Daylight Time)');
  });
});

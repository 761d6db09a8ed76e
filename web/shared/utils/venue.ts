/**
 * An event's address without the venue's name at its start: editors often type the name in
 * both fields ("The Mill Room" and "The Mill Room, 41 Ancoats Wharf, …"), and the page and the
 * calendar file would otherwise say it twice.
 */
export const addressWithoutVenue = (address: string | null | undefined, venueName: string | null | undefined): string => {
  const text = (address ?? '').trim();
  const venue = (venueName ?? '').trim();
  if (!venue || !text.toLowerCase().startsWith(venue.toLowerCase())) return text;
  const rest = text.slice(venue.length);
  // Only a whole name followed by a separator: "The Mill Roomworks" is another place.
  if (rest && !/^[\s,;–-]/.test(rest)) return text;
  return rest.replace(/^[\s,;–-]+/, '');
};

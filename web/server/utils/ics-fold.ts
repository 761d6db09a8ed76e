/**
 * RFC 5545 §3.1 line folding by octets. The `ics` library folds at 75 characters, so a line of
 * non-ASCII text (accents, curly quotes, "–") runs past the 75-octet limit some calendars
 * enforce. This unfolds its output and folds each line again at 75 octets (74 after the space
 * that starts a continuation), never inside a UTF-8 sequence or a surrogate pair.
 */
const MAX_OCTETS = 75;

const foldLine = (line: string): string => {
  const parts: string[] = [];
  let part = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(part);
      part = '';
      octets = 0;
    }
    part += char;
    octets += size;
  }
  parts.push(part);
  return parts.join('\r\n ');
};

export const foldIcsLines = (text: string): string =>
  text
    .replace(/\r?\n[ \t]/g, '')
    .split(/\r?\n/)
    .map(foldLine)
    .join('\r\n');

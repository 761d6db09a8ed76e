import { describe, expect, it } from 'vitest';
import { foldIcsLines } from '../../server/utils/ics-fold';

const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

describe('foldIcsLines', () => {
  it('keeps every line within 75 octets when the text is not ASCII', () => {
    const description = `DESCRIPTION:${'Café – “collaboration” across départements; '.repeat(8)}`;
    const folded = foldIcsLines(`BEGIN:VEVENT\r\n${description}\r\nEND:VEVENT\r\n`);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(8);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(unfold(folded)).toBe(`BEGIN:VEVENT\r\n${description}\r\nEND:VEVENT\r\n`);
  });

  it('never splits a multi-octet character or an emoji across lines', () => {
    const folded = foldIcsLines(`SUMMARY:${'é🙂'.repeat(40)}`);
    for (const line of folded.split('\r\n')) {
      expect(line).not.toContain('\uFFFD');
      expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line);
      expect(/[\uD800-\uDBFF]$/.test(line)).toBe(false);
    }
    expect(unfold(folded)).toBe(`SUMMARY:${'é🙂'.repeat(40)}`);
  });

  it('refolds lines the library already folded by characters, leaving short lines alone', () => {
    const byCharacters = `LOCATION:${'ü'.repeat(66)}\r\n\t${'ü'.repeat(30)}\r\nUID:abc@example.org`;
    const folded = foldIcsLines(byCharacters);
    expect(folded.split('\r\n').every((line) => Buffer.byteLength(line, 'utf8') <= 75)).toBe(true);
    expect(folded.endsWith('\r\nUID:abc@example.org')).toBe(true);
    expect(unfold(folded)).toBe(`LOCATION:${'ü'.repeat(96)}\r\nUID:abc@example.org`);
  });
});

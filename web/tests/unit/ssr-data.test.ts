import { describe, expect, it } from 'vitest';
import { jsonScriptBody } from '~/utils/ssr-data';

describe('jsonScriptBody', () => {
  it('cannot close its script element or open a comment, and parses back unchanged', () => {
    const value = {
      'articles{"slug":"x"}': { data: JSON.stringify({ title: '</script><script>alert(1)</script>', body: '<!-- <script> -->', quote: '"\\' }) },
      other: ['</SCRIPT >', '\u2028', 'é'],
    };
    const body = jsonScriptBody(value);
    expect(body).not.toContain('<');
    expect(JSON.parse(body)).toEqual(value);
  });
});

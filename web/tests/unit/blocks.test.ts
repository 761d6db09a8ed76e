import { describe, expect, it } from 'vitest';
import { inlineText, isExternal, slugify, toBlocks } from '~/utils/blocks';

describe('toBlocks', () => {
  it('keeps known block kinds and drops unknown or malformed nodes', () => {
    const blocks = toBlocks([{ type: 'paragraph', children: [] }, { type: 'video' }, null, 'text', { type: 'code', children: [] }]);
    expect(blocks.map((block) => block.type)).toEqual(['paragraph', 'code']);
  });

  it('is empty for content that is not a list of blocks', () => {
    expect(toBlocks(null)).toEqual([]);
    expect(toBlocks({ type: 'paragraph' })).toEqual([]);
  });
});

it('inlineText reads text through links', () => {
  expect(inlineText([{ type: 'text', text: 'See ' }, { type: 'link', url: 'https://example.org', children: [{ type: 'text', text: 'this' }] }])).toBe('See this');
});

it('slugify makes heading anchors', () => {
  expect(slugify('What we do — instead?')).toBe('what-we-do-instead');
  expect(slugify('Café-style évaluation')).toBe('cafe-style-evaluation');
});

it('isExternal tells site paths from other sites', () => {
  expect(isExternal('https://example.org')).toBe(true);
  expect(isExternal('/insights')).toBe(false);
  expect(isExternal('mailto:a@example.org')).toBe(false);
});

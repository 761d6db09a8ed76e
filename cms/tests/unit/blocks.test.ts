import { describe, expect, it } from 'vitest';
import { blocksToText, countWords, readingTimeMinutes, WORDS_PER_MINUTE } from '../../src/lib/blocks';

const text = (value: string) => ({ type: 'text', text: value });

describe('blocksToText', () => {
  it('reads paragraphs, headings, links and list items, one line per block', () => {
    const blocks = [
      { type: 'heading', level: 2, children: [text('A heading')] },
      { type: 'paragraph', children: [text('Before '), { type: 'link', url: 'https://example.org', children: [text('a link')] }, text(' after.')] },
      { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [text('one')] }, { type: 'list-item', children: [text('two')] }] },
    ];
    expect(blocksToText(blocks)).toBe('A heading\nBefore a link after.\none\ntwo');
  });

  it('is empty for anything that is not blocks', () => {
    expect(blocksToText(null)).toBe('');
    expect(blocksToText('words')).toBe('');
  });
});

describe('readingTimeMinutes', () => {
  it('counts words, not punctuation or whitespace', () => {
    expect(countWords('  Hello,   world — again!  ')).toBe(3);
  });

  it('rounds up and never says zero', () => {
    const words = (count: number) => [{ type: 'paragraph', children: [text(Array.from({ length: count }, () => 'word').join(' '))] }];
    expect(readingTimeMinutes([])).toBe(1);
    expect(readingTimeMinutes(words(WORDS_PER_MINUTE))).toBe(1);
    expect(readingTimeMinutes(words(WORDS_PER_MINUTE + 1))).toBe(2);
    expect(readingTimeMinutes(words(WORDS_PER_MINUTE * 7))).toBe(7);
  });
});

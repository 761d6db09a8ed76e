/**
 * Helpers for Strapi's blocks rich text (the `blocks` attribute type): an array of block nodes
 * (paragraph, heading, list, quote, code, image), each with inline children (text, link).
 */
export interface BlockNode {
  type: string;
  text?: string;
  children?: BlockNode[];
  [key: string]: unknown;
}

/** The readable text of a blocks document, one line per block. */
export const blocksToText = (blocks: unknown): string => {
  if (!Array.isArray(blocks)) return '';
  const inline = (node: BlockNode): string =>
    typeof node.text === 'string' ? node.text : (node.children ?? []).map(inline).join('');
  const block = (node: BlockNode): string => {
    if (node.type === 'list') return (node.children ?? []).map(block).join('\n');
    return inline(node);
  };
  return (blocks as BlockNode[]).map(block).join('\n');
};

export const countWords = (text: string): number => text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

/** Silent reading speed for considered non-fiction, in words a minute. */
export const WORDS_PER_MINUTE = 220;

/** Minutes to read a blocks document, rounded up; never less than one. */
export const readingTimeMinutes = (blocks: unknown): number =>
  Math.max(1, Math.ceil(countWords(blocksToText(blocks)) / WORDS_PER_MINUTE));

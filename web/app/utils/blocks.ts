/**
 * Strapi's blocks rich text as stored in the CMS (a JSON scalar in the API): narrowed here so
 * the renderer handles every kind and ignores what it does not know.
 */
export interface TextNode {
  type: 'text';
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  code?: boolean;
}
export interface LinkNode {
  type: 'link';
  url: string;
  children: InlineNode[];
}
export type InlineNode = TextNode | LinkNode;

export interface BlockImage {
  url: string;
  alternativeText?: string | null;
  caption?: string | null;
  width?: number | null;
  height?: number | null;
  formats?: unknown;
}

export type BlockNode =
  | { type: 'paragraph'; children: InlineNode[] }
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; children: InlineNode[] }
  | { type: 'list'; format: 'ordered' | 'unordered'; children: ListItemNode[] }
  | { type: 'quote'; children: InlineNode[] }
  | { type: 'code'; language?: string; children: InlineNode[] }
  | { type: 'image'; image: BlockImage; children?: InlineNode[] };

export interface ListItemNode {
  type: 'list-item' | 'list';
  format?: 'ordered' | 'unordered';
  children: (InlineNode | ListItemNode)[];
}

const KINDS = new Set(['paragraph', 'heading', 'list', 'quote', 'code', 'image']);

/** The blocks of a body, skipping anything malformed or unknown. */
export const toBlocks = (value: unknown): BlockNode[] =>
  Array.isArray(value)
    ? value.filter((node): node is BlockNode => typeof node === 'object' && node !== null && KINDS.has((node as { type?: string }).type ?? ''))
    : [];

/** The plain text of inline nodes (code blocks, headings' anchors). */
export const inlineText = (nodes: (InlineNode | ListItemNode)[] = []): string =>
  nodes.map((node) => ('text' in node ? node.text : inlineText(node.children))).join('');

/** A URL-safe id for a heading: "What we do instead" → "what-we-do-instead". */
export const slugify = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** Links leaving the site open as usual but are marked for assistive technology. */
export const isExternal = (url: string): boolean => /^https?:\/\//i.test(url);

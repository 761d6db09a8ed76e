/**
 * A small builder for Strapi blocks rich text, so demo content reads like writing rather
 * than like JSON. `p('Plain ', b('bold'), ' and ', a('https://example.org', 'a link'), '.')`
 */
export type Inline =
  | { type: 'text'; text: string; bold?: boolean; italic?: boolean; code?: boolean }
  | { type: 'link'; url: string; children: Inline[] };

export type Block =
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'heading'; level: 2 | 3 | 4; children: Inline[] }
  | { type: 'list'; format: 'ordered' | 'unordered'; children: { type: 'list-item'; children: Inline[] }[] }
  | { type: 'quote'; children: Inline[] }
  | { type: 'code'; language?: string; children: Inline[] }
  | { type: 'image'; image: ImageRef; children: Inline[] };

/** An image inside a body, by the key of an image spec in the same fixture; the seed uploads it. */
export interface ImageRef {
  seedImage: string;
}

type Part = string | Inline;

const inline = (parts: Part[]): Inline[] => parts.map((part) => (typeof part === 'string' ? { type: 'text', text: part } : part));

export const b = (text: string): Inline => ({ type: 'text', text, bold: true });
export const i = (text: string): Inline => ({ type: 'text', text, italic: true });
export const a = (url: string, text: string): Inline => ({ type: 'link', url, children: [{ type: 'text', text }] });

export const p = (...parts: Part[]): Block => ({ type: 'paragraph', children: inline(parts) });
export const h2 = (text: string): Block => ({ type: 'heading', level: 2, children: inline([text]) });
export const h3 = (text: string): Block => ({ type: 'heading', level: 3, children: inline([text]) });
export const quote = (...parts: Part[]): Block => ({ type: 'quote', children: inline(parts) });
export const code = (text: string, language?: string): Block => ({ type: 'code', ...(language ? { language } : {}), children: [{ type: 'text', text }] });
export const ul = (...items: (Part | Part[])[]): Block => ({
  type: 'list',
  format: 'unordered',
  children: items.map((item) => ({ type: 'list-item', children: inline(Array.isArray(item) ? item : [item]) })),
});
export const ol = (...items: (Part | Part[])[]): Block => ({
  type: 'list',
  format: 'ordered',
  children: items.map((item) => ({ type: 'list-item', children: inline(Array.isArray(item) ? item : [item]) })),
});
export const img = (seedImage: string): Block => ({ type: 'image', image: { seedImage }, children: [{ type: 'text', text: '' }] });

import { mountSuspended } from '@nuxt/test-utils/runtime';
import { describe, expect, it } from 'vitest';
import BlocksRenderer from '~/components/blocks/BlocksRenderer.vue';

const text = (value: string, marks: Record<string, boolean> = {}) => ({ type: 'text', text: value, ...marks });
const render = async (content: unknown) => (await mountSuspended(BlocksRenderer, { props: { content } })).element as HTMLElement;

describe('BlocksRenderer', () => {
  it('renders paragraphs with every mark and line breaks', async () => {
    const root = await render([
      {
        type: 'paragraph',
        children: [
          text('plain '),
          text('bold', { bold: true }),
          text(' '),
          text('italic', { italic: true }),
          text(' '),
          text('under', { underline: true }),
          text(' '),
          text('struck', { strikethrough: true }),
          text(' '),
          text('code', { code: true }),
          text(' '),
          text('both', { bold: true, italic: true }),
          text('\nnext line'),
        ],
      },
    ]);
    const p = root.querySelector('p')!;
    expect(p.querySelector('strong')?.textContent).toBe('bold');
    expect(p.querySelector('em')?.textContent).toBe('italic');
    expect(p.querySelector('u')?.textContent).toBe('under');
    expect(p.querySelector('s')?.textContent).toBe('struck');
    expect(p.querySelector('code')?.textContent).toBe('code');
    expect(p.querySelector('strong > em')?.textContent).toBe('both');
    expect(p.querySelector('br')).not.toBeNull();
  });

  it('renders links, marking external ones rel=noopener and keeping site paths plain', async () => {
    const root = await render([
      {
        type: 'paragraph',
        children: [
          { type: 'link', url: 'https://example.org/guide', children: [text('the guide')] },
          text(' and '),
          { type: 'link', url: '/events', children: [text('events', { bold: true })] },
        ],
      },
    ]);
    const [external, internal] = [...root.querySelectorAll('a')];
    expect(external?.getAttribute('href')).toBe('https://example.org/guide');
    expect(external?.getAttribute('rel')).toBe('noopener');
    expect(internal?.getAttribute('href')).toBe('/events');
    expect(internal?.getAttribute('rel')).toBeNull();
    expect(internal?.querySelector('strong')?.textContent).toBe('events');
  });

  it('renders headings from h2 down, with anchors (a body h1 becomes h2)', async () => {
    const root = await render([
      { type: 'heading', level: 1, children: [text('Top level')] },
      { type: 'heading', level: 2, children: [text('What we do instead')] },
      { type: 'heading', level: 3, children: [text('Detail')] },
    ]);
    expect([...root.querySelectorAll('h1, h2, h3')].map((node) => `${node.tagName}#${node.id}`)).toEqual(['H2#top-level', 'H2#what-we-do-instead', 'H3#detail']);
  });

  it('renders ordered, unordered and nested lists', async () => {
    const root = await render([
      { type: 'list', format: 'ordered', children: [{ type: 'list-item', children: [text('first')] }, { type: 'list-item', children: [text('second')] }] },
      {
        type: 'list',
        format: 'unordered',
        children: [
          { type: 'list-item', children: [text('outer')] },
          { type: 'list', format: 'ordered', children: [{ type: 'list-item', children: [text('inner')] }] },
        ],
      },
    ]);
    expect([...root.querySelectorAll(':scope > ol > li')].map((li) => li.textContent)).toEqual(['first', 'second']);
    expect(root.querySelector('ul > li > ol > li')?.textContent).toBe('inner');
  });

  it('renders quotes and code blocks (keyboard-scrollable, labelled)', async () => {
    const root = await render([
      { type: 'quote', children: [text('Make it speakable.')] },
      { type: 'code', language: 'yaml', children: [text('owner: team\nreview: quarterly')] },
    ]);
    expect(root.querySelector('blockquote p')?.textContent).toBe('Make it speakable.');
    const pre = root.querySelector('pre')!;
    expect(pre.getAttribute('tabindex')).toBe('0');
    expect(pre.getAttribute('aria-label')).toBe('Code sample (yaml)');
    expect(pre.querySelector('code.language-yaml')?.textContent).toBe('owner: team\nreview: quarterly');
  });

  it('renders images with their alt text, size and caption', async () => {
    const root = await render([
      {
        type: 'image',
        image: {
          url: '/uploads/x.jpg',
          alternativeText: 'Four arches',
          caption: 'Four phases of work.',
          width: 1600,
          height: 1000,
          formats: { small: { url: '/uploads/small_x.jpg', width: 500, height: 313 } },
        },
        children: [text('')],
      },
    ]);
    const img = root.querySelector('figure img')!;
    expect(img.getAttribute('alt')).toBe('Four arches');
    expect(img.getAttribute('width')).toBe('1600');
    expect(img.getAttribute('height')).toBe('1000');
    expect(img.getAttribute('loading')).toBe('lazy');
    expect(img.getAttribute('srcset')).toBe('/uploads/small_x.jpg 500w, /uploads/x.jpg 1600w');
    expect(root.querySelector('figcaption')?.textContent).toBe('Four phases of work.');
  });

  it('skips block kinds it does not know instead of failing', async () => {
    const root = await render([{ type: 'embed', url: 'x' }, { type: 'paragraph', children: [text('still here')] }]);
    expect(root.textContent).toBe('still here');
  });
});

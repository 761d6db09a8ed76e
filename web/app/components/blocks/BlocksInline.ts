import { defineComponent, h, type PropType, type VNodeChild } from 'vue';
import { isExternal, type InlineNode } from '~/utils/blocks';

/** Text with its marks (bold, italic, underline, strikethrough, code) and links, nested as written. */
const renderText = (node: Extract<InlineNode, { type: 'text' }>): VNodeChild => {
  const lines = node.text.split('\n');
  let content: VNodeChild = lines.flatMap((line, index) => (index === 0 ? [line] : [h('br'), line]));
  if (node.code) content = h('code', content);
  if (node.strikethrough) content = h('s', content);
  if (node.underline) content = h('u', content);
  if (node.italic) content = h('em', content);
  if (node.bold) content = h('strong', content);
  return content;
};

const renderNodes = (nodes: InlineNode[]): VNodeChild[] =>
  nodes.map((node) =>
    node.type === 'link'
      ? h('a', { href: node.url, ...(isExternal(node.url) ? { rel: 'noopener' } : {}) }, renderNodes(node.children ?? []))
      : renderText(node),
  );

export default defineComponent({
  name: 'BlocksInline',
  props: { nodes: { type: Array as PropType<InlineNode[]>, required: true } },
  setup(props) {
    return () => renderNodes(props.nodes);
  },
});

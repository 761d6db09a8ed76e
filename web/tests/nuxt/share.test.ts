import { mountSuspended } from '@nuxt/test-utils/runtime';
import { expect, it } from 'vitest';
import ArticleShare from '~/components/article/ArticleShare.vue';

it('offers plain LinkedIn, X and email links with accessible names and no scripts', async () => {
  const share = await mountSuspended(ArticleShare, { props: { url: 'https://example.org/insights/x', title: 'A title', summary: 'A summary' } });
  const links = share.findAll('a');
  expect(links.map((link) => link.attributes('aria-label'))).toEqual(['Share on LinkedIn', 'Share on X', 'Share by email']);
  expect(links[0]!.attributes('href')).toBe('https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fexample.org%2Finsights%2Fx');
  expect(links[2]!.attributes('href')).toMatch(/^mailto:\?subject=A%20title&body=/);
  expect(share.find('script').exists()).toBe(false);
});

it('offers "Copy link" once JavaScript can use the clipboard, and copies the address', async () => {
  let copied = '';
  Object.defineProperty(globalThis.navigator, 'clipboard', { value: { writeText: async (value: string) => void (copied = value) }, configurable: true });
  const share = await mountSuspended(ArticleShare, { props: { url: 'https://example.org/insights/x', title: 'A title' } });
  const button = share.find('button');
  expect(button.text()).toContain('Copy link');
  await button.trigger('click');
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(copied).toBe('https://example.org/insights/x');
  expect(share.find('button').text()).toContain('Link copied');
});

it('shows the address selected to copy by hand when the browser refuses the clipboard', async () => {
  Object.defineProperty(globalThis.navigator, 'clipboard', { value: { writeText: async () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) }, configurable: true });
  const share = await mountSuspended(ArticleShare, { props: { url: 'https://example.org/insights/x', title: 'A title' }, attachTo: document.body });
  expect(share.find('input').exists()).toBe(false);
  await share.find('button').trigger('click');
  await new Promise((resolve) => setTimeout(resolve, 0));
  const input = share.find('input');
  expect(input.exists()).toBe(true);
  expect((input.element as HTMLInputElement).value).toBe('https://example.org/insights/x');
  expect(share.find('label').text()).toContain('did not let us copy');
  expect(document.activeElement).toBe(input.element);
  expect(share.find('button').text()).toContain('Copy link');
  share.unmount();
});

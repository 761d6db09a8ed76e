import { expect, it } from 'vitest';
import { shareLinks } from '~/utils/share';

it('builds plain share links with the page address and title encoded', () => {
  const links = shareLinks({ url: 'https://example.org/insights/a-b?x=1', title: 'Trust & time: 90 days', summary: 'Why we listen.' });
  expect(links.map((link) => link.network)).toEqual(['linkedin', 'x', 'email']);
  expect(links[0]!.href).toBe('https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fexample.org%2Finsights%2Fa-b%3Fx%3D1');
  expect(links[1]!.href).toBe('https://x.com/intent/post?url=https%3A%2F%2Fexample.org%2Finsights%2Fa-b%3Fx%3D1&text=Trust%20%26%20time%3A%2090%20days');
  expect(links[2]!.href).toBe('mailto:?subject=Trust%20%26%20time%3A%2090%20days&body=Why%20we%20listen.%0A%0Ahttps%3A%2F%2Fexample.org%2Finsights%2Fa-b%3Fx%3D1');
});

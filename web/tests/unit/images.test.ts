import { describe, expect, it } from 'vitest';
import { absoluteUrl, responsiveImage } from '~/utils/images';

const makeImage = (overrides: Record<string, unknown> = {}) => ({
  url: '/uploads/cover_abc.jpg',
  alternativeText: 'Ochre arches on teal',
  caption: null,
  width: 1600,
  height: 1000,
  formats: {
    large: { url: '/uploads/large_cover_abc.jpg', width: 1000, height: 625 },
    thumbnail: { url: '/uploads/thumbnail_cover_abc.jpg', width: 245, height: 153 },
    medium: { url: '/uploads/medium_cover_abc.jpg', width: 750, height: 469 },
    small: { url: '/uploads/small_cover_abc.jpg', width: 500, height: 313 },
  },
  ...overrides,
});

describe('responsiveImage', () => {
  it('lists every format and the original in srcset, smallest first, with intrinsic size and alt', () => {
    const image = responsiveImage(makeImage());
    expect(image.srcset).toBe(
      '/uploads/thumbnail_cover_abc.jpg 245w, /uploads/small_cover_abc.jpg 500w, /uploads/medium_cover_abc.jpg 750w, /uploads/large_cover_abc.jpg 1000w, /uploads/cover_abc.jpg 1600w',
    );
    expect(image).toMatchObject({ src: '/uploads/cover_abc.jpg', width: 1600, height: 1000, alt: 'Ochre arches on teal' });
  });

  it('stops at maxWidth for small slots such as avatars', () => {
    const image = responsiveImage(makeImage(), { maxWidth: 500 });
    expect(image.srcset).toBe('/uploads/thumbnail_cover_abc.jpg 245w, /uploads/small_cover_abc.jpg 500w');
    expect(image.src).toBe('/uploads/small_cover_abc.jpg');
  });

  it('works for an upload without formats and ignores malformed ones', () => {
    const image = responsiveImage(makeImage({ formats: { broken: { url: 3 }, other: 'nope' } }));
    expect(image.srcset).toBe('/uploads/cover_abc.jpg 1600w');
  });

  it('never invents alt text', () => {
    expect(responsiveImage(makeImage({ alternativeText: null })).alt).toBe('');
  });
});

it('absoluteUrl joins site paths and keeps absolute ones', () => {
  expect(absoluteUrl('/uploads/a.jpg', 'https://example.org/')).toBe('https://example.org/uploads/a.jpg');
  expect(absoluteUrl('https://cdn.example.net/a.jpg', 'https://example.org')).toBe('https://cdn.example.net/a.jpg');
});

import type { ResultOf } from '@insights/api';
import type { ImageFields } from '@insights/api';

export type CmsImage = ResultOf<typeof ImageFields>;

interface Format {
  url: string;
  width: number;
  height: number;
}

const isFormat = (value: unknown): value is Format =>
  typeof value === 'object' && value !== null && typeof (value as Format).url === 'string' && typeof (value as Format).width === 'number';

/** Strapi's resized copies of an upload (thumbnail, small, medium, large), smallest first. */
export const imageFormats = (image: Pick<CmsImage, 'formats'>): Format[] =>
  Object.values((image.formats ?? {}) as Record<string, unknown>)
    .filter(isFormat)
    .sort((a, b) => a.width - b.width);

export interface ResponsiveImage {
  src: string;
  srcset: string;
  width: number;
  height: number;
  alt: string;
}

/**
 * What an <img> needs: the original as src, every format plus the original in srcset (the
 * browser picks by `sizes`), intrinsic width and height (no layout shift) and the editor's alt
 * text. Uploads are same-origin paths (/uploads/…), served through the site.
 */
export const responsiveImage = (image: CmsImage, { maxWidth = Infinity }: { maxWidth?: number } = {}): ResponsiveImage => {
  const candidates = [...imageFormats(image), { url: image.url, width: image.width ?? 0, height: image.height ?? 0 }]
    .filter((candidate) => candidate.width > 0 && candidate.width <= Math.max(maxWidth, imageFormats(image)[0]?.width ?? 0))
    .filter((candidate, index, all) => all.findIndex((other) => other.width === candidate.width) === index);
  const largest = candidates.at(-1) ?? { url: image.url, width: image.width ?? 0, height: image.height ?? 0 };
  return {
    src: largest.url,
    srcset: candidates.map((candidate) => `${candidate.url} ${candidate.width}w`).join(', '),
    width: image.width ?? largest.width,
    height: image.height ?? largest.height,
    alt: image.alternativeText ?? '',
  };
};

/** An absolute URL for an upload, for share cards and feeds. */
export const absoluteUrl = (path: string, base: string): string => new URL(path, `${base.replace(/\/+$/, '')}/`).toString();

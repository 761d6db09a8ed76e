import sharp from 'sharp';
import type { ImageSpec } from './types';

/**
 * Draws the demo pictures: abstract, calm compositions rendered from SVG to JPEG with sharp,
 * the image library Strapi's upload plugin already uses. Deterministic: the same spec always
 * gives the same bytes, so re-seeding never changes an image.
 */

const COVER = { width: 1600, height: 1000 };
const PORTRAIT = { width: 800, height: 800 };

/** mulberry32: a tiny seeded PRNG, enough for composition. */
const random = (seed: number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

const colour = (palette: string[], index: number) => palette[index % palette.length] ?? '#333333';

/** The colour that fills the picture behind everything else: what its alt text should call the ground. */
export const backgroundColour = ({ motif, palette }: ImageSpec): string =>
  colour(palette, motif === 'horizon' || motif === 'portrait' ? palette.length - 1 : 0);

type Draw = (spec: ImageSpec, size: { width: number; height: number }, rnd: () => number) => string;

const horizon: Draw = (spec, { width, height }, rnd) => {
  const { palette } = spec;
  const sunX = width * (0.25 + rnd() * 0.5);
  const sunY = height * (0.3 + rnd() * 0.15);
  const hills = [0, 1, 2].map((layer) => {
    const base = height * (0.58 + layer * 0.13);
    const peak = base - height * (0.08 + rnd() * 0.12);
    const mid = width * (0.2 + rnd() * 0.6);
    return `<path d="M0 ${base} Q ${mid} ${peak} ${width} ${base + (rnd() - 0.5) * 80} L ${width} ${height} L 0 ${height} Z" fill="${colour(palette, layer)}" opacity="${0.75 + layer * 0.1}"/>`;
  });
  return `<rect width="${width}" height="${height}" fill="${backgroundColour(spec)}"/>
    <circle cx="${sunX}" cy="${sunY}" r="${height * 0.14}" fill="${colour(palette, palette.length - 2)}" opacity="0.9"/>
    ${hills.reverse().join('')}`;
};

const arches: Draw = ({ palette }, { width, height }, rnd) => {
  const count = 4 + Math.floor(rnd() * 3);
  const w = width / (count + 1);
  const shapes = Array.from({ length: count }, (_, n) => {
    const x = w * 0.5 + n * w + (rnd() - 0.5) * w * 0.2;
    const top = height * (0.25 + rnd() * 0.3);
    const r = w * 0.42;
    return `<path d="M ${x - r} ${height} L ${x - r} ${top + r} A ${r} ${r} 0 0 1 ${x + r} ${top + r} L ${x + r} ${height} Z" fill="${colour(palette, 1 + (n % (palette.length - 1)))}" opacity="0.88"/>`;
  });
  return `<rect width="${width}" height="${height}" fill="${colour(palette, 0)}"/>${shapes.join('')}`;
};

const rings: Draw = ({ palette }, { width, height }, rnd) => {
  const cx = width * (0.35 + rnd() * 0.3);
  const cy = height * (0.4 + rnd() * 0.2);
  const circles = Array.from({ length: 7 }, (_, n) => {
    const r = height * (0.62 - n * 0.08);
    const dx = (rnd() - 0.5) * 60;
    return `<circle cx="${cx + dx}" cy="${cy}" r="${r}" fill="none" stroke="${colour(palette, 1 + (n % (palette.length - 1)))}" stroke-width="${18 + rnd() * 26}" opacity="0.85"/>`;
  });
  return `<rect width="${width}" height="${height}" fill="${colour(palette, 0)}"/>${circles.join('')}`;
};

const grid: Draw = ({ palette }, { width, height }, rnd) => {
  const cols = 8;
  const rows = 5;
  const cw = width / cols;
  const rh = height / rows;
  const cells: string[] = [];
  for (let row = 0; row < rows; row += 1) {
    for (let col = 0; col < cols; col += 1) {
      if (rnd() < 0.45) continue;
      const shape = rnd() < 0.5
        ? `<rect x="${col * cw + 12}" y="${row * rh + 12}" width="${cw - 24}" height="${rh - 24}" rx="10"`
        : `<circle cx="${col * cw + cw / 2}" cy="${row * rh + rh / 2}" r="${Math.min(cw, rh) / 2 - 14}"`;
      cells.push(`${shape} fill="${colour(palette, 1 + Math.floor(rnd() * (palette.length - 1)))}" opacity="0.9"/>`);
    }
  }
  return `<rect width="${width}" height="${height}" fill="${colour(palette, 0)}"/>${cells.join('')}`;
};

const stones: Draw = ({ palette }, { width, height }, rnd) => {
  let y = height * 0.92;
  const shapes: string[] = [];
  for (let n = 0; n < 5; n += 1) {
    const rx = width * (0.2 - n * 0.028) * (0.85 + rnd() * 0.3);
    const ry = height * 0.075 * (0.8 + rnd() * 0.4);
    y -= ry * 1.65;
    shapes.push(`<ellipse cx="${width * 0.5 + (rnd() - 0.5) * 60}" cy="${y}" rx="${rx}" ry="${ry}" fill="${colour(palette, 1 + (n % (palette.length - 1)))}"/>`);
  }
  return `<rect width="${width}" height="${height}" fill="${colour(palette, 0)}"/>${shapes.join('')}`;
};

const threads: Draw = ({ palette }, { width, height }, rnd) => {
  const lines = Array.from({ length: 14 }, (_, n) => {
    const y0 = height * (0.1 + rnd() * 0.8);
    const y1 = height * (0.1 + rnd() * 0.8);
    return `<path d="M -20 ${y0} C ${width * 0.3} ${y0 + (rnd() - 0.5) * 500}, ${width * 0.7} ${y1 + (rnd() - 0.5) * 500}, ${width + 20} ${y1}" fill="none" stroke="${colour(palette, 1 + (n % (palette.length - 1)))}" stroke-width="${6 + rnd() * 16}" stroke-linecap="round" opacity="0.8"/>`;
  });
  return `<rect width="${width}" height="${height}" fill="${colour(palette, 0)}"/>${lines.join('')}`;
};

const portrait: Draw = (spec, { width, height }, rnd) => {
  const { palette } = spec;
  const cx = width / 2 + (rnd() - 0.5) * 40;
  return `<rect width="${width}" height="${height}" fill="${backgroundColour(spec)}"/>
    <circle cx="${width * 0.78}" cy="${height * 0.2}" r="${width * 0.26}" fill="${colour(palette, 1)}" opacity="0.35"/>
    <path d="M ${cx - width * 0.36} ${height} C ${cx - width * 0.34} ${height * 0.7}, ${cx + width * 0.34} ${height * 0.7}, ${cx + width * 0.36} ${height} Z" fill="${colour(palette, 0)}"/>
    <circle cx="${cx}" cy="${height * 0.45}" r="${width * 0.17}" fill="${colour(palette, 0)}"/>`;
};

const motifs: Record<ImageSpec['motif'], Draw> = { horizon, arches, rings, grid, stones, threads, portrait };

export const renderImage = async (spec: ImageSpec): Promise<Buffer> => {
  const size = spec.motif === 'portrait' ? PORTRAIT : COVER;
  const body = motifs[spec.motif](spec, size, random(spec.seed));
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}" viewBox="0 0 ${size.width} ${size.height}">${body}</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 82, mozjpeg: true }).toBuffer();
};

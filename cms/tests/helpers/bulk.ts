import type { Core } from '@strapi/strapi';
import type { BulkOptions } from '../../src/seed/bulk';
import { requireDist } from './strapi.ts';

/**
 * Image rows in the media library, with the fields the site reads (formats, sizes, alt text).
 * No file is written: GraphQL serves the stored URLs.
 */
export const makeImageFiles = async (strapi: Core.Strapi, count: number): Promise<number[]> => {
  const stamp = new Date().toISOString();
  const data = Array.from({ length: count }, (_, n) => {
    const hash = `bulk_image_${n + 1}`;
    const format = (name: string, width: number) => ({ name: `${name}_${hash}.jpg`, hash: `${name}_${hash}`, ext: '.jpg', mime: 'image/jpeg', width, height: Math.round(width * 0.5625), size: 12.5, url: `/uploads/${name}_${hash}.jpg` });
    return {
      name: `${hash}.jpg`,
      alternativeText: `Generated image ${n + 1}`,
      width: 1600,
      height: 900,
      formats: { thumbnail: format('thumbnail', 245), small: format('small', 500) },
      hash,
      ext: '.jpg',
      mime: 'image/jpeg',
      size: 120.5,
      url: `/uploads/${hash}.jpg`,
      provider: 'local',
      folderPath: '/',
      createdAt: stamp,
      updatedAt: stamp,
      publishedAt: stamp,
    };
  });
  await strapi.db.query('plugin::upload.file').createMany({ data });
  const rows = (await strapi.db.query('plugin::upload.file').findMany({ select: ['id'], where: { hash: { $in: data.map((file) => file.hash) } }, orderBy: { id: 'asc' } })) as { id: number }[];
  return rows.map((row) => row.id);
};

/** A large generated dataset (src/seed/bulk.ts) with covers and portraits from a few images. */
export const seedBulk = async (strapi: Core.Strapi, options: Omit<BulkOptions, 'fileIds'> & { images?: number }): Promise<void> => {
  const { bulkSeed } = requireDist<typeof import('../../src/seed/bulk')>('src/seed/bulk.js');
  const { images = 6, ...sizes } = options;
  await bulkSeed(strapi, { ...sizes, fileIds: await makeImageFiles(strapi, images) });
};

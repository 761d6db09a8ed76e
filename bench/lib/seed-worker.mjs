// Runs in its own process (bench/lib/seed.mjs starts it), with the CMS's environment pointing
// at one benchmark database: loads the compiled CMS (cms/dist) the way the CMS tests do and
//   template  uploads a handful of generated images, creates the site settings and an admin
//   bulk      adds generated content with bulkSeed (cms/dist/src/seed/bulk.js)
// then prints one line "BENCH_RESULT <json>" with what it did and how long it took.
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

const cmsDir = path.resolve(import.meta.dirname, '../../cms');
const distDir = path.join(cmsDir, 'dist');
const require = createRequire(path.join(cmsDir, 'package.json'));

/** Cover images drawn by the demo seed's generator (cms/src/seed/images.ts). */
const IMAGES = [
  { key: 'bench-horizon', motif: 'horizon', palette: ['#12343b', '#c8963e', '#f3ead8'], seed: 11, alt: 'Layered hills under a low sun' },
  { key: 'bench-arches', motif: 'arches', palette: ['#1d2b4f', '#9caf88', '#c8963e', '#f4efe4'], seed: 12, alt: 'A row of arches in muted colours' },
  { key: 'bench-rings', motif: 'rings', palette: ['#2f3e46', '#b5654a', '#e8dcc4'], seed: 13, alt: 'Concentric rings drawn in loose strokes' },
  { key: 'bench-grid', motif: 'grid', palette: ['#2e3b2c', '#a7894a', '#efe6d2'], seed: 14, alt: 'A grid of rounded squares and circles' },
  { key: 'bench-stones', motif: 'stones', palette: ['#f3ead8', '#12343b', '#9caf88', '#c8963e'], seed: 15, alt: 'Five stones balanced in a stack' },
  { key: 'bench-threads', motif: 'threads', palette: ['#1d2b4f', '#c8963e', '#9caf88', '#f4efe4'], seed: 16, alt: 'Coloured threads crossing the frame' },
];

const seconds = (since) => Math.round((performance.now() - since) / 10) / 100;

const uploadImages = async (strapi) => {
  const { renderImage } = require(path.join(distDir, 'src/seed/images.js'));
  const tmp = await fs.mkdtemp(path.join(process.env.PUBLIC_DIR, '..', 'upload-'));
  const ids = [];
  try {
    for (const spec of IMAGES) {
      const name = `${spec.key}.jpg`;
      const filepath = path.join(tmp, name);
      const bytes = await renderImage(spec);
      await fs.writeFile(filepath, bytes);
      const [file] = await strapi.plugin('upload').service('upload').upload({
        data: { fileInfo: { name, alternativeText: spec.alt, caption: null } },
        files: { filepath, originalFilename: name, mimetype: 'image/jpeg', size: bytes.length },
      });
      ids.push(file.id);
    }
  } finally {
    await fs.rm(tmp, { recursive: true, force: true });
  }
  return ids;
};

const template = async (strapi) => {
  const started = performance.now();
  const fileIds = await uploadImages(strapi);
  const uploadSeconds = seconds(started);

  // The site settings every page reads (header, footer, default SEO), as the demo seed writes them.
  const { global } = require(path.join(distDir, 'src/seed/content/global.js'));
  await strapi.documents('api::global.global').create({ data: global });

  // An admin for the publish → live phase (the CMS runs in production, where no demo admin exists).
  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  await strapi.service('admin::user').create({
    email: process.env.BENCH_ADMIN_EMAIL,
    firstname: 'Bench',
    lastname: 'Admin',
    password: process.env.BENCH_ADMIN_PASSWORD,
    isActive: true,
    registrationToken: null,
    roles: [superAdmin.id],
  });
  return { images: fileIds.length, uploadSeconds };
};

const bulk = async (strapi, options) => {
  const { bulkSeed } = require(path.join(distDir, 'src/seed/bulk.js'));
  const files = await strapi.db.query('plugin::upload.file').findMany({ select: ['id'], orderBy: { id: 'asc' } });
  const started = performance.now();
  await bulkSeed(strapi, { ...options, fileIds: files.map((file) => file.id) });
  const bulkSeconds = seconds(started);
  const count = (uid) => strapi.db.query(uid).count({ where: { publishedAt: { $notNull: true } } });
  return {
    bulkSeconds,
    published: {
      articles: await count('api::article.article'),
      members: await count('api::team-member.team-member'),
      events: await count('api::event.event'),
      topics: await count('api::topic.topic'),
    },
  };
};

const [mode, json = '{}'] = process.argv.slice(2);
const started = performance.now();
const { createStrapi } = require('@strapi/strapi');
const strapi = createStrapi({ appDir: cmsDir, distDir });
await strapi.load();
const loadSeconds = seconds(started);
const result = mode === 'template' ? await template(strapi) : await bulk(strapi, JSON.parse(json));
await strapi.destroy();
console.log(`BENCH_RESULT ${JSON.stringify({ mode, loadSeconds, ...result, totalSeconds: seconds(started) })}`);
process.exit(0);

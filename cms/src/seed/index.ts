import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Core, Schema } from '@strapi/strapi';
import type { Block } from './blocks';
import { renderImage } from './images';
import { weekdayFromNowAt } from './time';
import type { ArticleFixture, EventFixture, ImageSpec } from './types';
import { pages } from './content/pages';
import { articles } from './content/articles';
import { events } from './content/events';
import { global } from './content/global';
import { team } from './content/team';
import { topics } from './content/topics';

/**
 * Demo content, created in dependency order through the Document Service (topics, images,
 * team, articles, events, pages, site settings). Idempotent: anything that already exists (matched
 * by slug, or by file name for images) is left exactly as it is, so running it twice, or
 * after an editor changed something, changes nothing.
 */

export interface SeedReport {
  created: Record<'topics' | 'images' | 'team' | 'articles' | 'events' | 'pages' | 'global', number>;
}

interface UploadedFile {
  id: number;
  name: string;
  [key: string]: unknown;
}

type Blocks = Schema.Attribute.BlocksValue;

const DAY = 86_400_000;

const existingSlugs = async (strapi: Core.Strapi, uid: Parameters<Core.Strapi['documents']>[0]) => {
  const rows = (await strapi.db.query(uid).findMany({ select: ['slug', 'documentId'] })) as { slug: string; documentId: string }[];
  return new Map(rows.map((row) => [row.slug, row.documentId]));
};

export const seed = async (strapi: Core.Strapi, now: Date = new Date()): Promise<SeedReport> => {
  const report: SeedReport = { created: { topics: 0, images: 0, team: 0, articles: 0, events: 0, pages: 0, global: 0 } };

  // Topics
  const topicIds = await existingSlugs(strapi, 'api::topic.topic');
  for (const topic of topics) {
    if (topicIds.has(topic.slug)) continue;
    const created = await strapi.documents('api::topic.topic').create({ data: { ...topic } });
    topicIds.set(topic.slug, created.documentId);
    report.created.topics += 1;
  }
  const topicRefs = (slugs: string[]) => slugs.map((slug) => topicIds.get(slug)).filter((id): id is string => Boolean(id));

  // Images
  const files = new Map<string, UploadedFile>();
  const upload = async (spec: ImageSpec): Promise<UploadedFile> => {
    const cached = files.get(spec.key);
    if (cached) return cached;
    const name = `${spec.key}.jpg`;
    const existing = (await strapi.db.query('plugin::upload.file').findOne({ where: { name } })) as UploadedFile | null;
    if (existing) {
      files.set(spec.key, existing);
      return existing;
    }
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'seed-'));
    const filepath = path.join(dir, name);
    const bytes = await renderImage(spec);
    await fs.writeFile(filepath, bytes);
    try {
      const [file] = (await strapi.plugin('upload').service('upload').upload({
        data: { fileInfo: { name, alternativeText: spec.alt, caption: spec.caption ?? null } },
        files: { filepath, originalFilename: name, mimetype: 'image/jpeg', size: bytes.length },
      })) as UploadedFile[];
      if (!file) throw new Error(`Upload of ${name} returned nothing`);
      files.set(spec.key, file);
      report.created.images += 1;
      return file;
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  };

  /** Body blocks with each img(key) resolved to the uploaded file, as Strapi stores images. */
  const resolveBlocks = async (blocks: Block[], specs: ImageSpec[] = []): Promise<Blocks> =>
    (await Promise.all(
      blocks.map(async (block) => {
        if (block.type !== 'image') return block;
        const spec = specs.find((candidate) => candidate.key === block.image.seedImage);
        if (!spec) throw new Error(`Body image "${block.image.seedImage}" has no spec in the fixture's images`);
        return { ...block, image: await upload(spec) };
      }),
    )) as unknown as Blocks;

  // Team members
  const memberIds = await existingSlugs(strapi, 'api::team-member.team-member');
  for (const member of team) {
    if (memberIds.has(member.slug)) continue;
    const photo = await upload(member.photo);
    const created = await strapi.documents('api::team-member.team-member').create({
      data: {
        name: member.name,
        slug: member.slug,
        jobTitle: member.jobTitle,
        shortBio: member.shortBio,
        bio: await resolveBlocks(member.bio),
        linkedinUrl: member.linkedinUrl,
        sortOrder: member.sortOrder,
        photo: photo.id,
        expertise: topicRefs(member.expertise),
      },
      status: 'published',
    });
    memberIds.set(member.slug, created.documentId);
    report.created.team += 1;
  }
  const memberRefs = (slugs: string[]) => slugs.map((slug) => memberIds.get(slug)).filter((id): id is string => Boolean(id));

  // Articles: drafts first, then companions (which may point at each other), then publish.
  const articleIds = await existingSlugs(strapi, 'api::article.article');
  const newArticles: ArticleFixture[] = [];
  for (const article of [...articles].sort((x, y) => y.publishedDaysAgo - x.publishedDaysAgo)) {
    if (articleIds.has(article.slug)) continue;
    const cover = await upload(article.cover);
    const created = await strapi.documents('api::article.article').create({
      data: {
        title: article.title,
        slug: article.slug,
        excerpt: article.excerpt,
        body: await resolveBlocks(article.body, article.images),
        cover: cover.id,
        authors: memberRefs(article.authors),
        topics: topicRefs(article.topics),
        featured: article.featured,
        publicationDate: new Date(now.getTime() - article.publishedDaysAgo * DAY).toISOString(),
        ...(article.seo ? { seo: article.seo } : {}),
      },
    });
    articleIds.set(article.slug, created.documentId);
    newArticles.push(article);
  }
  for (const article of newArticles) {
    const documentId = articleIds.get(article.slug) as string;
    const related = article.related.map((slug) => articleIds.get(slug)).filter((id): id is string => Boolean(id));
    if (related.length > 0) await strapi.documents('api::article.article').update({ documentId, data: { related } });
    await strapi.documents('api::article.article').publish({ documentId });
    report.created.articles += 1;
  }

  // Events
  const eventIds = await existingSlugs(strapi, 'api::event.event');
  for (const event of events) {
    if (eventIds.has(event.slug)) continue;
    await createEvent(strapi, event, now, await upload(event.cover), memberRefs(event.hosts), topicRefs(event.topics));
    report.created.events += 1;
  }

  // Standing pages
  const pageIds = await existingSlugs(strapi, 'api::page.page');
  for (const page of pages) {
    if (pageIds.has(page.slug)) continue;
    await strapi.documents('api::page.page').create({ data: { ...page, body: await resolveBlocks(page.body) }, status: 'published' });
    report.created.pages += 1;
  }

  // Site settings
  const settings = await strapi.documents('api::global.global').findFirst({});
  if (!settings) {
    const shareImage = await upload(global.defaultSeo.shareImage);
    await strapi.documents('api::global.global').create({ data: { ...global, defaultSeo: { ...global.defaultSeo, shareImage: shareImage.id } } });
    report.created.global += 1;
  }

  return report;
};

const createEvent = async (strapi: Core.Strapi, event: EventFixture, now: Date, cover: UploadedFile, hosts: string[], topicIds: string[]) => {
  const startsAt = weekdayFromNowAt(now, event.startsInDays, event.startTime, event.timezone);
  const endsAt = new Date(startsAt.getTime() + event.durationMinutes * 60_000);
  const { startsInDays: _days, startTime: _time, durationMinutes: _duration, cover: _cover, hosts: _hosts, topics: _topics, ...fields } = event;
  await strapi.documents('api::event.event').create({
    data: {
      ...fields,
      description: fields.description as unknown as Blocks,
      startsAt: startsAt.toISOString(),
      endsAt: endsAt.toISOString(),
      cover: cover.id,
      hosts,
      topics: topicIds,
    },
    status: 'published',
  });
};

/** True when nothing an editor writes exists yet: the first start of a new installation. */
export const isEmpty = async (strapi: Core.Strapi): Promise<boolean> => {
  const counts = await Promise.all(
    (['api::article.article', 'api::team-member.team-member', 'api::event.event', 'api::topic.topic', 'api::page.page', 'api::global.global'] as const).map((uid) =>
      strapi.db.query(uid).count({}),
    ),
  );
  return counts.every((count) => count === 0);
};

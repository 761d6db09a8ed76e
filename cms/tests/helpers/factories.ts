import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';

/**
 * Fixture factories: a valid document of each type with unique slugs; pass overrides for what
 * the test is about. They write through the Document Service, outside any request, as an
 * editor's publish would.
 */
const unique = (prefix: string) => `${prefix}-${randomBytes(4).toString('hex')}`;

type Status = 'draft' | 'published';
interface Made {
  documentId: string;
  id: number;
  [key: string]: any;
}

const paragraph = (text: string) => [{ type: 'paragraph' as const, children: [{ type: 'text' as const, text }] }];

export const makeTopic = async (strapi: Core.Strapi, overrides: Record<string, unknown> = {}): Promise<Made> => {
  const slug = unique('topic');
  return (await strapi.documents('api::topic.topic').create({ data: { name: slug, slug, description: 'A topic', ...overrides } })) as Made;
};

export const makeTeamMember = async (strapi: Core.Strapi, overrides: Record<string, unknown> = {}, status: Status = 'published'): Promise<Made> => {
  const slug = unique('member');
  return (await strapi.documents('api::team-member.team-member').create({
    data: { name: `Member ${slug}`, slug, jobTitle: 'Consultant', shortBio: 'Works on things.', sortOrder: 100, ...overrides },
    ...(status === 'published' ? { status: 'published' } : {}),
  })) as Made;
};

export const makeArticle = async (strapi: Core.Strapi, overrides: Record<string, unknown> = {}, status: Status = 'published'): Promise<Made> => {
  const slug = unique('article');
  const authors = overrides.authors ?? [(await makeTeamMember(strapi)).documentId];
  return (await strapi.documents('api::article.article').create({
    data: {
      title: `Article ${slug}`,
      slug,
      excerpt: 'A short excerpt.',
      body: paragraph('Some words in a body.'),
      featured: false,
      publicationDate: new Date().toISOString(),
      ...overrides,
      authors,
    },
    ...(status === 'published' ? { status: 'published' } : {}),
  })) as Made;
};

export const makeEvent = async (strapi: Core.Strapi, overrides: Record<string, unknown> = {}, status: Status = 'published'): Promise<Made> => {
  const slug = unique('event');
  const startsAt = new Date(Date.now() + 7 * 86_400_000);
  return (await strapi.documents('api::event.event').create({
    data: {
      title: `Event ${slug}`,
      slug,
      summary: 'An event.',
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
      timezone: 'Europe/London',
      format: 'online',
      onlineUrl: 'https://meet.example.org/kestrel/an-event',
      isFree: true,
      ...overrides,
    },
    ...(status === 'published' ? { status: 'published' } : {}),
  })) as Made;
};

export const makePage = async (strapi: Core.Strapi, overrides: Record<string, unknown> = {}, status: Status = 'published'): Promise<Made> => {
  const slug = unique('page');
  return (await strapi.documents('api::page.page').create({
    data: { title: `Page ${slug}`, slug, summary: 'A standing page.', body: paragraph('Some words in a body.'), ...overrides },
    ...(status === 'published' ? { status: 'published' } : {}),
  })) as Made;
};

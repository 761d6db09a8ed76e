import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAdmin, type AdminSession } from './helpers/admin';
import { makeTeamMember } from './helpers/factories';
import { requireDist, startStrapi, type TestStrapi } from './helpers/strapi';

/**
 * Editors get clear messages for content that cannot be right, through the same admin API the
 * dashboard uses; and the computed fields stay computed.
 */
let cms: TestStrapi;
let admin: AdminSession;
const ARTICLES = '/content-manager/collection-types/api::article.article';
const EVENTS = '/content-manager/collection-types/api::event.event';
const PAGES = '/content-manager/collection-types/api::page.page';

const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];
const words = (count: number) => Array.from({ length: count }, (_, n) => `word${n}`).join(' ');

beforeAll(async () => {
  cms = await startStrapi();
  admin = await loginAdmin(cms.strapi, cms.url);
});
afterAll(async () => {
  await cms?.stop();
});

describe('events', () => {
  const event = (overrides: Record<string, unknown> = {}) => ({
    title: 'A workshop',
    slug: `workshop-${Math.random().toString(36).slice(2, 8)}`,
    summary: 'A summary.',
    startsAt: '2030-03-01T10:00:00.000Z',
    endsAt: '2030-03-01T12:00:00.000Z',
    timezone: 'Europe/London',
    format: 'online',
    isFree: true,
    ...overrides,
  });

  it('refuses an event that ends before it starts, naming the field', async () => {
    const response = await admin.request(EVENTS, { method: 'POST', body: event({ endsAt: '2030-03-01T09:00:00.000Z' }) });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toBe('The event must end after it starts: check the end date and time.');
    expect(response.body.error.details.errors[0].path).toEqual(['endsAt']);
  });

  it('refuses moving the start after the end in a later edit', async () => {
    const created = await admin.request(EVENTS, { method: 'POST', body: event() });
    expect(created.status).toBe(201);
    const response = await admin.request(`${EVENTS}/${created.body.data.documentId}`, { method: 'PUT', body: { startsAt: '2030-03-02T10:00:00.000Z' } });
    expect(response.status).toBe(400);
  });

  it('refuses a time zone that does not exist', async () => {
    const response = await admin.request(EVENTS, { method: 'POST', body: event({ timezone: 'Europe/Atlantis' }) });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/not a time zone/);
  });

  it('will not publish one that readers could not find or join, nor a cover without alternative text', async () => {
    const publish = async (body: Record<string, unknown>) => {
      const created = await admin.request(EVENTS, { method: 'POST', body: event(body) });
      expect(created.status).toBe(201);
      return admin.request(`${EVENTS}/${created.body.data.documentId}/actions/publish`, { method: 'POST', body: {} });
    };
    const nowhere = await publish({ format: 'in_person' });
    expect(nowhere.status).toBe(400);
    expect(nowhere.body.error.message).toBe('Say where it happens before publishing: a venue, an address or both.');
    expect(nowhere.body.error.details.errors[0].path).toEqual(['venueName']);
    expect((await publish({ format: 'hybrid', onlineUrl: 'https://meet.example.org/x' })).status).toBe(400);
    const noWayIn = await publish({ format: 'online' });
    expect(noWayIn.status).toBe(400);
    expect(noWayIn.body.error.message).toBe('Say how to join before publishing: an online link, or a registration link that sends it.');

    const [file] = await cms.strapi.plugin('upload').service('upload').upload({
      data: { fileInfo: { name: 'event-cover.png', alternativeText: '' } },
      files: { filepath: await pngFile(), originalFilename: 'event-cover.png', mimetype: 'image/png', size: 100 },
    });
    const undescribed = await publish({ format: 'in_person', venueName: 'The Old Library', cover: file.id });
    expect(undescribed.status).toBe(400);
    expect(undescribed.body.error.message).toMatch(/^Describe the cover image before publishing/);

    expect((await publish({ format: 'in_person', address: '1 High Street\nLeeds' })).status).toBe(200);
    expect((await publish({ format: 'online', registrationUrl: 'https://tickets.example.org/x' })).status).toBe(200);
    // Created straight as published (other apps, scripts), the same checks hold.
    await expect(cms.strapi.documents('api::event.event').create({ data: event({ format: 'in_person' }) as never, status: 'published' })).rejects.toThrow(/Say where it happens/);
  });

  it('reads the date and times an editor enters in the event’s own time zone, whatever theirs', async () => {
    const { startsAt: _s, endsAt: _e, ...rest } = event();
    const created = await admin.request(EVENTS, {
      method: 'POST',
      body: { ...rest, timezone: 'America/New_York', startDate: '2030-01-15', startTime: '18:00', endTime: '20:00:00.000', startsAt: null, endsAt: null },
    });
    expect(created.body.error ?? null).toBeNull();
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({ startsAt: '2030-01-15T23:00:00.000Z', endsAt: '2030-01-16T01:00:00.000Z' });

    // Another zone: the clock times stay, the instants move.
    const moved = await admin.request(`${EVENTS}/${created.body.data.documentId}`, { method: 'PUT', body: { timezone: 'Europe/London' } });
    expect(moved.body.data).toMatchObject({ startsAt: '2030-01-15T18:00:00.000Z', endsAt: '2030-01-15T20:00:00.000Z', startTime: expect.stringMatching(/^18:00:00/) });

    // Over two days, and across a change of clocks (London goes to summer time on 31 March 2030).
    const longer = await admin.request(`${EVENTS}/${created.body.data.documentId}`, { method: 'PUT', body: { startDate: '2030-03-30', startTime: '10:00', endDate: '2030-03-31', endTime: '16:00' } });
    expect(longer.body.data).toMatchObject({ startsAt: '2030-03-30T10:00:00.000Z', endsAt: '2030-03-31T15:00:00.000Z' });

    const backwards = await admin.request(`${EVENTS}/${created.body.data.documentId}`, { method: 'PUT', body: { endDate: null, endTime: '09:00' } });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.details.errors[0].path).toEqual(['endTime']);
    const malformed = await admin.request(`${EVENTS}/${created.body.data.documentId}`, { method: 'PUT', body: { startTime: '25:00' } });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.message).toBe('"25:00" is not a time of day. Write it as 18:00.');
  });

  it('fills the date and times from instants written without them (the seed, scripts), and for events saved before they existed', async () => {
    const created = await admin.request(EVENTS, { method: 'POST', body: event({ timezone: 'Asia/Tokyo' }) });
    // SQLite gives times back as written (18:00:00.000), PostgreSQL without milliseconds.
    expect(created.body.data).toMatchObject({ startDate: '2030-03-01', startTime: expect.stringMatching(/^19:00:00/), endDate: null, endTime: expect.stringMatching(/^21:00:00/) });

    const { documentId } = created.body.data;
    await cms.strapi.db.query('api::event.event').updateMany({ where: { documentId }, data: { startDate: null, startTime: null, endDate: null, endTime: null } });
    const { backfillLocalTimes } = requireDist<typeof import('../src/api/event/rules')>('src/api/event/rules.js');
    expect(await backfillLocalTimes(cms.strapi)).toBeGreaterThanOrEqual(1);
    const row = (await cms.strapi.db.query('api::event.event').findOne({ where: { documentId }, select: ['startDate', 'startTime', 'endTime'] })) as Record<string, string>;
    expect(row).toMatchObject({ startDate: '2030-03-01', startTime: expect.stringMatching(/^19:00:00/), endTime: expect.stringMatching(/^21:00:00/) });
  });

  it('defaults the time zone to Europe/London and isFree to true', async () => {
    const { timezone: _tz, isFree: _free, ...rest } = event();
    const response = await admin.request(EVENTS, { method: 'POST', body: rest });
    expect(response.status).toBe(201);
    expect(response.body.data).toMatchObject({ timezone: 'Europe/London', isFree: true });
  });
});

describe('articles', () => {
  const article = (overrides: Record<string, unknown> = {}) => ({
    title: 'On listening',
    slug: `on-listening-${Math.random().toString(36).slice(2, 8)}`,
    excerpt: 'Why we listen first.',
    body: paragraph(words(10)),
    ...overrides,
  });

  it('refuses a duplicate slug', async () => {
    const first = await admin.request(ARTICLES, { method: 'POST', body: article({ slug: 'same-slug' }) });
    expect(first.status).toBe(201);
    const second = await admin.request(ARTICLES, { method: 'POST', body: article({ slug: 'same-slug' }) });
    expect(second.status).toBe(400);
    expect(second.body.error.message).toBe('The slug "same-slug" is already used by "On listening". Choose another: it becomes the page\'s address.');
    expect(second.body.error.details.errors[0].path).toEqual(['slug']);
    // Saving the first one again with its own slug is fine.
    const again = await admin.request(`${ARTICLES}/${first.body.data.documentId}`, { method: 'PUT', body: { slug: 'same-slug', title: 'On listening, again' } });
    expect(again.status).toBe(200);
  });

  it('refuses an excerpt over 300 characters', async () => {
    const response = await admin.request(ARTICLES, { method: 'POST', body: article({ excerpt: 'x'.repeat(301) }) });
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0].path).toEqual(['excerpt']);
  });

  it('computes the reading time from the body and ignores a hand-set value', async () => {
    const created = await admin.request(ARTICLES, { method: 'POST', body: article({ body: paragraph(words(1000)), readingTimeMinutes: 99 }) });
    expect(created.status).toBe(201);
    expect(created.body.data.readingTimeMinutes).toBe(5); // 1,000 words at 220 a minute
    const edited = await admin.request(`${ARTICLES}/${created.body.data.documentId}`, { method: 'PUT', body: { body: paragraph(words(100)) } });
    expect(edited.body.data.readingTimeMinutes).toBe(1);
    const handSet = await admin.request(`${ARTICLES}/${created.body.data.documentId}`, { method: 'PUT', body: { readingTimeMinutes: 42 } });
    expect(handSet.body.data.readingTimeMinutes).toBe(1);
  });

  it('will not publish without an author, and says so', async () => {
    const created = await admin.request(ARTICLES, { method: 'POST', body: article() });
    const response = await admin.request(`${ARTICLES}/${created.body.data.documentId}/actions/publish`, { method: 'POST', body: {} });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/Add at least one author/);
  });

  it('will not publish a cover without alternative text, and stamps the date on first publish', async () => {
    const author = await makeTeamMember(cms.strapi);
    const [file] = await cms.strapi.plugin('upload').service('upload').upload({
      data: { fileInfo: { name: 'cover.png', alternativeText: '' } },
      files: { filepath: await pngFile(), originalFilename: 'cover.png', mimetype: 'image/png', size: 100 },
    });
    const created = await admin.request(ARTICLES, { method: 'POST', body: article({ cover: file.id, authors: { connect: [{ documentId: author.documentId }] } }) });
    expect(created.status).toBe(201);
    const refused = await admin.request(`${ARTICLES}/${created.body.data.documentId}/actions/publish`, { method: 'POST', body: {} });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/Describe the cover image/);

    await cms.strapi.plugin('upload').service('upload').updateFileInfo(file.id, { alternativeText: 'A grey square' });
    const published = await admin.request(`${ARTICLES}/${created.body.data.documentId}/actions/publish`, { method: 'POST', body: {} });
    expect(published.status).toBe(200);
    expect(Date.parse(published.body.data.publicationDate)).toBeGreaterThan(Date.now() - 60_000);
  });
});

/** A small PNG on disk, for upload. */
const pngFile = async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'png-'));
  const file = path.join(dir, 'cover.png');
  await sharp({ create: { width: 8, height: 8, channels: 3, background: '#777777' } }).png().toFile(file);
  return file;
};

describe('slugs', () => {
  it('are made from the title when the admin left its placeholder or nothing', async () => {
    const placeholder = await admin.request(ARTICLES, { method: 'POST', body: { title: 'Trust, then — verify?', slug: 'article', excerpt: 'x', body: paragraph('x') } });
    expect(placeholder.status).toBe(201);
    expect(placeholder.body.data.slug).toBe('trust-then-verify');
    const again = await admin.request(ARTICLES, { method: 'POST', body: { title: 'Trust, then — verify?', slug: 'article-1', excerpt: 'x', body: paragraph('x') } });
    expect(again.body.data.slug).toBe('trust-then-verify-2');
    const empty = await admin.request(EVENTS, {
      method: 'POST',
      body: { title: 'Café morning', summary: 's', startsAt: '2030-03-01T10:00:00.000Z', endsAt: '2030-03-01T11:00:00.000Z', format: 'online' },
    });
    expect(empty.body.data.slug).toBe('cafe-morning');
  });

  it('keep an editor’s own slug, and follow a later title while still the placeholder', async () => {
    const own = await admin.request(ARTICLES, { method: 'POST', body: { title: 'A long title nobody wants in a URL', slug: 'short-one', excerpt: 'x', body: paragraph('x') } });
    expect(own.body.data.slug).toBe('short-one');
    const untitled = await admin.request(ARTICLES, { method: 'POST', body: { title: 'Draft', slug: 'article', excerpt: 'x' } });
    const titled = await admin.request(`${ARTICLES}/${untitled.body.data.documentId}`, { method: 'PUT', body: { title: 'The real title', slug: 'draft' } });
    expect(titled.body.data.slug).toBe('draft');
    const regenerated = await admin.request(`${ARTICLES}/${untitled.body.data.documentId}`, { method: 'PUT', body: { title: 'The real title', slug: 'article-3' } });
    expect(regenerated.body.data.slug).toBe('the-real-title');
  });

  it('take the form the site serves, and fit their field however long the title', async () => {
    const typed = await admin.request(ARTICLES, { method: 'POST', body: { title: 'Our team', slug: 'Our_Team.html', excerpt: 'x', body: paragraph('x') } });
    expect(typed.status).toBe(201);
    expect(typed.body.data.slug).toBe('our-team-html');
    const spaced = await admin.request(ARTICLES, { method: 'POST', body: { title: 'Spaced', slug: ' spaced-out ', excerpt: 'x', body: paragraph('x') } });
    expect(spaced.body.data.slug).toBe('spaced-out');
    const nothing = await admin.request(ARTICLES, { method: 'POST', body: { title: 'Smile', slug: '~~~', excerpt: 'x', body: paragraph('x') } });
    expect(nothing.status).toBe(400);
    expect(nothing.body.error.message).toBe('The slug "~~~" has no letters or digits to make an address from. Write one with lower-case words and hyphens.');
    const long = 'A standing page whose title goes on and on about accessibility, privacy, cookies, complaints, procurement and the many other things a public body asks';
    const page = await admin.request(PAGES, { method: 'POST', body: { title: long, slug: 'page', summary: 'x' } });
    expect(page.status).toBe(201);
    expect(page.body.data.slug).toMatch(/^a-standing-page-whose-title-goes-on/);
    expect(page.body.data.slug.length).toBeLessThanOrEqual(80);
    const again = await admin.request(PAGES, { method: 'POST', body: { title: long, slug: 'page', summary: 'x' } });
    expect(again.status).toBe(201);
    expect(again.body.data.slug).toBe(`${page.body.data.slug}-2`);
  });

  it('of pages never take the address of one of the site’s sections', async () => {
    const chosen = await admin.request(PAGES, { method: 'POST', body: { title: 'Our events policy', slug: 'events', summary: 'x' } });
    expect(chosen.status).toBe(400);
    expect(chosen.body.error.message).toBe('The slug "events" is the address of one of the site\'s own sections. Choose another for this page.');
    expect(chosen.body.error.details.errors[0].path).toEqual(['slug']);
    const fromTitle = await admin.request(PAGES, { method: 'POST', body: { title: 'Team', slug: 'page', summary: 'x' } });
    expect(fromTitle.status).toBe(400);
    const capitalised = await admin.request(PAGES, { method: 'POST', body: { title: 'Our newsletter', slug: 'Newsletter', summary: 'x' } });
    expect(capitalised.status).toBe(400);
    const fine = await admin.request(PAGES, { method: 'POST', body: { title: 'Working with us', slug: 'page', summary: 'x' } });
    expect(fine.status).toBe(201);
    expect(fine.body.data.slug).toBe('working-with-us');
  });
});

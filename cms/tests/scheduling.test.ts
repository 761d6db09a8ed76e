import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loginAdmin, type AdminSession } from './helpers/admin';
import { makeArticle, makeEvent } from './helpers/factories';
import { graphql } from './helpers/http';
import { requireDist, startStrapi, type TestStrapi } from './helpers/strapi';

/**
 * Scheduled publishing, driven by a clock the test controls: `publishDue(strapi, now)` is what
 * the every-minute cron task runs with the real time. Schedules are set in 2099 so the real
 * cron, running beside the test, never finds them due.
 */
let cms: TestStrapi;
let admin: AdminSession;
let scheduling: typeof import('../src/scheduling');

const ARTICLE = 'api::article.article';
const EVENT = 'api::event.event';
const at = (time: string) => `2099-01-01T${time}:00.000Z`;

const versions = async (uid: typeof ARTICLE | typeof EVENT, documentId: string) =>
  (await cms.strapi.db.query(uid).findMany({ where: { documentId }, select: ['publishedAt', 'publishAt', 'scheduleProblem', 'title', 'updatedAt'] })) as {
    publishedAt: string | null;
    publishAt: string | null;
    scheduleProblem: string | null;
    title: string;
    updatedAt: string;
  }[];
const published = async (uid: typeof ARTICLE | typeof EVENT, documentId: string) => cms.strapi.documents(uid).findOne({ documentId, status: 'published' });

beforeAll(async () => {
  cms = await startStrapi();
  admin = await loginAdmin(cms.strapi, cms.url);
  scheduling = requireDist<typeof import('../src/scheduling')>('src/scheduling/index.js');
});
afterAll(async () => {
  await cms?.stop();
});

describe('publishDue', () => {
  let due: { documentId: string };
  let later: { documentId: string };
  let dueEvent: { documentId: string };
  let noAuthor: { documentId: string };
  const events: string[] = [];

  beforeAll(async () => {
    due = await makeArticle(cms.strapi, { title: 'Due at ten', publishAt: at('10:00') }, 'draft');
    later = await makeArticle(cms.strapi, { title: 'Due at eleven', publishAt: at('11:00') }, 'draft');
    dueEvent = await makeEvent(cms.strapi, { title: 'Event due at ten', publishAt: at('10:00') }, 'draft');
    noAuthor = await makeArticle(cms.strapi, { title: 'Nobody wrote this', authors: [], publishAt: at('09:00') }, 'draft');
    cms.strapi.eventHub.on('entry.publish', async (info: { uid: string; entry: { documentId: string } }) => {
      events.push(`${info.uid}:${info.entry.documentId}`);
    });
  });

  it('publishes nothing before its time', async () => {
    const report = await scheduling.publishDue(cms.strapi, new Date(at('08:59')));
    expect(report).toEqual({ published: [], failed: [] });
    expect(await published(ARTICLE, due.documentId)).toBeNull();
  });

  it('publishes due drafts through the Document Service and clears their schedule', async () => {
    const report = await scheduling.publishDue(cms.strapi, new Date(at('10:00')));
    expect(report.published.map((item) => item.documentId).sort()).toEqual([due.documentId, dueEvent.documentId].sort());
    expect((await published(ARTICLE, due.documentId))?.title).toBe('Due at ten');
    expect((await published(EVENT, dueEvent.documentId))?.title).toBe('Event due at ten');
    for (const version of [...(await versions(ARTICLE, due.documentId)), ...(await versions(EVENT, dueEvent.documentId))]) {
      expect(version.publishAt).toBeNull();
    }
    // The article rules ran: the first publish stamps publicationDate.
    const live = (await published(ARTICLE, due.documentId)) as { publicationDate?: string | null } | null;
    expect(live?.publicationDate).toBeTruthy();
  });

  it('fires the publish events the cache-purge webhook listens to', async () => {
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(events).toContain(`${ARTICLE}:${due.documentId}`);
    expect(events).toContain(`${EVENT}:${dueEvent.documentId}`);
  });

  it('leaves the published document unmodified in the dashboard', async () => {
    const { status, body } = await admin.request(`/content-manager/collection-types/${ARTICLE}/${due.documentId}`);
    expect(status).toBe(200);
    expect(body.data.status).toBe('published');
  });

  it('does not let a draft that fails validation block the others, and keeps it scheduled', async () => {
    expect(await published(ARTICLE, noAuthor.documentId)).toBeNull();
    const [draft] = await versions(ARTICLE, noAuthor.documentId);
    expect(new Date(draft!.publishAt!).toISOString()).toBe(at('09:00'));

    const report = await scheduling.publishDue(cms.strapi, new Date(at('11:00')));
    expect(report.published.map((item) => item.documentId)).toEqual([later.documentId]);
    expect(report.failed).toEqual([expect.objectContaining({ documentId: noAuthor.documentId, title: 'Nobody wrote this', reason: expect.stringMatching(/author/) })]);
    expect(report.failed[0]?.publishAt).toBe(at('09:00'));
    // The editor who opens the draft reads why, without the draft showing as changed.
    const [after] = await versions(ARTICLE, noAuthor.documentId);
    expect(after!.scheduleProblem).toBe('Add at least one author before publishing.');
    expect(after!.updatedAt).toEqual(draft!.updatedAt);
    // Saving the draft (the dashboard sends the read-only field back) neither sets nor keeps a problem of its own.
    await cms.strapi.documents(ARTICLE).update({ documentId: noAuthor.documentId, data: { title: 'Nobody wrote this', scheduleProblem: 'typed by hand' } as never });
    expect((await versions(ARTICLE, noAuthor.documentId))[0]!.scheduleProblem).toBe('Add at least one author before publishing.');
  });

  it('publishes the fixed draft at the next run', async () => {
    const author = (await cms.strapi.documents('api::team-member.team-member').findMany({ status: 'published', limit: 1 }))[0]!;
    await cms.strapi.documents(ARTICLE).update({ documentId: noAuthor.documentId, data: { authors: [author.documentId] } });
    const report = await scheduling.publishDue(cms.strapi, new Date(at('11:01')));
    expect(report).toEqual({ published: [expect.objectContaining({ documentId: noAuthor.documentId })], failed: [] });
    for (const version of await versions(ARTICLE, noAuthor.documentId)) expect(version.scheduleProblem).toBeNull();
  });

  it('does nothing when run again', async () => {
    expect(await scheduling.publishDue(cms.strapi, new Date(at('12:00')))).toEqual({ published: [], failed: [] });
  });

  it('publishes a newer draft of a published article at its time, leaving the live version until then', async () => {
    const live = await makeArticle(cms.strapi, { title: 'Live title' });
    await cms.strapi.documents(ARTICLE).update({ documentId: live.documentId, data: { title: 'Tomorrow’s title', publishAt: at('13:00') } });
    await scheduling.publishDue(cms.strapi, new Date(at('12:59')));
    expect((await published(ARTICLE, live.documentId))?.title).toBe('Live title');
    await scheduling.publishDue(cms.strapi, new Date(at('13:00')));
    expect((await published(ARTICLE, live.documentId))?.title).toBe('Tomorrow’s title');
  });
});

describe('publishing by hand', () => {
  it('clears a pending schedule', async () => {
    const article = await makeArticle(cms.strapi, { publishAt: at('15:00') }, 'draft');
    const response = await admin.request(`/content-manager/collection-types/${ARTICLE}/${article.documentId}/actions/publish`, { method: 'POST', body: {} });
    expect(response.status).toBe(200);
    for (const version of await versions(ARTICLE, article.documentId)) expect(version.publishAt).toBeNull();
    expect(await scheduling.publishDue(cms.strapi, new Date(at('16:00')))).toEqual({ published: [], failed: [] });
  });
});

describe('the schedule', () => {
  it('runs every minute as a cron task', () => {
    const job = cms.strapi.cron.jobs.find((spec) => spec.name === scheduling.SCHEDULE_TASK);
    expect(job?.options).toBe('0 * * * * *');
    const next = job!.job.nextInvocation();
    expect(next).toBeInstanceOf(Date);
    expect(next!.getTime() - Date.now()).toBeLessThanOrEqual(60_000);
  });

  it('publishes, when it runs, a draft whose time has passed', async () => {
    const article = await makeArticle(cms.strapi, { title: 'Overdue', publishAt: new Date(Date.now() - 60_000).toISOString() }, 'draft');
    const job = cms.strapi.cron.jobs.find((spec) => spec.name === scheduling.SCHEDULE_TASK)!;
    await job.job.invoke();
    expect((await published(ARTICLE, article.documentId))?.title).toBe('Overdue');
  });

  it('logs a draft that cannot be published once, not at every run', async () => {
    const stuck = await makeArticle(cms.strapi, { title: 'Stuck without author', authors: [], publishAt: new Date(Date.now() - 60_000).toISOString() }, 'draft');
    const tasks = scheduling.scheduledPublishingTasks();
    const { task } = tasks[scheduling.SCHEDULE_TASK] as { task: (context: { strapi: typeof cms.strapi }) => Promise<unknown> };
    const errors: string[] = [];
    const spy = vi.spyOn(cms.strapi.log, 'error').mockImplementation(((message: unknown) => errors.push(String(message))) as any);
    try {
      await task({ strapi: cms.strapi });
      await task({ strapi: cms.strapi });
    } finally {
      spy.mockRestore();
    }
    const aboutStuck = errors.filter((message) => message.includes(stuck.documentId));
    expect(aboutStuck).toHaveLength(1);
    expect(aboutStuck[0]).toMatch(/Stuck without author.*author.*retried every minute/s);
    await cms.strapi.documents(ARTICLE).delete({ documentId: stuck.documentId });
  });

  it('is not part of the public contract', async () => {
    const { data } = await graphql(cms.url, `{ __type(name: "Article") { fields { name } } }`);
    expect(data?.__type.fields.map((field: { name: string }) => field.name)).not.toContain('publishAt');
    expect(data?.__type.fields.map((field: { name: string }) => field.name)).not.toContain('scheduleProblem');
    const events = await graphql(cms.url, `{ __type(name: "Event") { fields { name } } }`);
    expect(events.data?.__type.fields.map((field: { name: string }) => field.name)).not.toContain('publishAt');
    expect(events.data?.__type.fields.map((field: { name: string }) => field.name)).not.toContain('scheduleProblem');
  });

  it('forgets a problem when the schedule is cleared', async () => {
    const stuck = await makeArticle(cms.strapi, { title: 'Stuck', authors: [], publishAt: at('14:00') }, 'draft');
    await scheduling.publishDue(cms.strapi, new Date(at('14:00')));
    expect((await versions(ARTICLE, stuck.documentId))[0]!.scheduleProblem).toMatch(/author/);
    await cms.strapi.documents(ARTICLE).update({ documentId: stuck.documentId, data: { publishAt: null } as never });
    expect((await versions(ARTICLE, stuck.documentId))[0]!.scheduleProblem).toBeNull();
  });
});

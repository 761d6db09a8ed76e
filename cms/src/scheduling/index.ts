import type { Core, Modules } from '@strapi/strapi';
import { writeData, type DocumentMiddleware } from '../lib/document-middleware';

/**
 * Scheduled publishing (Strapi's Releases are not in the free edition): an editor sets
 * `publishAt` on a draft article or event and saves; within a minute of that time the draft is
 * published through the Document Service, so the article rules (an author, alt text on the
 * cover) and the cache-purge webhook apply exactly as for a publish by hand.
 *
 * A due draft that cannot be published (a rule refuses it) stays a draft and stays scheduled:
 * it is retried every minute and goes live as soon as an editor fixes it. The reason is written
 * on the draft (`scheduleProblem`, read-only in the dashboard: "Not published as scheduled"),
 * so the editor who opens it sees what to fix; it is cleared when the draft goes live or its
 * schedule is cleared. The failure is logged once per reason, not every minute.
 *
 * Any publish, scheduled or by hand, clears `publishAt`: the schedule has been carried out or
 * overtaken, and a stale one would otherwise publish a later draft nobody meant to release.
 */
export const SCHEDULED_TYPES = ['api::article.article', 'api::event.event'] as const;
export type ScheduledType = (typeof SCHEDULED_TYPES)[number];

/** How often due drafts are looked for: every minute, on the minute. */
export const SCHEDULE_RULE = '0 * * * * *';
export const SCHEDULE_TASK = 'publish-scheduled-drafts';

export interface ScheduledPublish {
  uid: ScheduledType;
  documentId: string;
  title: string;
  publishAt: string;
}
export interface PublishReport {
  published: ScheduledPublish[];
  failed: (ScheduledPublish & { reason: string })[];
}

const isScheduledType = (uid: string): uid is ScheduledType => (SCHEDULED_TYPES as readonly string[]).includes(uid);

/** The drafts whose `publishAt` is at or before `now`, oldest schedule first. */
export const findDue = async (strapi: Core.Strapi, now: Date): Promise<ScheduledPublish[]> => {
  const due: ScheduledPublish[] = [];
  for (const uid of SCHEDULED_TYPES) {
    const drafts = await strapi.documents(uid).findMany({
      status: 'draft',
      filters: { publishAt: { $notNull: true, $lte: now.toISOString() } },
      fields: ['title', 'publishAt'],
      sort: 'publishAt:asc',
    });
    due.push(...drafts.map((draft) => ({ uid, documentId: draft.documentId, title: String(draft.title), publishAt: new Date(String(draft.publishAt)).toISOString() })));
  }
  return due;
};

/**
 * Publishes every draft due at `now`. One that fails does not stop the others; the report says
 * which went live and why the others did not.
 */
export const publishDue = async (strapi: Core.Strapi, now: Date): Promise<PublishReport> => {
  const report: PublishReport = { published: [], failed: [] };
  for (const item of await findDue(strapi, now)) {
    try {
      await strapi.documents(item.uid).publish({ documentId: item.documentId });
      report.published.push(item);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      report.failed.push({ ...item, reason });
      // Written to the draft's row only: the draft does not show as changed by it.
      await strapi.db.query(item.uid).updateMany({ where: { documentId: item.documentId, publishedAt: null }, data: { scheduleProblem: reason } });
    }
  }
  return report;
};

/**
 * Document Service middleware: a successful publish of an article or event clears `publishAt`
 * and any `scheduleProblem` on both its draft and published versions. Written straight to the rows, without touching
 * updatedAt, so the document does not show as "modified" afterwards.
 */
export const clearScheduleOnPublish =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    if (!isScheduledType(ctx.uid)) return next();
    const data = writeData(ctx);
    if (data) {
      // Only the scheduler writes the problem; a cleared schedule has none.
      delete data.scheduleProblem;
      if ('publishAt' in data && !data.publishAt) data.scheduleProblem = null;
    }
    if (ctx.action !== 'publish') return next();
    const result = await next();
    const { documentId } = ctx.params as { documentId?: string };
    if (documentId) {
      await strapi.db.query(ctx.uid).updateMany({ where: { documentId, $or: [{ publishAt: { $notNull: true } }, { scheduleProblem: { $notNull: true } }] }, data: { publishAt: null, scheduleProblem: null } });
    }
    return result;
  };

const label = (item: ScheduledPublish) => `${item.uid === 'api::article.article' ? 'article' : 'event'} "${item.title}" (${item.documentId}, due ${item.publishAt})`;

/**
 * The every-minute cron task, for `cron.tasks` in config/server.ts. Failures are logged once per
 * document and reason, so a draft waiting for a fix does not fill the log; a new reason, or a
 * success, is logged again.
 */
export const scheduledPublishingTasks = (): Modules.Cron.CronTasks => {
  const reported = new Map<string, string>();
  return {
    [SCHEDULE_TASK]: {
      options: SCHEDULE_RULE,
      task: async ({ strapi }) => {
        const report = await publishDue(strapi, new Date());
        for (const item of report.published) {
          reported.delete(item.documentId);
          strapi.log.info(`Scheduled publishing: published ${label(item)}.`);
        }
        for (const item of report.failed) {
          if (reported.get(item.documentId) === item.reason) continue;
          reported.set(item.documentId, item.reason);
          strapi.log.error(
            `Scheduled publishing: could not publish ${label(item)}: ${item.reason} It stays a draft and is retried every minute until it is fixed or its "Publish at" is cleared.`,
          );
        }
      },
    },
  };
};

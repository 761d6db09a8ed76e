import type { Core } from '@strapi/strapi';
import type { GraphQLResolveInfo } from 'graphql';
import { selectedFields } from './select-fields';

const ARTICLE = 'api::article.article';
export const MAX_READ_NEXT = 12;

interface ArticleRow {
  id: number;
  documentId: string;
  publishedAt?: string | null;
  locale?: string | null;
}

/**
 * `Article.readNext(limit)`: what to read after an article. The editor's companion picks
 * come first, in the editor's order, then the most recent articles sharing a topic with it.
 * Always published articles (what readers will see, also when previewing a draft), never the
 * article itself. One field instead of two round trips for every client that shows "read next".
 */
export const readNextExtension = ({ strapi }: { strapi: Core.Strapi }) => ({
  typeDefs: /* GraphQL */ `
    extend type Article {
      """
      What to read next: the editor's picks (related) first, then the most recent published articles sharing a topic. At most ${MAX_READ_NEXT}.
      """
      readNext("How many articles: 0 to ${MAX_READ_NEXT}." limit: Int = 3): [Article!]!
    }
  `,
  resolvers: {
    Article: {
      readNext: async (parent: ArticleRow, args: { limit?: number | null }, _context: unknown, info: GraphQLResolveInfo) => {
        const limit = Math.max(0, Math.min(args.limit ?? 3, MAX_READ_NEXT));
        if (limit === 0) return [];
        // The query engine directly (published rows: publishedAt set); a quarter of the
        // Document Service's cost for these three small reads.
        const articles = strapi.db.query(ARTICLE);
        const select = ['id', 'documentId', ...selectedFields(strapi, ARTICLE, info)];
        const self = (await articles.findOne({
          where: { id: parent.id },
          select: ['id'],
          populate: { related: { select: ['documentId'] }, topics: { select: ['id'] } },
        })) as { related?: { documentId: string }[]; topics?: { id: number }[] } | null;
        if (!self) return [];

        const pickIds = (self.related ?? []).map((item) => item.documentId).filter((id) => id !== parent.documentId);
        const picked = pickIds.length
          ? ((await articles.findMany({ where: { documentId: { $in: pickIds }, publishedAt: { $notNull: true } }, select })) as ArticleRow[])
          : [];
        const picks = pickIds.flatMap((id) => picked.filter((item) => item.documentId === id)).slice(0, limit);

        const topicIds = (self.topics ?? []).map((topic) => topic.id);
        if (picks.length >= limit || topicIds.length === 0) return picks;
        const sharing = (await articles.findMany({
          where: {
            topics: { id: { $in: topicIds } },
            documentId: { $notIn: [parent.documentId, ...picks.map((pick) => pick.documentId)] },
            publishedAt: { $notNull: true },
          },
          orderBy: [{ publicationDate: 'desc' }, { id: 'desc' }],
          limit: limit - picks.length,
          select,
        })) as ArticleRow[];
        return [...picks, ...sharing];
      },
    },
  },
  resolversConfig: {
    'Article.readNext': { auth: false },
  },
});

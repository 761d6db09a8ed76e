import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { readingTimeMinutes } from '../lib/blocks';

/**
 * Bulk generation of large, realistic-shaped datasets for load tests and benchmarks: tens of
 * thousands of rows in seconds, written straight through the query engine in one transaction
 * instead of one Document Service call per document (about 23 ms each). Rows follow Strapi 5's
 * storage exactly: every published document is a draft row plus a published row sharing a
 * documentId, and relations link drafts to drafts and published rows to published rows.
 *
 * Not demo content: titles and bodies are generated from a small vocabulary.
 */

export interface BulkOptions {
  articles: number;
  members: number;
  events: number;
  topics: number;
  authorsPerArticle?: number;
  topicsPerArticle?: number;
  /** Upload file ids to use as covers and photos, cycled through. */
  fileIds?: number[];
}

type Uid = Parameters<Core.Strapi['documents']>[0];

const WORDS = (
  'public service mission team trust partnership council community learning design delivery leadership change ' +
  'practice purpose people evidence voice place budget board charity health housing care listening pilot ' +
  'question decision culture habit workshop network outcome shared honest small steady careful open local'
).split(' ');

const pick = (n: number, offset = 0) => WORDS[(n * 7 + offset * 13) % WORDS.length] as string;
const sentence = (n: number, length: number) => {
  const words = Array.from({ length }, (_, k) => pick(n + k, k));
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
};
const documentId = () => randomBytes(12).toString('hex').slice(0, 24);
const body = (n: number) =>
  Array.from({ length: 6 }, (_, k) => ({ type: 'paragraph', children: [{ type: 'text', text: Array.from({ length: 5 }, (_, s) => sentence(n + k * 5 + s, 12)).join(' ') }] }));

interface Row {
  id: number;
  documentId: string;
  published: boolean;
}

export const bulkSeed = async (strapi: Core.Strapi, options: BulkOptions, now = new Date()): Promise<void> => {
  const { authorsPerArticle = 2, topicsPerArticle = 2, fileIds = [] } = options;
  const stamp = now.toISOString();

  /** Inserts each document as a draft row and a published row; returns both rows per document. */
  const insertDocuments = async (uid: Uid, count: number, fields: (n: number) => Record<string, unknown>, draftAndPublish = true) => {
    const docs = Array.from({ length: count }, (_, n) => ({ documentId: documentId(), n }));
    const data = docs.flatMap(({ documentId: id, n }) => {
      const base = { documentId: id, createdAt: stamp, updatedAt: stamp, locale: null, ...fields(n) };
      return draftAndPublish ? [{ ...base, publishedAt: null }, { ...base, publishedAt: stamp }] : [{ ...base, publishedAt: stamp }];
    });
    for (let start = 0; start < data.length; start += 500) {
      await strapi.db.query(uid).createMany({ data: data.slice(start, start + 500) });
    }
    const meta = strapi.db.metadata.get(uid);
    const ids = new Set(docs.map((doc) => doc.documentId));
    const rows = (await strapi.db.connection(meta.tableName).select('id', 'document_id', 'published_at')) as {
      id: number;
      document_id: string;
      published_at: unknown;
    }[];
    const byDocument = new Map<string, { draft?: Row; published?: Row }>();
    for (const row of rows) {
      if (!ids.has(row.document_id)) continue;
      const entry = byDocument.get(row.document_id) ?? {};
      const published = row.published_at !== null;
      entry[published ? 'published' : 'draft'] = { id: Number(row.id), documentId: row.document_id, published };
      byDocument.set(row.document_id, entry);
    }
    return docs.map((doc) => byDocument.get(doc.documentId) as { draft?: Row; published?: Row });
  };

  /** Links source rows to target rows (draft to draft, published to published) in a join table. */
  const link = async (uid: Uid, attribute: string, pairs: [{ draft?: Row; published?: Row }, { draft?: Row; published?: Row }][]) => {
    const joinTable = (strapi.db.metadata.get(uid).attributes[attribute] as { joinTable: { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string }; orderColumnName?: string; inverseOrderColumnName?: string } }).joinTable;
    const order = new Map<number, number>();
    const rows: Record<string, number>[] = [];
    for (const [source, target] of pairs) {
      for (const state of ['draft', 'published'] as const) {
        const from = source[state];
        const to = target[state] ?? target.published;
        if (!from || !to) continue;
        const position = (order.get(from.id) ?? 0) + 1;
        order.set(from.id, position);
        rows.push({
          [joinTable.joinColumn.name]: from.id,
          [joinTable.inverseJoinColumn.name]: to.id,
          ...(joinTable.orderColumnName ? { [joinTable.orderColumnName]: position } : {}),
          ...(joinTable.inverseOrderColumnName ? { [joinTable.inverseOrderColumnName]: 1 } : {}),
        });
      }
    }
    for (let start = 0; start < rows.length; start += 500) await strapi.db.connection(joinTable.name).insert(rows.slice(start, start + 500));
  };

  /** Attaches an uploaded file to each row of a media attribute (Strapi's files_related_mph). */
  const attachMedia = async (uid: Uid, field: string, docs: { draft?: Row; published?: Row }[]) => {
    if (fileIds.length === 0) return;
    const rows = docs.flatMap((doc, n) =>
      [doc.draft, doc.published].filter((row): row is Row => Boolean(row)).map((row) => ({
        file_id: fileIds[n % fileIds.length],
        related_id: row.id,
        related_type: uid,
        field,
        order: 1,
      })),
    );
    for (let start = 0; start < rows.length; start += 500) await strapi.db.connection('files_related_mph').insert(rows.slice(start, start + 500));
  };

  const topics = await insertDocuments('api::topic.topic', options.topics, (n) => ({ name: `Topic ${n + 1} ${pick(n)}`, slug: `bulk-topic-${n + 1}`, description: sentence(n, 10) }), false);

  const members = await insertDocuments('api::team-member.team-member', options.members, (n) => ({
    name: `Person ${n + 1} ${pick(n, 3)}`,
    slug: `bulk-member-${n + 1}`,
    jobTitle: 'Consultant',
    shortBio: sentence(n, 20),
    sortOrder: n,
  }));
  await attachMedia('api::team-member.team-member', 'photo', members);

  const day = 86_400_000;
  const articles = await insertDocuments('api::article.article', options.articles, (n) => ({
    title: `${sentence(n, 6).slice(0, -1)} ${n + 1}`,
    slug: `bulk-article-${n + 1}`,
    excerpt: sentence(n, 30).slice(0, 300),
    body: body(n),
    readingTimeMinutes: readingTimeMinutes(body(n)),
    publicationDate: new Date(now.getTime() - n * 3_600_000).toISOString(),
    featured: n === 0,
  }));
  await attachMedia('api::article.article', 'cover', articles);
  await link(
    'api::article.article',
    'authors',
    articles.flatMap((article, n) => Array.from({ length: Math.min(authorsPerArticle, members.length) }, (_, k) => [article, members[(n + k) % members.length]!] as [typeof article, typeof article])),
  );
  await link(
    'api::article.article',
    'topics',
    articles.flatMap((article, n) => Array.from({ length: Math.min(topicsPerArticle, topics.length) }, (_, k) => [article, topics[(n + k * 7) % topics.length]!] as [typeof article, typeof article])),
  );

  const events = await insertDocuments('api::event.event', options.events, (n) => {
    const startsAt = new Date(now.getTime() + (n - options.events / 2) * day);
    return {
      title: `${sentence(n, 5).slice(0, -1)} event ${n + 1}`,
      slug: `bulk-event-${n + 1}`,
      summary: sentence(n, 20),
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
      timezone: 'Europe/London',
      format: (['online', 'in_person', 'hybrid'] as const)[n % 3],
      isFree: true,
    };
  });
  await attachMedia('api::event.event', 'cover', events);
  await link('api::event.event', 'hosts', events.map((event, n) => [event, members[n % members.length]!] as [typeof event, typeof event]));
};

import { createHmac } from 'node:crypto';
import { secretMatches } from './secrets';

/**
 * Preview links: /api/preview checks the admin's secret once, then sends the editor to
 * /preview/<section>/<slug> with a signature over what may be previewed and until when.
 * The signed link opens one document for an hour; it carries no CMS credential.
 */
export const PREVIEW_TYPES = { article: 'insights', event: 'events', 'team-member': 'team', page: 'pages' } as const;
export type PreviewType = keyof typeof PREVIEW_TYPES;
export type PreviewStatus = 'draft' | 'published';
export const PREVIEW_LIFETIME_MS = 60 * 60 * 1000;

const sign = (secret: string, section: string, slug: string, status: PreviewStatus, expires: number) =>
  createHmac('sha256', secret).update(`${section}\n${slug}\n${status}\n${expires}`).digest('base64url');

export const signedPreviewPath = (secret: string, type: PreviewType, slug: string, status: PreviewStatus, now = Date.now()) => {
  const section = PREVIEW_TYPES[type];
  const expires = now + PREVIEW_LIFETIME_MS;
  const query = new URLSearchParams({ status, expires: String(expires), signature: sign(secret, section, slug, status, expires) });
  return `/preview/${section}/${encodeURIComponent(slug)}?${query}`;
};

const PREVIEW_PATH = new RegExp(`^/preview/(${Object.values(PREVIEW_TYPES).join('|')})/([^/]+)$`);

/** The preview a signed path grants, or null when the signature is wrong or has expired. */
export const verifyPreviewPath = (secret: string, path: string, query: Record<string, unknown>, now = Date.now()): { status: PreviewStatus } | null => {
  const match = PREVIEW_PATH.exec(path);
  const status = query.status === 'draft' || query.status === 'published' ? query.status : null;
  const expires = Number(query.expires);
  if (!secret || !match || !status || !Number.isFinite(expires) || expires < now || typeof query.signature !== 'string') return null;
  const expected = sign(secret, match[1]!, decodeURIComponent(match[2]!), status, expires);
  return secretMatches(query.signature, expected) ? { status } : null;
};

import { describe, expect, it } from 'vitest';
import { secretMatches } from '../../server/utils/secrets';
import { PREVIEW_LIFETIME_MS, PREVIEW_TYPES, signedPreviewPath, verifyPreviewPath, type PreviewType } from '../../server/utils/preview';

const SECRET = 'preview-secret';
const split = (path: string) => {
  const url = new URL(path, 'http://site');
  return [url.pathname, Object.fromEntries(url.searchParams)] as const;
};

describe('signed preview links', () => {
  it('open the previewed document with the requested status', () => {
    const [path, query] = split(signedPreviewPath(SECRET, 'article', 'a-draft', 'draft', 1_000));
    expect(path).toBe('/preview/insights/a-draft');
    expect(verifyPreviewPath(SECRET, path, query, 2_000)).toEqual({ status: 'draft' });
  });

  it('exist for every previewable section, standing pages included', () => {
    for (const [type, section] of Object.entries(PREVIEW_TYPES)) {
      const [path, query] = split(signedPreviewPath(SECRET, type as PreviewType, 'privacy', 'draft', 1_000));
      expect(path).toBe(`/preview/${section}/privacy`);
      expect(verifyPreviewPath(SECRET, path, query, 2_000)).toEqual({ status: 'draft' });
    }
    expect(Object.values(PREVIEW_TYPES)).toEqual(['insights', 'events', 'team', 'pages']);
  });

  it('expire after an hour', () => {
    const [path, query] = split(signedPreviewPath(SECRET, 'event', 'e', 'draft', 0));
    expect(verifyPreviewPath(SECRET, path, query, PREVIEW_LIFETIME_MS + 1)).toBeNull();
  });

  it('cannot be moved to another document, section or status', () => {
    const [path, query] = split(signedPreviewPath(SECRET, 'article', 'allowed', 'published', 0));
    expect(verifyPreviewPath(SECRET, '/preview/insights/other', query, 1)).toBeNull();
    expect(verifyPreviewPath(SECRET, path.replace('insights', 'events'), query, 1)).toBeNull();
    expect(verifyPreviewPath(SECRET, path, { ...query, status: 'draft' }, 1)).toBeNull();
    expect(verifyPreviewPath('another-secret', path, query, 1)).toBeNull();
  });

  it('refuse everything when no secret is configured', () => {
    const [path, query] = split(signedPreviewPath('', 'article', 'x', 'draft', 0));
    expect(verifyPreviewPath('', path, query, 1)).toBeNull();
  });
});

it('secretMatches compares exactly and never matches an empty secret', () => {
  expect(secretMatches('abc', 'abc')).toBe(true);
  expect(secretMatches('abd', 'abc')).toBe(false);
  expect(secretMatches('', '')).toBe(false);
  expect(secretMatches(undefined, 'abc')).toBe(false);
});

import { describe, expect, it } from 'vitest';
import { articles } from '../../src/seed/content/articles';
import { events } from '../../src/seed/content/events';
import { global } from '../../src/seed/content/global';
import { pages } from '../../src/seed/content/pages';
import { RESERVED_PAGE_SLUGS } from '../../src/lib/slugs';
import { team } from '../../src/seed/content/team';
import { backgroundColour } from '../../src/seed/images';
import { weekdayFromNowAt } from '../../src/seed/time';
import type { ImageSpec } from '../../src/seed/types';

const localWeekday = (instant: Date, timeZone: string) => new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'long' }).format(instant);
const localTime = (instant: Date, timeZone: string) => new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant);

describe('seeded event dates', () => {
  // Fourteen consecutive seeding days (every weekday twice), one of them across the October clock change.
  const seedingDays = Array.from({ length: 14 }, (_, n) => new Date(Date.UTC(2026, 9, 20 + n, 10, 0)));

  it('puts every demo event on a Tuesday, Wednesday or Thursday, whatever day the seed runs', () => {
    for (const now of seedingDays) {
      for (const event of events) {
        const startsAt = weekdayFromNowAt(now, event.startsInDays, event.startTime, event.timezone);
        expect(['Tuesday', 'Wednesday', 'Thursday'], `${event.slug} seeded on ${now.toISOString()}`).toContain(localWeekday(startsAt, event.timezone));
        expect(localTime(startsAt, event.timezone)).toBe(event.startTime);
      }
    }
  });

  it('keeps the events in their order, three past and four upcoming', () => {
    for (const now of seedingDays) {
      const starts = events.map((event) => weekdayFromNowAt(now, event.startsInDays, event.startTime, event.timezone).getTime());
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
      expect(starts.filter((start) => start < now.getTime())).toHaveLength(3);
    }
  });
});

describe('seeded venues', () => {
  it('never repeat the venue name at the start of the address', () => {
    for (const event of events.filter((candidate) => candidate.venueName)) {
      expect(event.address?.startsWith(event.venueName!), event.slug).toBe(false);
    }
  });
});

describe('seeded standing pages', () => {
  it('are where the footer’s internal links point, at addresses the site leaves to pages', () => {
    const sections = ['/insights', '/events', '/team', '/newsletter'];
    const internal = global.quickLinks.map((link) => link.url).filter((url) => url.startsWith('/'));
    expect(internal.filter((url) => !sections.includes(url)).sort()).toEqual(pages.map((page) => `/${page.slug}`).sort());
    for (const page of pages) {
      expect(RESERVED_PAGE_SLUGS).not.toContain(page.slug);
      expect(page.summary.length).toBeLessThanOrEqual(300);
    }
  });
});

describe('seeded article links', () => {
  const links = (node: unknown): string[] => {
    if (Array.isArray(node)) return node.flatMap(links);
    if (!node || typeof node !== 'object') return [];
    const record = node as { type?: string; url?: string; children?: unknown };
    return [...(record.type === 'link' && record.url ? [record.url] : []), ...links(record.children)];
  };
  const slugs = new Set(articles.map((article) => article.slug));
  const all = articles.flatMap((article) => links(article.body));

  it('point at the site’s own insights, not a made-up address for them', () => {
    expect(all.filter((url) => url.includes('/kestrel/insights/'))).toEqual([]);
    const internal = all.filter((url) => url.startsWith('/insights/'));
    expect(internal.length).toBeGreaterThanOrEqual(3);
    for (const url of internal) expect(slugs.has(url.slice('/insights/'.length))).toBe(true);
  });
});

describe('seeded image alt texts', () => {
  // The names the alt texts use for the palette's colours.
  const names: Record<string, string[]> = {
    '#12343b': ['deep teal'], '#0f2e33': ['deep teal'], '#1d2b4f': ['ink-blue'], '#141d33': ['ink-blue'],
    '#2f3e46': ['slate'], '#2e3b2c': ['moss-green'], '#2b2440': ['deep plum'],
    '#f3ead8': ['cream'], '#f4efe4': ['cream'], '#f6f1e7': ['cream'], '#efe6d2': ['cream'], '#f2e8dc': ['cream'], '#e8dcc4': ['cream', 'sand'],
  };
  const images: ImageSpec[] = [
    ...events.map((event) => event.cover),
    ...articles.flatMap((article) => [article.cover, ...(article.images ?? [])]),
    ...team.map((member) => member.photo),
    global.defaultSeo.shareImage,
  ].filter((spec): spec is ImageSpec => Boolean(spec));

  it('name the colour the picture is drawn on', () => {
    expect(images.length).toBeGreaterThanOrEqual(20);
    for (const spec of images) {
      const colour = backgroundColour(spec);
      expect(names[colour], `a name for ${colour}`).toBeDefined();
      const pattern = new RegExp(`(${names[colour]!.join('|')}) (ground|sky|background|field)`);
      expect(spec.alt, spec.key).toMatch(pattern);
    }
  });

  it('do not promise initials the portraits do not show', () => {
    for (const member of team) expect(member.photo.alt).not.toMatch(/initials/);
  });
});

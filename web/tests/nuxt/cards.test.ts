import { mountSuspended } from '@nuxt/test-utils/runtime';
import { describe, expect, it } from 'vitest';
import ArticleCard from '~/components/article/ArticleCard.vue';
import EventCard from '~/components/event/EventCard.vue';
import type { ArticleCardData } from '~/composables/useArticles';
import type { EventCardData } from '~/composables/useEvents';

const makeArticle = (overrides: Partial<ArticleCardData> = {}): ArticleCardData => ({
  documentId: 'a1',
  title: 'Listening before fixing',
  slug: 'listening-before-fixing',
  excerpt: 'Why the first ninety days are for listening.',
  publicationDate: '2026-03-29T23:30:00.000Z',
  readingTimeMinutes: 4,
  cover: { url: '/uploads/c.jpg', alternativeText: 'Arches', caption: null, width: 1600, height: 1000, formats: {} },
  authors: [
    { name: 'Amara Osei', slug: 'amara-osei' },
    { name: 'Rhys Pritchard', slug: 'rhys-pritchard' },
  ],
  topics: [{ name: 'Leadership', slug: 'leadership' }],
  ...overrides,
});

const makeEvent = (overrides: Partial<EventCardData> = {}): EventCardData => ({
  documentId: 'e1',
  title: 'Coffee morning',
  slug: 'coffee-morning',
  summary: 'An informal hour.',
  startsAt: '2026-07-01T07:30:00.000Z',
  endsAt: '2026-07-01T08:30:00.000Z',
  timezone: 'Europe/London',
  format: 'online',
  venueName: null,
  isFree: true,
  priceLabel: null,
  cover: null,
  ...overrides,
});

describe('ArticleCard', () => {
  it('links the title to the article and shows authors, London date and reading time', async () => {
    const card = await mountSuspended(ArticleCard, { props: { article: makeArticle() } });
    const link = card.find('h3 a');
    expect(link.attributes('href')).toBe('/insights/listening-before-fixing');
    expect(link.text()).toBe('Listening before fixing');
    expect(card.find('.meta').text()).toBe('Amara Osei and Rhys Pritchard · 30 March 2026 · 4 min read');
    expect(card.find('time').attributes('datetime')).toBe('2026-03-29T23:30:00.000Z');
    // The cover is decorative here: the title and excerpt say what the piece is; the article page describes it.
    expect(card.find('img').attributes('alt')).toBe('');
  });

  it('uses the heading level it is given and loads a priority cover eagerly', async () => {
    const card = await mountSuspended(ArticleCard, { props: { article: makeArticle(), headingLevel: 2, priority: true } });
    expect(card.find('h2 a').exists()).toBe(true);
    expect(card.find('img').attributes('loading')).toBe('eager');
  });

  it('has no image when there is no cover', async () => {
    const card = await mountSuspended(ArticleCard, { props: { article: makeArticle({ cover: null }) } });
    expect(card.find('img').exists()).toBe(false);
  });
});

describe('EventCard', () => {
  it('shows the date and time in the event’s zone (BST in summer), format and price', async () => {
    const card = await mountSuspended(EventCard, { props: { event: makeEvent() } });
    expect(card.find('.meta').text()).toBe('Wednesday 1 July 2026, 08:30 to 09:30 BST · Free');
    expect([card.find('.day').text(), card.find('.month').text()]).toEqual(['1', 'Jul']);
    expect(card.find('.eyebrow').text()).toBe('Online');
  });

  it('marks past events and shows a price label for paid ones', async () => {
    const card = await mountSuspended(EventCard, { props: { event: makeEvent({ isFree: false, priceLabel: '£15', format: 'in_person', venueName: 'The Guildhall' }), past: true } });
    expect(card.find('.eyebrow').text()).toBe('Past event · In person · The Guildhall');
    expect(card.find('.meta').text()).toContain('· £15');
  });
});

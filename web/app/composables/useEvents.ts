import { EventBySlugQuery, EventListQuery, type ResultOf, type VariablesOf } from '@insights/api';
import type { Ref } from 'vue';

export type EventCardData = NonNullable<ResultOf<typeof EventListQuery>['events_connection']>['nodes'][number];
export type EventData = NonNullable<ResultOf<typeof EventBySlugQuery>['events'][number]>;
type EventFilters = NonNullable<VariablesOf<typeof EventListQuery>['filters']>;

export interface EventListParams {
  when: 'upcoming' | 'past';
  page?: number;
  pageSize?: number;
  host?: string;
}

/**
 * Upcoming events (not yet ended, soonest first) or past ones (most recent first), optionally
 * for one host. "Now" is the shared minute from useNow(), so hydration reuses the server's data.
 */
export const useEventList = async (params: Ref<EventListParams>) => {
  const now = useNow();
  const variables = computed(() => {
    const { when, page = 1, pageSize = 12, host } = params.value;
    const filters: EventFilters = when === 'upcoming' ? { endsAt: { gte: now.value } } : { endsAt: { lt: now.value } };
    return {
      filters: host ? { and: [filters, { hosts: { slug: { eq: host } } }] } : filters,
      sort: when === 'upcoming' ? ['startsAt:asc'] : ['startsAt:desc'],
      page,
      pageSize,
    };
  });
  const { data } = await useCmsQuery(EventListQuery, variables);
  return {
    events: computed(() => data.value?.events_connection?.nodes ?? []),
    pageInfo: computed(() => data.value?.events_connection?.pageInfo ?? { total: 0, page: 1, pageSize: 12, pageCount: 0 }),
  };
};

/** One event by slug, or the 404 page. In preview, the draft. */
export const useEvent = async (slug: string, { preview = false }: { preview?: boolean } = {}) => {
  const { data } = await useCmsQuery(EventBySlugQuery, { slug, status: preview ? 'DRAFT' : 'PUBLISHED' });
  const event = data.value?.events[0];
  if (!event) throw createError({ statusCode: 404, statusMessage: 'Not Found', message: 'We could not find that event.', fatal: true });
  return event;
};

export const formatLabels: Record<string, string> = { online: 'Online', in_person: 'In person', hybrid: 'In person and online' };

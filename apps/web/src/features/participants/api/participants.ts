import { PersonSchema, TimelineEventListSchema } from '@ankomst/contracts';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export const TIMELINE_PAGE_SIZE = 20;

export const personsQueryKeys = {
  all: ['persons'] as const,
  detail: (personId: string) => ['persons', 'detail', personId] as const,
  timeline: (personId: string) => ['persons', 'timeline', personId] as const,
};

/** `GET /persons/:personId`: what the reader's service may see (withheld fields null, kode 6/7 hidden). */
export function personQueryOptions(personId: string) {
  return queryOptions({
    queryKey: personsQueryKeys.detail(personId),
    queryFn: ({ signal }) => apiClient.get(`/persons/${personId}`, { schema: PersonSchema, signal }),
  });
}

/** `GET /persons/:personId/timeline`, newest first, a page at a time ("show more"). */
export function timelineQueryOptions(personId: string) {
  return infiniteQueryOptions({
    queryKey: personsQueryKeys.timeline(personId),
    queryFn: ({ pageParam, signal }) =>
      apiClient.get(`/persons/${personId}/timeline`, {
        schema: TimelineEventListSchema,
        query: { page: pageParam, pageSize: TIMELINE_PAGE_SIZE },
        signal,
      }),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined),
  });
}

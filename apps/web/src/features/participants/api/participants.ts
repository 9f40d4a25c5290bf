import {
  CaseworkerCandidateListSchema,
  PersonSchema,
  TimelineEventListSchema,
  type UpdatePersonBody,
} from '@ankomst/contracts';
import { infiniteQueryOptions, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export const TIMELINE_PAGE_SIZE = 20;

export const personsQueryKeys = {
  all: ['persons'] as const,
  detail: (personId: string) => ['persons', 'detail', personId] as const,
  timeline: (personId: string) => ['persons', 'timeline', personId] as const,
  caseworkerCandidates: (personId: string) => ['persons', 'caseworkerCandidates', personId] as const,
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

/** `GET /persons/:personId/caseworker-candidates`: the municipality's active consultants (consultants only). */
export function caseworkerCandidatesQueryOptions(personId: string) {
  return queryOptions({
    queryKey: personsQueryKeys.caseworkerCandidates(personId),
    queryFn: ({ signal }) =>
      apiClient.get(`/persons/${personId}/caseworker-candidates`, { schema: CaseworkerCandidateListSchema, signal }),
    staleTime: 60_000,
  });
}

/**
 * `PATCH /persons/:personId` with the changed fields and the version they were based on: 409 STALE_VERSION when
 * someone else saved first, 400 naming the fields, 403 PERSON_ADDRESS_PROTECTED for a protected address.
 */
export function useUpdatePerson(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdatePersonBody) => apiClient.patch(`/persons/${personId}`, body, { schema: PersonSchema }),
    onSuccess: (person) => {
      queryClient.setQueryData(personsQueryKeys.detail(person.id), person);
      // Names, birth dates and caseworkers show in households, caseloads, the timeline and lists too; the open
      // programmes' conclusions (and so the benefit) follow the person's facts: the API re-derived them.
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: personsQueryKeys.timeline(person.id) }),
        queryClient.invalidateQueries({ queryKey: ['households'] }),
        queryClient.invalidateQueries({ queryKey: ['caseload'] }),
        queryClient.invalidateQueries({ queryKey: ['programmes'] }),
        queryClient.invalidateQueries({ queryKey: ['benefits'] }),
      ]);
    },
  });
}

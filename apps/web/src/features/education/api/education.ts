import {
  ClassDetailSchema,
  ClassListSchema,
  EnrolmentDetailSchema,
  PersonListSchema,
  type CreateAssessmentsBody,
  type CreateEnrolmentBody,
} from '@ankomst/contracts';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export const educationKeys = {
  all: ['education'] as const,
  classes: (mine: boolean) => ['education', 'classes', { mine }] as const,
  class: (classId: string) => ['education', 'class', classId] as const,
  personSearch: (search: string) => ['education', 'person-search', search] as const,
};

/** `GET /classes?mine`: the classes I teach, or every class of the municipality. */
export function classesQueryOptions(mine: boolean) {
  return queryOptions({
    queryKey: educationKeys.classes(mine),
    queryFn: ({ signal }) =>
      apiClient.get('/classes', { schema: ClassListSchema, query: { mine: mine ? 'true' : undefined }, signal }),
  });
}

/** `GET /classes/:classId`: the class and its learners (hours against entitlement, latest levels). */
export function classQueryOptions(classId: string) {
  return queryOptions({
    queryKey: educationKeys.class(classId),
    queryFn: ({ signal }) =>
      apiClient.get(`/classes/${encodeURIComponent(classId)}`, { schema: ClassDetailSchema, signal }),
  });
}

/** Participants to enrol, by name (consultants: `GET /persons?search`, the term in the query string only). */
export function personSearchQueryOptions(search: string) {
  return queryOptions({
    queryKey: educationKeys.personSearch(search),
    queryFn: ({ signal }) =>
      apiClient.get('/persons', { schema: PersonListSchema, query: { search, pageSize: 10 }, signal }),
    enabled: search.trim().length >= 2,
  });
}

export function useEnrol(classId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateEnrolmentBody) =>
      apiClient.post(`/classes/${encodeURIComponent(classId)}/enrolments`, body, { schema: EnrolmentDetailSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: educationKeys.all }),
  });
}

export function useAddAssessments() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ enrolmentId, body }: { enrolmentId: string; body: CreateAssessmentsBody }) =>
      apiClient.post(`/enrolments/${encodeURIComponent(enrolmentId)}/assessments`, body, {
        schema: EnrolmentDetailSchema,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: educationKeys.all }),
  });
}

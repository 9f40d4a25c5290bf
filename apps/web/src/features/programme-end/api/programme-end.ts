import {
  AlternativeGoalListSchema,
  AlternativeGoalSchema,
  ProgrammeListSchema,
  ProgrammeOutcomeViewSchema,
  type CreateAlternativeGoalBody,
  type PutProgrammeOutcomeBody,
  type UpdateAlternativeGoalBody,
} from '@ankomst/contracts';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export const programmeEndQueryKeys = {
  /** The same key and answer as the programmes feature's list, so a status change there refreshes this section. */
  programmes: (personId: string) => ['programmes', 'person', personId] as const,
  outcome: (programmeId: string) => ['programme-end', 'outcome', programmeId] as const,
  goals: (programmeId: string) => ['programme-end', 'goals', programmeId] as const,
};

/** `GET /persons/:personId/programmes`: newest first. */
export function personProgrammesQueryOptions(personId: string) {
  return queryOptions({
    queryKey: programmeEndQueryKeys.programmes(personId),
    queryFn: ({ signal }) => apiClient.get(`/persons/${personId}/programmes`, { schema: ProgrammeListSchema, signal }),
  });
}

/** `GET /programmes/:programmeId/outcome`: end date, follow-up dates and the outcome (null until recorded). */
export function outcomeQueryOptions(programmeId: string) {
  return queryOptions({
    queryKey: programmeEndQueryKeys.outcome(programmeId),
    queryFn: ({ signal }) =>
      apiClient.get(`/programmes/${programmeId}/outcome`, { schema: ProgrammeOutcomeViewSchema, signal }),
  });
}

/** `GET /programmes/:programmeId/alternative-goals`. */
export function goalsQueryOptions(programmeId: string) {
  return queryOptions({
    queryKey: programmeEndQueryKeys.goals(programmeId),
    queryFn: ({ signal }) =>
      apiClient.get(`/programmes/${programmeId}/alternative-goals`, { schema: AlternativeGoalListSchema, signal }),
  });
}

/** After a write: this section's data and the person's page (the timeline shows the change). */
function useInvalidate(programmeId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['programme-end', 'outcome', programmeId] }),
      queryClient.invalidateQueries({ queryKey: ['programme-end', 'goals', programmeId] }),
      queryClient.invalidateQueries({ queryKey: ['persons'] }),
    ]);
}

export function usePutOutcome(programmeId: string) {
  const invalidate = useInvalidate(programmeId);
  return useMutation({
    mutationFn: (body: PutProgrammeOutcomeBody) =>
      apiClient.put(`/programmes/${programmeId}/outcome`, body, { schema: ProgrammeOutcomeViewSchema }),
    onSuccess: () => invalidate(),
  });
}

export function useCreateGoal(programmeId: string) {
  const invalidate = useInvalidate(programmeId);
  return useMutation({
    mutationFn: (body: CreateAlternativeGoalBody) =>
      apiClient.post(`/programmes/${programmeId}/alternative-goals`, body, { schema: AlternativeGoalSchema }),
    onSuccess: () => invalidate(),
  });
}

export function useUpdateGoal(programmeId: string) {
  const invalidate = useInvalidate(programmeId);
  return useMutation({
    mutationFn: ({ goalId, body }: { goalId: string; body: UpdateAlternativeGoalBody }) =>
      apiClient.patch(`/alternative-goals/${goalId}`, body, { schema: AlternativeGoalSchema }),
    onSuccess: () => invalidate(),
  });
}

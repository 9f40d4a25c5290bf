import {
  ConsultantCandidateListSchema,
  IntegrationPlanSchema,
  ProgrammeListSchema,
  ProgrammeSchema,
  type ChangeProgrammeStatusBody,
  type CreateExtensionBody,
  type CreateLeaveBody,
  type CreatePlanRevisionBody,
  type CreateProgrammeBody,
  type OverrideRegimeBody,
  type Programme,
  type UpdateProgrammeBody,
} from '@ankomst/contracts';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export const programmesQueryKeys = {
  all: ['programmes'] as const,
  forPerson: (personId: string) => ['programmes', 'person', personId] as const,
  plans: ['programmes', 'plan'] as const,
  plan: (programmeId: string) => ['programmes', 'plan', programmeId] as const,
  consultantCandidates: (programmeId: string) => ['programmes', 'consultantCandidates', programmeId] as const,
};

/** `GET /persons/:personId/programmes`: newest first, each with its derivation log and deadlines. */
export function programmesQueryOptions(personId: string) {
  return queryOptions({
    queryKey: programmesQueryKeys.forPerson(personId),
    queryFn: ({ signal }) => apiClient.get(`/persons/${personId}/programmes`, { schema: ProgrammeListSchema, signal }),
  });
}

/** `GET /programmes/:programmeId/plan`: the current revision, every revision and warnings. */
export function planQueryOptions(programmeId: string) {
  return queryOptions({
    queryKey: programmesQueryKeys.plan(programmeId),
    queryFn: ({ signal }) =>
      apiClient.get(`/programmes/${programmeId}/plan`, { schema: IntegrationPlanSchema, signal }),
  });
}

/** `GET /programmes/:programmeId/consultant-candidates`: the municipality's active consultants (programmes.reassign). */
export function consultantCandidatesQueryOptions(programmeId: string) {
  return queryOptions({
    queryKey: programmesQueryKeys.consultantCandidates(programmeId),
    queryFn: ({ signal }) =>
      apiClient.get(`/programmes/${programmeId}/consultant-candidates`, {
        schema: ConsultantCandidateListSchema,
        signal,
      }),
    staleTime: 60_000,
  });
}

/** The programme the page is about: the open one (planned, active, on leave), else the newest. */
export function currentProgramme(items: readonly Programme[]): Programme | undefined {
  return items.find((p) => p.status === 'PLANNED' || p.status === 'ACTIVE' || p.status === 'ON_LEAVE') ?? items[0];
}

/**
 * After a programme write: its list and its plan (the plan's warnings rest on the engine's conclusions, which a
 * write re-derives, e.g. under a regime override), the person's page (the timeline shows the change;
 * settled-by-agreement lives on the person) and the caseload (status, deadlines and the consultant show there).
 * The `persons` and `caseload` keys are those features'.
 */
function useInvalidate(personId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: programmesQueryKeys.forPerson(personId) }),
      queryClient.invalidateQueries({ queryKey: programmesQueryKeys.plans }),
      queryClient.invalidateQueries({ queryKey: ['persons'] }),
      queryClient.invalidateQueries({ queryKey: ['caseload'] }),
    ]);
}

function useProgrammeMutation<TBody>(personId: string, send: (body: TBody) => Promise<Programme>) {
  const invalidate = useInvalidate(personId);
  return useMutation({ mutationFn: send, onSuccess: () => invalidate() });
}

export const useCreateProgramme = (personId: string) =>
  useProgrammeMutation(personId, (body: CreateProgrammeBody) =>
    apiClient.post(`/persons/${personId}/programmes`, body, { schema: ProgrammeSchema }),
  );

export const useUpdateProgramme = (personId: string, programmeId: string) =>
  useProgrammeMutation(personId, (body: UpdateProgrammeBody) =>
    apiClient.patch(`/programmes/${programmeId}`, body, { schema: ProgrammeSchema }),
  );

export const useReevaluateProgramme = (personId: string, programmeId: string) =>
  useProgrammeMutation(personId, (body: { version: number }) =>
    apiClient.post(`/programmes/${programmeId}/evaluate`, body, { schema: ProgrammeSchema }),
  );

export const useOverrideRegime = (personId: string, programmeId: string) =>
  useProgrammeMutation(personId, (body: OverrideRegimeBody) =>
    apiClient.post(`/programmes/${programmeId}/regime-override`, body, { schema: ProgrammeSchema }),
  );

export const useAddExtension = (personId: string, programmeId: string) =>
  useProgrammeMutation(personId, (body: CreateExtensionBody) =>
    apiClient.post(`/programmes/${programmeId}/extensions`, body, { schema: ProgrammeSchema }),
  );

export const useAddLeave = (personId: string, programmeId: string) =>
  useProgrammeMutation(personId, (body: CreateLeaveBody) =>
    apiClient.post(`/programmes/${programmeId}/leaves`, body, { schema: ProgrammeSchema }),
  );

export const useChangeStatus = (personId: string, programmeId: string) =>
  useProgrammeMutation(personId, (body: ChangeProgrammeStatusBody) =>
    apiClient.post(`/programmes/${programmeId}/status`, body, { schema: ProgrammeSchema }),
  );

export function useRevisePlan(personId: string, programmeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreatePlanRevisionBody) =>
      apiClient.post(`/programmes/${programmeId}/plan/revisions`, body, { schema: IntegrationPlanSchema }),
    onSuccess: (plan) => {
      queryClient.setQueryData(programmesQueryKeys.plan(programmeId), plan);
      void queryClient.invalidateQueries({ queryKey: ['persons', 'timeline', personId] });
    },
  });
}

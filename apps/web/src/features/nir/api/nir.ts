import { NirCompletenessReportSchema, NirProgrammeCompletenessSchema } from '@ankomst/contracts';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export const nirKeys = {
  all: ['nir'] as const,
  report: (incompleteOnly: boolean) => ['nir', 'report', incompleteOnly] as const,
};

/** `GET /nir/completeness`: consultants get their own cases, managers the municipality. */
export function nirReportQueryOptions(incompleteOnly: boolean) {
  return queryOptions({
    queryKey: nirKeys.report(incompleteOnly),
    queryFn: ({ signal }) =>
      apiClient.get('/nir/completeness', {
        schema: NirCompletenessReportSchema,
        query: { incompleteOnly: incompleteOnly ? 'true' : undefined },
        signal,
      }),
  });
}

/** `POST /programmes/:programmeId/nir-registrations`: the fact was registered in NIR now. */
export function useRegisterNirFact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ programmeId, fact }: { programmeId: string; fact: string }) =>
      apiClient.post(
        `/programmes/${encodeURIComponent(programmeId)}/nir-registrations`,
        { fact },
        { schema: NirProgrammeCompletenessSchema },
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: nirKeys.all }),
  });
}

export const nirExportUrl = (format: 'jsonl' | 'csv') => `/api/v1/nir/export?format=${format}`;

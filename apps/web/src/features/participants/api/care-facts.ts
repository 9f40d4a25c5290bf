import { CareFactsSchema, type UpdateCareFactsBody } from '@ankomst/contracts';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export const careFactsQueryKey = (personId: string) => ['persons', 'careFacts', personId] as const;

/** `GET /persons/:personId/care-facts`: the care situation behind the child-illness quota (consultants only). */
export function careFactsQueryOptions(personId: string) {
  return queryOptions({
    queryKey: careFactsQueryKey(personId),
    queryFn: ({ signal }) => apiClient.get(`/persons/${personId}/care-facts`, { schema: CareFactsSchema, signal }),
  });
}

/** `PUT /persons/:personId/care-facts` with the version loaded (null the first time); 409 when someone saved first. */
export function useUpdateCareFacts(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateCareFactsBody) =>
      apiClient.put(`/persons/${personId}/care-facts`, body, { schema: CareFactsSchema }),
    onSuccess: (facts) => {
      queryClient.setQueryData(careFactsQueryKey(personId), facts);
      // The quota decides which absence days are unauthorised, and so the month's attendance and benefit.
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: ['attendance'] }),
        queryClient.invalidateQueries({ queryKey: ['benefits'] }),
      ]);
    },
  });
}

import { CurrentUserSchema, type CurrentUser } from '@ankomst/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiClient, isApiError } from '../../../lib/api-client';

export const currentUserQueryKey = ['auth', 'me'] as const;

/** `GET /auth/me`: the signed-in user, or null when there is no session (401 is an answer here). */
export function currentUserQueryOptions() {
  return queryOptions<CurrentUser | null>({
    queryKey: currentUserQueryKey,
    queryFn: async ({ signal }) => {
      try {
        return await apiClient.get('/auth/me', { schema: CurrentUserSchema, unauthenticatedIsExpected: true, signal });
      } catch (error) {
        if (isApiError(error) && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 60_000,
  });
}

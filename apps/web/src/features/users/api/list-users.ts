import { UserListSchema } from '@ankomst/contracts';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export const USERS_PAGE_SIZE = 25;

export interface ListUsersParams {
  page: number;
  search: string;
}

export const usersQueryKeys = {
  all: ['users'] as const,
  list: (params: ListUsersParams) => ['users', 'list', params] as const,
};

/** `GET /users?page&pageSize&search`: one page of the municipality's users. */
export function usersListQueryOptions(params: ListUsersParams) {
  return queryOptions({
    queryKey: usersQueryKeys.list(params),
    queryFn: ({ signal }) =>
      apiClient.get('/users', {
        schema: UserListSchema,
        query: { page: params.page, pageSize: USERS_PAGE_SIZE, search: params.search.trim() || undefined },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

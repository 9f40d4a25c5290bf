import { NotificationListSchema, UnreadCountSchema } from '@ankomst/contracts';
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export const INBOX_PAGE_SIZE = 25;

export const inboxQueryKeys = {
  all: ['notifications'] as const,
  list: (page: number) => ['notifications', 'list', page] as const,
  unread: ['notifications', 'unread'] as const,
};

/** `GET /notifications?page`: mine, unread first; fetched again every time the inbox opens (new items arrive anytime). */
export function notificationsQueryOptions(page: number) {
  return queryOptions({
    queryKey: inboxQueryKeys.list(page),
    queryFn: ({ signal }) =>
      apiClient.get('/notifications', {
        schema: NotificationListSchema,
        query: { page, pageSize: INBOX_PAGE_SIZE },
        signal,
      }),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

/**
 * `GET /notifications/unread-count`, refreshed every minute (and after reading, by the mutations' invalidation). A
 * background request: polling is not activity, so it does not keep an idle session alive.
 */
export function unreadCountQueryOptions() {
  return queryOptions({
    queryKey: inboxQueryKeys.unread,
    queryFn: ({ signal }) =>
      apiClient.get('/notifications/unread-count', { schema: UnreadCountSchema, signal, background: true }),
    refetchInterval: 60_000,
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (notificationId: string) => apiClient.post(`/notifications/${encodeURIComponent(notificationId)}/read`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: inboxQueryKeys.all }),
  });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiClient.post('/notifications/read-all'),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: inboxQueryKeys.all }),
  });
}

import {
  TaskAssigneeListSchema,
  TaskListSchema,
  TaskSchema,
  type CompleteTaskBody,
  type CreateTaskBody,
} from '@ankomst/contracts';
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export const TASKS_PAGE_SIZE = 25;

export interface ListTasksParams {
  view: 'mine' | 'given';
  status: 'OPEN' | 'DONE' | 'ALL';
  page: number;
}

export const tasksQueryKeys = {
  all: ['tasks'] as const,
  list: (params: ListTasksParams) => ['tasks', 'list', params] as const,
  assignees: (personId: string) => ['tasks', 'assignees', personId] as const,
};

/** `GET /tasks?view&status&page`: overdue first, then by due date. */
export function tasksListQueryOptions(params: ListTasksParams) {
  return queryOptions({
    queryKey: tasksQueryKeys.list(params),
    queryFn: ({ signal }) =>
      apiClient.get('/tasks', {
        schema: TaskListSchema,
        query: { view: params.view, status: params.status, page: params.page, pageSize: TASKS_PAGE_SIZE },
        signal,
      }),
    // Keep the previous page on screen while the next loads, but never another view's list under this view's tab.
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[2].view === params.view ? keepPreviousData(previous) : undefined,
  });
}

/** `GET /persons/:personId/task-assignees`: who a task about the person can be given to, by name. */
export function taskAssigneesQueryOptions(personId: string) {
  return queryOptions({
    queryKey: tasksQueryKeys.assignees(personId),
    queryFn: ({ signal }) =>
      apiClient.get(`/persons/${encodeURIComponent(personId)}/task-assignees`, {
        schema: TaskAssigneeListSchema,
        signal,
      }),
    staleTime: 60_000,
  });
}

/** `POST /tasks`: 400 naming the fields (`assigneeId` when the assignee may not see the person). */
export function useCreateTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateTaskBody) => apiClient.post('/tasks', body, { schema: TaskSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tasksQueryKeys.all }),
  });
}

/** `POST /tasks/:taskId/complete` with a comment and the version it was based on. */
export function useCompleteTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ taskId, body }: { taskId: string; body: CompleteTaskBody }) =>
      apiClient.post(`/tasks/${encodeURIComponent(taskId)}/complete`, body, { schema: TaskSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tasksQueryKeys.all }),
  });
}

import {
  CaseloadListSchema,
  DeadlineListSchema,
  type CaseloadSort,
  type DeadlineKind,
  type ProgrammeStatus,
  type Regime,
} from '@ankomst/contracts';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export const CASELOAD_PAGE_SIZE = 25;

export interface CaseloadParams {
  page: number;
  search: string;
  mine: boolean;
  regime: Regime | '';
  status: ProgrammeStatus | '';
  /** '' (any), 'overdue', or a number of days. */
  deadline: string;
  sort: CaseloadSort;
}

export interface DeadlineParams {
  page: number;
  scope: 'mine' | 'all' | '';
  kind: DeadlineKind | '';
  /** '' (any), 'overdue', or a number of days. */
  window: string;
}

export const caseloadQueryKeys = {
  all: ['caseload'] as const,
  list: (p: CaseloadParams) => ['caseload', 'list', p] as const,
  deadlines: (p: DeadlineParams) => ['caseload', 'deadlines', p] as const,
};

/** `GET /caseload`: search terms go in the query string (never logged), never in the path. */
export function caseloadQueryOptions(p: CaseloadParams) {
  return queryOptions({
    queryKey: caseloadQueryKeys.list(p),
    queryFn: ({ signal }) =>
      apiClient.get('/caseload', {
        schema: CaseloadListSchema,
        query: {
          page: p.page,
          pageSize: CASELOAD_PAGE_SIZE,
          search: p.search || undefined,
          mine: p.mine ? 'true' : undefined,
          regime: p.regime || undefined,
          status: p.status || undefined,
          overdue: p.deadline === 'overdue' ? 'true' : undefined,
          deadlineWithinDays: p.deadline && p.deadline !== 'overdue' ? p.deadline : undefined,
          sort: p.sort,
        },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

/** `GET /deadlines`: the next deadline of each programme, earliest (overdue) first. */
export function deadlinesQueryOptions(p: DeadlineParams) {
  return queryOptions({
    queryKey: caseloadQueryKeys.deadlines(p),
    queryFn: ({ signal }) =>
      apiClient.get('/deadlines', {
        schema: DeadlineListSchema,
        query: {
          page: p.page,
          pageSize: CASELOAD_PAGE_SIZE,
          scope: p.scope || undefined,
          kind: p.kind || undefined,
          overdue: p.window === 'overdue' ? 'true' : undefined,
          withinDays: p.window && p.window !== 'overdue' ? p.window : undefined,
        },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

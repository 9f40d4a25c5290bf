import {
  OutcomeIndicatorsSchema,
  OutcomeParticipantListSchema,
  ProgrammeKpisSchema,
  type OutcomeBreakdown,
} from '@ankomst/contracts';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export interface OutcomeFilterValues {
  breakdown: OutcomeBreakdown;
  category: string;
  sex: string;
  regime: string;
  cohortFrom: string;
  cohortTo: string;
}

export const EMPTY_FILTERS: OutcomeFilterValues = {
  breakdown: 'none',
  category: '',
  sex: '',
  regime: '',
  cohortFrom: '',
  cohortTo: '',
};
export const BOTID_MAX = 10;
export const PARTICIPANTS_PAGE_SIZE = 25;

function filterQuery(f: OutcomeFilterValues) {
  return {
    category: f.category || undefined,
    sex: f.sex || undefined,
    regime: f.regime || undefined,
    cohortFrom: f.cohortFrom || undefined,
    cohortTo: f.cohortTo || undefined,
  };
}

export const outcomesQueryKeys = {
  all: ['outcomes'] as const,
  indicators: (f: OutcomeFilterValues) => ['outcomes', 'indicators', f] as const,
  kpis: (f: OutcomeFilterValues) => ['outcomes', 'kpis', { ...f, breakdown: undefined }] as const,
  participants: (kind: string, page: number) => ['outcomes', 'participants', kind, page] as const,
};

/** `GET /outcomes/indicators`: register-style indicators by botid for one breakdown. */
export function indicatorsQueryOptions(f: OutcomeFilterValues) {
  return queryOptions({
    queryKey: outcomesQueryKeys.indicators(f),
    queryFn: ({ signal }) =>
      apiClient.get('/outcomes/indicators', {
        schema: OutcomeIndicatorsSchema,
        query: { ...filterQuery(f), breakdown: f.breakdown, botidMax: BOTID_MAX },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

/** `GET /outcomes/programme-kpis`. */
export function programmeKpisQueryOptions(f: OutcomeFilterValues) {
  return queryOptions({
    queryKey: outcomesQueryKeys.kpis(f),
    queryFn: ({ signal }) =>
      apiClient.get('/outcomes/programme-kpis', { schema: ProgrammeKpisSchema, query: filterQuery(f), signal }),
    placeholderData: keepPreviousData,
  });
}

/** `GET /outcomes/participants`: the persons behind a KPI (only those the user may see). */
export function outcomeParticipantsQueryOptions(
  kind: 'OVERDUE_DEADLINE' | 'LATE_START' | 'END_GOAL_NOT_REACHED' | 'OVER_MAXIMUM',
  page: number,
) {
  return queryOptions({
    queryKey: outcomesQueryKeys.participants(kind, page),
    queryFn: ({ signal }) =>
      apiClient.get('/outcomes/participants', {
        schema: OutcomeParticipantListSchema,
        query: { kind, page, pageSize: PARTICIPANTS_PAGE_SIZE },
        signal,
      }),
  });
}

/** The download link for the indicator table (the session cookie authenticates a plain GET). */
export function indicatorsExportUrl(f: OutcomeFilterValues, format: 'csv' | 'xlsx'): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({
    ...filterQuery(f),
    breakdown: f.breakdown,
    botidMax: String(BOTID_MAX),
    format,
  }))
    if (v) params.set(k, v);
  return `/api/v1/outcomes/indicators/export?${params.toString()}`;
}

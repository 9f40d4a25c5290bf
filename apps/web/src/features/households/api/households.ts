import {
  HouseholdListSchema,
  HouseholdSchema,
  PersonListSchema,
  type AddHouseholdMemberBody,
  type CreateHouseholdBody,
  type Household,
  type SettlementStatus,
  type SettlementTransitionBody,
} from '@ankomst/contracts';
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export const HOUSEHOLDS_PAGE_SIZE = 25;
/** How many registered persons the "add a registered person" search shows; more asks for more of the name. */
export const PERSON_SEARCH_PAGE_SIZE = 10;

export interface ListHouseholdsParams {
  page: number;
  status: SettlementStatus | '';
}

export const householdsQueryKeys = {
  all: ['households'] as const,
  list: (params: ListHouseholdsParams) => ['households', 'list', params] as const,
  detail: (householdId: string) => ['households', 'detail', householdId] as const,
  personSearch: (search: string) => ['households', 'person-search', search] as const,
};

/** `GET /households?page&pageSize&status`. */
export function householdsListQueryOptions(params: ListHouseholdsParams) {
  return queryOptions({
    queryKey: householdsQueryKeys.list(params),
    queryFn: ({ signal }) =>
      apiClient.get('/households', {
        schema: HouseholdListSchema,
        query: { page: params.page, pageSize: HOUSEHOLDS_PAGE_SIZE, status: params.status || undefined },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

/** `GET /households/:householdId`: members with ages today, status, history and the next allowed steps. */
export function householdQueryOptions(householdId: string) {
  return queryOptions({
    queryKey: householdsQueryKeys.detail(householdId),
    queryFn: ({ signal }) => apiClient.get(`/households/${householdId}`, { schema: HouseholdSchema, signal }),
  });
}

/**
 * `GET /persons?search`: registered persons to add to a household, each with the households they belong to now
 * (consultants only; the term travels in the query string and is never audited). Needs two letters.
 */
export function registeredPersonSearchQueryOptions(search: string) {
  return queryOptions({
    queryKey: householdsQueryKeys.personSearch(search),
    queryFn: ({ signal }) =>
      apiClient.get('/persons', {
        schema: PersonListSchema,
        query: { search, pageSize: PERSON_SEARCH_PAGE_SIZE },
        signal,
      }),
    enabled: search.length >= 2,
  });
}

/** `POST /households`: 201 Household (with all members), or 400 naming the fields (`members.1.birthDate`). */
export function useCreateHousehold() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateHouseholdBody) => apiClient.post('/households', body, { schema: HouseholdSchema }),
    onSuccess: (household) => {
      queryClient.setQueryData(householdsQueryKeys.detail(household.id), household);
      return queryClient.invalidateQueries({ queryKey: [...householdsQueryKeys.all, 'list'] });
    },
  });
}

/** `POST /households/:householdId/transitions`: 409 on a stale version or a step the state machine forbids. */
export function useSettlementTransition(householdId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SettlementTransitionBody) =>
      apiClient.post(`/households/${householdId}/transitions`, body, { schema: HouseholdSchema }),
    onSuccess: (household) => {
      queryClient.setQueryData(householdsQueryKeys.detail(household.id), household);
      // The participant pages of the members show the settlement too, and their programmes follow it.
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: [...householdsQueryKeys.all, 'list'] }),
        queryClient.invalidateQueries({ queryKey: ['persons'] }),
        queryClient.invalidateQueries({ queryKey: ['programmes'] }),
      ]);
    },
  });
}

/** After a member change: the household as saved, its list row, and the persons whose households changed. */
function useMembersChanged() {
  const queryClient = useQueryClient();
  return (household: Household) => {
    queryClient.setQueryData(householdsQueryKeys.detail(household.id), household);
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: [...householdsQueryKeys.all, 'list'] }),
      queryClient.invalidateQueries({ queryKey: [...householdsQueryKeys.all, 'person-search'] }),
      queryClient.invalidateQueries({ queryKey: ['persons'] }),
      // The parents' programmes follow their children (the API re-derived them).
      queryClient.invalidateQueries({ queryKey: ['programmes'] }),
    ]);
  };
}

/**
 * `POST /households/:householdId/members` with a new person or a registered one (`personId`): 409 on a stale
 * version, a second head, or a person already in the household; 404 for a person outside the actor's scope.
 */
export function useAddHouseholdMember(householdId: string) {
  const onSuccess = useMembersChanged();
  return useMutation({
    mutationFn: (body: AddHouseholdMemberBody) =>
      apiClient.post(`/households/${householdId}/members`, body, { schema: HouseholdSchema }),
    onSuccess,
  });
}

/** `DELETE /households/:householdId/members/:personId?version=`: the person stays registered, outside the household. */
export function useRemoveHouseholdMember(householdId: string) {
  const onSuccess = useMembersChanged();
  return useMutation({
    mutationFn: ({ personId, version }: { personId: string; version: number }) =>
      apiClient.delete(`/households/${householdId}/members/${personId}`, {
        query: { version },
        schema: HouseholdSchema,
      }),
    onSuccess,
  });
}

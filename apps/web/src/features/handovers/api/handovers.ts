import {
  HandoverListSchema,
  HandoverSchema,
  NavOfficeListSchema,
  type HandoverAction,
  type HandoverStatus,
  type UpdateHandoverBody,
} from '@ankomst/contracts';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export interface HandoverListParams {
  box?: 'incoming' | 'mine';
  personId?: string;
  status?: HandoverStatus;
  page?: number;
}

export const handoverKeys = {
  all: ['handovers'] as const,
  list: (params: HandoverListParams) => ['handovers', 'list', params] as const,
  one: (handoverId: string) => ['handovers', 'one', handoverId] as const,
  offices: ['nav-offices'] as const,
};

/** `GET /handovers`: the Nav inbox (box=incoming), my handovers (box=mine) or one participant's (personId). */
export function handoverListQueryOptions(params: HandoverListParams) {
  return queryOptions({
    queryKey: handoverKeys.list(params),
    queryFn: ({ signal }) =>
      apiClient.get('/handovers', {
        schema: HandoverListSchema,
        query: { box: params.box, personId: params.personId, status: params.status, page: params.page, pageSize: 50 },
        signal,
      }),
    // Two services move a handover: always fetch the latest on opening.
    staleTime: 0,
  });
}

export function handoverQueryOptions(handoverId: string) {
  return queryOptions({
    queryKey: handoverKeys.one(handoverId),
    queryFn: ({ signal }) =>
      apiClient.get(`/handovers/${encodeURIComponent(handoverId)}`, { schema: HandoverSchema, signal }),
    staleTime: 0,
  });
}

export function navOfficesQueryOptions() {
  return queryOptions({
    queryKey: handoverKeys.offices,
    queryFn: ({ signal }) => apiClient.get('/nav-offices', { schema: NavOfficeListSchema, signal }),
    staleTime: 60_000,
  });
}

function useRefresh() {
  const queryClient = useQueryClient();
  return (handover: { id: string }) => {
    queryClient.setQueryData(handoverKeys.one(handover.id), handover);
    return queryClient.invalidateQueries({ queryKey: handoverKeys.all });
  };
}

/** `POST /handovers`: a draft prefilled from the plan and the latest Norwegian levels; 409 HANDOVER_ALREADY_OPEN. */
export function useCreateHandover() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (personId: string) => apiClient.post('/handovers', { personId }, { schema: HandoverSchema }),
    onSuccess: refresh,
  });
}

/** `PATCH /handovers/:id` with the version it was based on (409 STALE_VERSION when it moved on). */
export function useUpdateHandover() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ handoverId, body }: { handoverId: string; body: UpdateHandoverBody }) =>
      apiClient.patch(`/handovers/${encodeURIComponent(handoverId)}`, body, { schema: HandoverSchema }),
    onSuccess: refresh,
  });
}

/** `POST /handovers/:id/transitions`: SUBMIT, RECEIVE, REQUEST_INFO, ANSWER, ACCEPT. */
export function useHandoverTransition() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({
      handoverId,
      ...body
    }: {
      handoverId: string;
      action: HandoverAction;
      version: number;
      navOfficeId?: string;
      message?: string;
    }) => apiClient.post(`/handovers/${encodeURIComponent(handoverId)}/transitions`, body, { schema: HandoverSchema }),
    onSuccess: refresh,
  });
}

export function useAddHandoverMessage() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ handoverId, body }: { handoverId: string; body: string }) =>
      apiClient.post(`/handovers/${encodeURIComponent(handoverId)}/messages`, { body }, { schema: HandoverSchema }),
    onSuccess: refresh,
  });
}

import {
  MeetingListSchema,
  MeetingSchema,
  type AddDecisionBody,
  type ScheduleMeetingBody,
  type UpdateMeetingBody,
} from '@ankomst/contracts';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export const meetingQueryKeys = {
  all: ['meetings'] as const,
  list: (personId: string) => ['meetings', 'person', personId] as const,
  one: (meetingId: string) => ['meetings', 'one', meetingId] as const,
};

/** `GET /persons/:personId/meetings`: newest first. */
export function meetingsListQueryOptions(personId: string) {
  return queryOptions({
    queryKey: meetingQueryKeys.list(personId),
    queryFn: ({ signal }) =>
      apiClient.get(`/persons/${encodeURIComponent(personId)}/meetings`, { schema: MeetingListSchema, signal }),
  });
}

/** `GET /meetings/:meetingId`: restricted minutes are present only for the refugee service. */
export function meetingQueryOptions(meetingId: string) {
  return queryOptions({
    queryKey: meetingQueryKeys.one(meetingId),
    queryFn: ({ signal }) =>
      apiClient.get(`/meetings/${encodeURIComponent(meetingId)}`, { schema: MeetingSchema, signal }),
  });
}

/** The printable minutes (PDF in Norwegian), opened in a new tab. */
export function minutesPdfUrl(meetingId: string): string {
  return `/api/v1/meetings/${encodeURIComponent(meetingId)}/minutes.pdf`;
}

export function useScheduleMeeting(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ScheduleMeetingBody) =>
      apiClient.post(`/persons/${encodeURIComponent(personId)}/meetings`, body, { schema: MeetingSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meetingQueryKeys.list(personId) }),
  });
}

/** `PATCH /meetings/:meetingId` with the version the edit was based on (409 STALE_VERSION when it moved on). */
export function useUpdateMeeting(meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateMeetingBody) =>
      apiClient.patch(`/meetings/${encodeURIComponent(meetingId)}`, body, { schema: MeetingSchema }),
    onSuccess: (meeting) => {
      queryClient.setQueryData(meetingQueryKeys.one(meetingId), meeting);
      void queryClient.invalidateQueries({ queryKey: meetingQueryKeys.list(meeting.personId) });
    },
  });
}

export function useAddDecision(meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AddDecisionBody) =>
      apiClient.post(`/meetings/${encodeURIComponent(meetingId)}/decisions`, body, { schema: MeetingSchema }),
    onSuccess: (meeting) => {
      queryClient.setQueryData(meetingQueryKeys.one(meetingId), meeting);
      void queryClient.invalidateQueries({ queryKey: ['tasks'] });
    },
  });
}

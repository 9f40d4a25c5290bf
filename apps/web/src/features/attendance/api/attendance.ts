import {
  AttendanceClassListSchema,
  AttendanceWriteResultSchema,
  ClassAttendanceDaySchema,
  ParticipantAttendanceMonthSchema,
  SaveClassAttendanceResultSchema,
  type SaveClassAttendanceBody,
  type UpdateAttendanceBody,
} from '@ankomst/contracts';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export const attendanceKeys = {
  all: ['attendance'] as const,
  classes: (date: string) => ['attendance', 'classes', date] as const,
  classDay: (classId: string, date: string) => ['attendance', 'class', classId, date] as const,
  personMonth: (personId: string, month: string) => ['attendance', 'person', personId, month] as const,
};

const enc = encodeURIComponent;

/** `GET /attendance/classes?date`: the classes I may fill in (teachers: the ones they teach). */
export function attendanceClassesQueryOptions(date: string) {
  return queryOptions({
    queryKey: attendanceKeys.classes(date),
    queryFn: ({ signal }) =>
      apiClient.get('/attendance/classes', { schema: AttendanceClassListSchema, query: { date }, signal }),
  });
}

/** `GET /classes/:classId/attendance/:date`: the grid. */
export function classDayQueryOptions(classId: string, date: string) {
  return queryOptions({
    queryKey: attendanceKeys.classDay(classId, date),
    queryFn: ({ signal }) =>
      apiClient.get(`/classes/${enc(classId)}/attendance/${enc(date)}`, { schema: ClassAttendanceDaySchema, signal }),
  });
}

/** `PUT /classes/:classId/attendance/:date`: saves the grid; returns it with the rules engine's checks. */
export function useSaveClassDay(classId: string, date: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveClassAttendanceBody) =>
      apiClient.put(`/classes/${enc(classId)}/attendance/${enc(date)}`, body, {
        schema: SaveClassAttendanceResultSchema,
      }),
    onSuccess: (result) => {
      queryClient.setQueryData(attendanceKeys.classDay(classId, date), result.day);
      void queryClient.invalidateQueries({ queryKey: ['attendance', 'person'] });
      void queryClient.invalidateQueries({ queryKey: ['benefits'] });
    },
  });
}

/** `GET /persons/:personId/attendance/:month`: a participant's month for the consultant. */
export function personMonthQueryOptions(personId: string, month: string) {
  return queryOptions({
    queryKey: attendanceKeys.personMonth(personId, month),
    queryFn: ({ signal }) =>
      apiClient.get(`/persons/${enc(personId)}/attendance/${enc(month)}`, {
        schema: ParticipantAttendanceMonthSchema,
        signal,
      }),
  });
}

/** `PATCH /attendance/:recordId`: reclassify one record (with the version it was loaded at). */
export function useUpdateAttendance() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ recordId, body }: { recordId: string; body: UpdateAttendanceBody }) =>
      apiClient.patch(`/attendance/${enc(recordId)}`, body, { schema: AttendanceWriteResultSchema }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: attendanceKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['benefits'] });
    },
  });
}

import { z } from 'zod';
import { IsoDateSchema, IsoDateTimeSchema, VersionSchema } from './common';
import { GroupMemberRoleSchema } from './groups';
import { TaskStatusSchema, TaskTitleSchema } from './tasks';

/** Meetings of the responsibility group: agenda, attendance, minutes, decisions (which may become tasks). */
export const MeetingTypeSchema = z.enum(['RESPONSIBILITY_GROUP', 'TRIANGLE', 'TEAM', 'OTHER']);
export type MeetingType = z.infer<typeof MeetingTypeSchema>;
export const MeetingStatusSchema = z.enum(['PLANNED', 'HELD', 'CANCELLED']);
export type MeetingStatus = z.infer<typeof MeetingStatusSchema>;

export const MeetingSummarySchema = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  type: MeetingTypeSchema,
  status: MeetingStatusSchema,
  scheduledAt: z.string(),
  location: z.string().nullable(),
  interpreterNeeded: z.boolean(),
  version: z.number().int(),
});
export type MeetingSummary = z.infer<typeof MeetingSummarySchema>;
export const MeetingListSchema = z.object({ items: z.array(MeetingSummarySchema) });

export const MeetingAttendanceSchema = z.object({
  memberId: z.uuid(),
  /** The member's user (null for external members): a decision's task is given to this user. */
  userId: z.uuid().nullable(),
  name: z.string(),
  organisation: z.string().nullable(),
  role: GroupMemberRoleSchema,
  /** Null until attendance is recorded. */
  present: z.boolean().nullable(),
});

export const MeetingDecisionSchema = z.object({
  id: z.uuid(),
  text: z.string(),
  restricted: z.boolean(),
  task: z
    .object({
      id: z.uuid(),
      assigneeId: z.uuid(),
      assigneeName: z.string(),
      dueDate: IsoDateSchema.nullable(),
      status: TaskStatusSchema,
    })
    .nullable(),
});
export type MeetingDecision = z.infer<typeof MeetingDecisionSchema>;

export const MeetingSchema = MeetingSummarySchema.extend({
  personName: z.string(),
  agenda: z.string().nullable(),
  minutes: z.string().nullable(),
  /** Minutes about health or family. Present only for the refugee service; absent for everyone else. */
  restrictedMinutes: z.string().nullable().optional(),
  nextMeetingAt: z.string().nullable(),
  createdByName: z.string().nullable(),
  /** Every member of the group, with what was recorded for this meeting. */
  attendance: z.array(MeetingAttendanceSchema),
  /** Restricted decisions are listed for the refugee service only. */
  decisions: z.array(MeetingDecisionSchema),
});
export type Meeting = z.infer<typeof MeetingSchema>;

const LocationSchema = z.string().trim().max(300);
const AgendaSchema = z.string().trim().max(10000);
const MinutesSchema = z.string().trim().max(50000);

export const ScheduleMeetingBodySchema = z.object({
  type: MeetingTypeSchema.default('RESPONSIBILITY_GROUP'),
  scheduledAt: IsoDateTimeSchema,
  location: LocationSchema.optional(),
  agenda: AgendaSchema.optional(),
  interpreterNeeded: z.boolean().default(false),
});
export type ScheduleMeetingBody = z.input<typeof ScheduleMeetingBodySchema>;

export const UpdateMeetingBodySchema = z.object({
  version: VersionSchema,
  type: MeetingTypeSchema.optional(),
  status: MeetingStatusSchema.optional(),
  scheduledAt: IsoDateTimeSchema.optional(),
  location: LocationSchema.nullable().optional(),
  agenda: AgendaSchema.nullable().optional(),
  interpreterNeeded: z.boolean().optional(),
  minutes: MinutesSchema.nullable().optional(),
  /** Refugee service only; anyone else sending it gets 403. */
  restrictedMinutes: MinutesSchema.nullable().optional(),
  nextMeetingAt: IsoDateTimeSchema.nullable().optional(),
  /** Who was there: group member ids with present true/false. */
  attendance: z
    .array(z.object({ memberId: z.uuid(), present: z.boolean() }))
    .max(100)
    .optional(),
});
export type UpdateMeetingBody = z.infer<typeof UpdateMeetingBodySchema>;

/** A decision; with `task` it becomes a task for a group member in the same transaction. */
export const AddDecisionBodySchema = z.object({
  text: z.string().trim().min(1, { error: 'Skriv vedtaket' }).max(4000),
  restricted: z.boolean().default(false),
  task: z
    .object({
      assigneeId: z.uuid({ error: 'Velg hvem som skal gjøre oppgaven' }),
      dueDate: IsoDateSchema,
      title: TaskTitleSchema.optional(),
    })
    .optional(),
});
export type AddDecisionBody = z.input<typeof AddDecisionBodySchema>;

export const MeetingErrorCode = {
  NOT_FOUND: 'MEETING_NOT_FOUND',
  RESTRICTED_MINUTES_FORBIDDEN: 'MEETING_RESTRICTED_MINUTES_FORBIDDEN',
} as const;

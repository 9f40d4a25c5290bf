import { z } from 'zod';
import { IsoDateSchema, VersionSchema } from './common';

/** Why a participant was away (DOMAIN.md 5.5); the same kinds as the rules engine's absence checker. */
export const AbsenceKindSchema = z.enum([
  'OWN_ILLNESS_SELF_CERTIFIED',
  'OWN_ILLNESS_MEDICAL_CERTIFICATE',
  'CHILD_ILLNESS',
  'LEAVE_WITH_BENEFIT',
  'LEAVE_WITHOUT_BENEFIT',
  'WELFARE',
  'UNAUTHORISED',
  'PREGNANCY',
  'PREGNANCY_CHECK_UP',
  'BIRTH_MOTHER',
  'BIRTH_FATHER',
]);
export type AbsenceKind = z.infer<typeof AbsenceKindSchema>;
export const ABSENCE_KINDS = AbsenceKindSchema.options;

/** The activity a record belongs to: the programme as a whole, or a class (its id). */
export const PROGRAMME_ACTIVITY = 'programme';

/** A calendar month, `YYYY-MM`. */
export const MonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'Må være en måned (ÅÅÅÅ-MM)' });

const HoursSchema = z
  .number()
  .min(0, { error: 'Timer kan ikke være negative' })
  .max(24, { error: 'Høyst 24 timer per dag' });

export const AttendanceRecordSchema = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  date: z.string(),
  activityKey: z.string(),
  classId: z.uuid().nullable(),
  plannedHours: z.number(),
  presentHours: z.number(),
  absenceKind: AbsenceKindSchema.nullable(),
  note: z.string().nullable(),
  version: z.number().int(),
});
export type AttendanceRecord = z.infer<typeof AttendanceRecordSchema>;

/** Hours present never exceed the plan; any missing hour needs a reason (an absence kind), and a reason needs a missing hour. */
function refineHours(
  v: { plannedHours: number; presentHours: number; absenceKind?: AbsenceKind | null },
  ctx: z.RefinementCtx,
): void {
  if (v.presentHours > v.plannedHours) {
    ctx.addIssue({ code: 'custom', path: ['presentHours'], message: 'Kan ikke være flere enn planlagte timer' });
  }
  if (v.presentHours < v.plannedHours && !v.absenceKind) {
    ctx.addIssue({
      code: 'custom',
      path: ['absenceKind'],
      message: 'Velg fraværsgrunn for timene deltakeren ikke var til stede',
    });
  }
  if (v.absenceKind && v.presentHours >= v.plannedHours) {
    ctx.addIssue({
      code: 'custom',
      path: ['presentHours'],
      message: 'Fravær må ha færre timer til stede enn planlagt',
    });
  }
}

/** One learner's row in a class/day grid. */
export const ClassAttendanceRowSchema = z
  .object({
    personId: z.uuid(),
    plannedHours: HoursSchema,
    presentHours: HoursSchema,
    absenceKind: AbsenceKindSchema.nullable().default(null),
    note: z.string().trim().max(500).nullable().optional(),
  })
  .superRefine(refineHours);
export type ClassAttendanceRow = z.infer<typeof ClassAttendanceRowSchema>;

/** `PUT /classes/:classId/attendance/:date`: the whole grid for one class and day, saved in one transaction. */
export const SaveClassAttendanceBodySchema = z.object({
  rows: z
    .array(ClassAttendanceRowSchema)
    .max(200)
    .refine((rows) => new Set(rows.map((r) => r.personId)).size === rows.length, {
      error: 'En deltaker kan bare stå én gang',
    }),
});
export type SaveClassAttendanceBody = z.infer<typeof SaveClassAttendanceBodySchema>;

export const RuleRefSchema = z.object({ id: z.string(), text: z.string(), source: z.string() });

/** The rules engine's verdict on one absence entry: warnings in Norwegian and the days that become unauthorised. */
export const AbsenceWarningSchema = z.object({
  code: z.string(),
  severity: z.enum(['WARNING', 'INFO']),
  message: z.string(),
  days: z.array(z.string()),
  rule: RuleRefSchema,
});
export type AbsenceWarning = z.infer<typeof AbsenceWarningSchema>;

export const UnauthorisedDaySchema = z.object({ date: z.string(), hours: z.number(), reason: z.string() });
export type UnauthorisedDay = z.infer<typeof UnauthorisedDaySchema>;

export const AbsenceCheckResultSchema = z.object({
  personId: z.uuid(),
  kind: AbsenceKindSchema,
  from: z.string(),
  to: z.string(),
  warnings: z.array(AbsenceWarningSchema),
  unauthorisedDays: z.array(UnauthorisedDaySchema),
});
export type AbsenceCheckResult = z.infer<typeof AbsenceCheckResultSchema>;

export const ClassAttendanceLearnerSchema = z.object({
  personId: z.uuid(),
  firstName: z.string(),
  lastName: z.string(),
  record: AttendanceRecordSchema.nullable(),
});

export const ClassAttendanceDaySchema = z.object({
  classId: z.uuid(),
  className: z.string(),
  courseName: z.string(),
  date: z.string(),
  hoursPerDay: z.number(),
  learners: z.array(ClassAttendanceLearnerSchema),
});
export type ClassAttendanceDay = z.infer<typeof ClassAttendanceDaySchema>;

export const SaveClassAttendanceResultSchema = z.object({
  day: ClassAttendanceDaySchema,
  checks: z.array(AbsenceCheckResultSchema),
});
export type SaveClassAttendanceResult = z.infer<typeof SaveClassAttendanceResultSchema>;

/** A class the actor may register attendance for. */
export const AttendanceClassSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  courseName: z.string(),
  hoursPerDay: z.number(),
  learnerCount: z.number().int(),
});
export const AttendanceClassListSchema = z.object({ items: z.array(AttendanceClassSchema) });

/** A consultant registers attendance or absence for a participant on one day or a range of days (working days only). */
export const CreateAttendanceBodySchema = z
  .object({
    from: IsoDateSchema,
    to: IsoDateSchema.optional(),
    activityKey: z.string().trim().min(1).max(64).default(PROGRAMME_ACTIVITY),
    plannedHours: HoursSchema,
    presentHours: HoursSchema,
    absenceKind: AbsenceKindSchema.nullable().default(null),
    note: z.string().trim().max(500).nullable().optional(),
  })
  .superRefine((v, ctx) => {
    refineHours(v, ctx);
    if (v.to && v.to < v.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'Kan ikke være før fra-datoen' });
  });
export type CreateAttendanceBody = z.infer<typeof CreateAttendanceBodySchema>;

/** Reclassify or correct one record (send the version you loaded). */
export const UpdateAttendanceBodySchema = z
  .object({
    plannedHours: HoursSchema,
    presentHours: HoursSchema,
    absenceKind: AbsenceKindSchema.nullable(),
    note: z.string().trim().max(500).nullable().optional(),
    version: VersionSchema,
  })
  .superRefine(refineHours);
export type UpdateAttendanceBody = z.infer<typeof UpdateAttendanceBodySchema>;

export const AttendanceWriteResultSchema = z.object({
  records: z.array(AttendanceRecordSchema),
  check: AbsenceCheckResultSchema.nullable(),
});
export type AttendanceWriteResult = z.infer<typeof AttendanceWriteResultSchema>;

/** A day the rules make unauthorised although it was registered with another kind (e.g. egenmelding day 4). */
export const RuledUnauthorisedDaySchema = z.object({
  date: z.string(),
  hours: z.number(),
  reason: z.string(),
  message: z.string(),
});

export const ParticipantAttendanceMonthSchema = z.object({
  personId: z.uuid(),
  firstName: z.string(),
  lastName: z.string(),
  month: z.string(),
  regime: z.string().nullable(),
  records: z.array(AttendanceRecordSchema.extend({ activityName: z.string() })),
  /** Every unauthorised day in the month: registered as UNAUTHORISED or made so by the rules. */
  unauthorisedDays: z.array(RuledUnauthorisedDaySchema),
  totals: z.object({ plannedHours: z.number(), presentHours: z.number(), unauthorisedHours: z.number() }),
});
export type ParticipantAttendanceMonth = z.infer<typeof ParticipantAttendanceMonthSchema>;

export const AttendanceErrorCode = {
  CLASS_NOT_FOUND: 'ATTENDANCE_CLASS_NOT_FOUND',
  RECORD_NOT_FOUND: 'ATTENDANCE_RECORD_NOT_FOUND',
  PERSON_NOT_FOUND: 'ATTENDANCE_PERSON_NOT_FOUND',
  NOT_ENROLLED: 'ATTENDANCE_NOT_ENROLLED',
  ALREADY_REGISTERED: 'ATTENDANCE_ALREADY_REGISTERED',
  NO_WORKING_DAYS: 'ATTENDANCE_NO_WORKING_DAYS',
} as const;

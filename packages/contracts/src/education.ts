import { z } from 'zod';
import { IsoDateSchema, UuidSchema } from './common';

/** Adult education (voksenopplæring): courses, classes, enrolment, Norwegian level assessments and hours. */

/** CEFR levels used for Norwegian (Norskprøven reports below A1 up to C1). */
export const CefrLevelSchema = z.enum(['BELOW_A1', 'A1', 'A2', 'B1', 'B2', 'C1']);
export type CefrLevel = z.infer<typeof CefrLevelSchema>;
export const CEFR_LEVELS = CefrLevelSchema.options;

export const LanguageSkillSchema = z.enum(['READING', 'LISTENING', 'WRITING', 'ORAL']);
export type LanguageSkill = z.infer<typeof LanguageSkillSchema>;
export const LANGUAGE_SKILLS = LanguageSkillSchema.options;

export const CourseKindSchema = z.enum(['NORWEGIAN', 'SOCIAL_STUDIES', 'LITERACY', 'PRIMARY_SCHOOL', 'OTHER']);
export type CourseKind = z.infer<typeof CourseKindSchema>;

const UserRefSchema = z.object({ id: z.uuid(), name: z.string() });

export const ClassSummarySchema = z.object({
  id: z.uuid(),
  courseId: z.uuid(),
  courseName: z.string(),
  courseKind: CourseKindSchema,
  /** Språkspor 1–3 (1 includes literacy training). */
  languageTrack: z.number().int().nullable(),
  name: z.string(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  hoursPerDay: z.number(),
  teachers: z.array(UserRefSchema),
  enrolledCount: z.number().int(),
});
export type ClassSummary = z.infer<typeof ClassSummarySchema>;
export const ClassListSchema = z.object({ items: z.array(ClassSummarySchema) });
export type ClassList = z.infer<typeof ClassListSchema>;

export const CourseSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: CourseKindSchema,
  languageTrack: z.number().int().nullable(),
  classes: z.array(ClassSummarySchema),
});
export type Course = z.infer<typeof CourseSchema>;
export const CourseListSchema = z.object({ items: z.array(CourseSchema) });

export const CreateCourseBodySchema = z.object({
  name: z.string().trim().min(1, { error: 'Skriv navnet på kurset' }).max(200),
  kind: CourseKindSchema,
  languageTrack: z
    .number()
    .int()
    .min(1, { error: 'Språkspor er 1–3' })
    .max(3, { error: 'Språkspor er 1–3' })
    .nullable()
    .optional(),
});
export type CreateCourseBody = z.infer<typeof CreateCourseBodySchema>;

export const CreateClassBodySchema = z
  .object({
    name: z.string().trim().min(1, { error: 'Skriv navnet på klassen' }).max(200),
    startDate: IsoDateSchema,
    endDate: IsoDateSchema.nullable().optional(),
    hoursPerDay: z
      .number()
      .min(0.5, { error: 'Timer per dag er 0,5–12' })
      .max(12, { error: 'Timer per dag er 0,5–12' })
      .optional(),
  })
  .refine((b) => !b.endDate || b.endDate >= b.startDate, {
    path: ['endDate'],
    error: 'Sluttdatoen kan ikke være før startdatoen',
  });
export type CreateClassBody = z.infer<typeof CreateClassBodySchema>;

export const ListClassesQuerySchema = z.object({
  /** `true`: only classes the caller teaches. */
  mine: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});

export const AssessmentSchema = z.object({
  id: z.uuid(),
  skill: LanguageSkillSchema,
  level: CefrLevelSchema,
  assessedOn: z.string(),
  testName: z.string().nullable(),
});
export type Assessment = z.infer<typeof AssessmentSchema>;

/**
 * One learner as adult education sees them (DOMAIN.md § 6.3/6.4): what teaching needs and nothing else: no
 * address or contact details, no finances, no health or safeguarding.
 */
export const LearnerSchema = z.object({
  enrolmentId: z.uuid(),
  classId: z.uuid(),
  person: z.object({
    id: z.uuid(),
    firstName: z.string(),
    lastName: z.string(),
    birthDate: z.string(),
    languages: z.array(z.string()),
    interpreterNeeded: z.boolean(),
    interpreterLanguage: z.string().nullable(),
    /** Highest completed education, NUS 0–8. */
    nusLevel: z.number().int().nullable(),
  }),
  regime: z.string().nullable(),
  norwegianTraining: z
    .object({
      right: z.boolean(),
      duty: z.boolean(),
      /** Programme start + the engine's maximum months, when both are known. */
      deadline: z.string().nullable(),
    })
    .nullable(),
  targetLevel: CefrLevelSchema.nullable(),
  fromDate: z.string(),
  toDate: z.string().nullable(),
  entitledHours: z.number().int().nullable(),
  hoursCompleted: z.number(),
  socialStudiesCompletedDate: z.string().nullable(),
  latestLevels: z.array(AssessmentSchema),
});
export type Learner = z.infer<typeof LearnerSchema>;

export const ClassDetailSchema = ClassSummarySchema.extend({ learners: z.array(LearnerSchema) });
export type ClassDetail = z.infer<typeof ClassDetailSchema>;

export const EnrolmentDetailSchema = LearnerSchema.extend({
  className: z.string(),
  courseName: z.string(),
  assessments: z.array(AssessmentSchema),
});
export type EnrolmentDetail = z.infer<typeof EnrolmentDetailSchema>;

export const EnrolmentListSchema = z.object({
  items: z.array(LearnerSchema.extend({ className: z.string(), courseName: z.string() })),
});
export const ListEnrolmentsQuerySchema = z.object({ personId: UuidSchema });

const HoursSchema = z
  .number()
  .int()
  .min(0, { error: 'Timer kan ikke være negativt' })
  .max(10000, { error: 'For mange timer' });

/** The enrolment's fields without the cross-field rule, for forms that narrow them (`.omit()` needs an unrefined object). */
export const EnrolmentFieldsSchema = z.object({
  personId: UuidSchema,
  fromDate: IsoDateSchema,
  toDate: IsoDateSchema.nullable().optional(),
  /** Leave out to take the default from the rules engine. */
  entitledHours: HoursSchema.nullable().optional(),
});

export const CreateEnrolmentBodySchema = EnrolmentFieldsSchema.refine((b) => !b.toDate || b.toDate >= b.fromDate, {
  path: ['toDate'],
  error: 'Sluttdatoen kan ikke være før startdatoen',
});
export type CreateEnrolmentBody = z.infer<typeof CreateEnrolmentBodySchema>;

export const UpdateEnrolmentBodySchema = z.object({
  toDate: IsoDateSchema.nullable().optional(),
  entitledHours: HoursSchema.nullable().optional(),
  socialStudiesCompletedDate: IsoDateSchema.nullable().optional(),
});
export type UpdateEnrolmentBody = z.infer<typeof UpdateEnrolmentBodySchema>;

/** One assessment session: a level for one or more skills, on one date, from one test. */
export const CreateAssessmentsBodySchema = z.object({
  assessedOn: IsoDateSchema,
  testName: z.string().trim().max(200).nullable().optional(),
  results: z
    .array(z.object({ skill: LanguageSkillSchema, level: CefrLevelSchema }))
    .min(1, { error: 'Velg nivå for minst én ferdighet' })
    .refine((r) => new Set(r.map((x) => x.skill)).size === r.length, {
      error: 'Hver ferdighet kan bare vurderes én gang',
    }),
});
export type CreateAssessmentsBody = z.infer<typeof CreateAssessmentsBodySchema>;

export const EducationErrorCode = {
  COURSE_NOT_FOUND: 'EDUCATION_COURSE_NOT_FOUND',
  CLASS_NOT_FOUND: 'EDUCATION_CLASS_NOT_FOUND',
  ENROLMENT_NOT_FOUND: 'EDUCATION_ENROLMENT_NOT_FOUND',
  PERSON_NOT_FOUND: 'EDUCATION_PERSON_NOT_FOUND',
  ALREADY_ENROLLED: 'EDUCATION_ALREADY_ENROLLED',
  USER_NOT_TEACHER: 'EDUCATION_USER_NOT_TEACHER',
  FUTURE_ASSESSMENT: 'EDUCATION_FUTURE_ASSESSMENT',
} as const;

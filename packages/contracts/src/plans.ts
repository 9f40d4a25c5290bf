import { z } from 'zod';
import { IsoDateSchema, VersionSchema } from './common';
import { EndGoalSchema } from './regimes';

/**
 * The integration plan (integreringsplan; individuell plan under introduksjonsloven) of one programme. Every
 * revision is kept; a new revision names the plan version it was based on, so two consultants saving at once
 * cannot overwrite each other (the second gets 409 STALE_VERSION).
 */
export const PlanElementKindSchema = z.enum([
  'NORWEGIAN',
  'SOCIAL_STUDIES',
  'LIFE_SKILLS',
  'PARENTAL_GUIDANCE',
  'WORK_PRACTICE',
  'EDUCATION',
  'OTHER',
]);
export type PlanElementKind = z.infer<typeof PlanElementKindSchema>;

/** Target Norwegian level (CEFR) a plan may set. */
export const PlanLanguageLevelSchema = z.enum(['A1', 'A2', 'B1', 'B2', 'C1']);
export type PlanLanguageLevel = z.infer<typeof PlanLanguageLevelSchema>;

export const PlanElementSchema = z.object({
  id: z.uuid(),
  kind: PlanElementKindSchema,
  hoursPerWeek: z.number(),
  description: z.string().nullable(),
  provider: z.string().nullable(),
  fromDate: IsoDateSchema.nullable(),
  toDate: IsoDateSchema.nullable(),
});
export type PlanElement = z.infer<typeof PlanElementSchema>;

export const PlanRevisionSchema = z.object({
  id: z.uuid(),
  revisionNumber: z.number().int(),
  endGoal: EndGoalSchema.nullable(),
  languageTargetLevel: PlanLanguageLevelSchema.nullable(),
  participantWishes: z.string().nullable(),
  reason: z.string().nullable(),
  validFrom: IsoDateSchema,
  elements: z.array(PlanElementSchema),
  totalHoursPerWeek: z.number(),
  createdBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  createdAt: z.string(),
});
export type PlanRevision = z.infer<typeof PlanRevisionSchema>;

export const PlanWarningCodeSchema = z.enum(['PLAN_HOURS_BELOW_FULL_TIME', 'PLAN_MISSING_MANDATORY_ELEMENT']);
export type PlanWarningCode = z.infer<typeof PlanWarningCodeSchema>;

/** Something the consultant should look at; the revision is saved anyway. */
export const PlanWarningSchema = z.object({
  code: PlanWarningCodeSchema,
  message: z.string(),
  /** The element kind that is missing (PLAN_MISSING_MANDATORY_ELEMENT); one of several kinds when any of them will do. */
  kinds: z.array(PlanElementKindSchema).optional(),
  totalHoursPerWeek: z.number().optional(),
  requiredHoursPerWeek: z.number().optional(),
  rule: z.object({ id: z.string(), text: z.string(), source: z.string() }),
});
export type PlanWarning = z.infer<typeof PlanWarningSchema>;

/** GET /programmes/:programmeId/plan: the current revision (the newest), every revision newest first, and warnings for the current one. */
export const IntegrationPlanSchema = z.object({
  programmeId: z.uuid(),
  planId: z.uuid().nullable(),
  /** Send this back with the next revision; 0 before the first revision. */
  version: z.number().int(),
  current: PlanRevisionSchema.nullable(),
  revisions: z.array(PlanRevisionSchema),
  warnings: z.array(PlanWarningSchema),
});
export type IntegrationPlan = z.infer<typeof IntegrationPlanSchema>;

export const PlanElementInputSchema = z
  .object({
    kind: PlanElementKindSchema,
    hoursPerWeek: z
      .number()
      .min(0, { error: 'Timer kan ikke være negative' })
      .max(60, { error: 'Høyst 60 timer i uken' })
      .multipleOf(0.5, { error: 'Oppgi hele eller halve timer' }),
    description: z.string().trim().max(500).nullable().optional(),
    provider: z.string().trim().max(200).nullable().optional(),
    fromDate: IsoDateSchema.nullable().optional(),
    toDate: IsoDateSchema.nullable().optional(),
  })
  .strict()
  .refine((e) => !e.fromDate || !e.toDate || e.toDate >= e.fromDate, {
    error: 'Sluttdatoen kan ikke være før startdatoen',
    path: ['toDate'],
  });
export type PlanElementInput = z.infer<typeof PlanElementInputSchema>;

/** POST /programmes/:programmeId/plan/revisions. */
export const CreatePlanRevisionBodySchema = z
  .object({
    version: VersionSchema,
    endGoal: EndGoalSchema.nullable(),
    languageTargetLevel: PlanLanguageLevelSchema.nullable(),
    participantWishes: z.string().max(5000).nullable(),
    reason: z.string().trim().max(2000).nullable(),
    validFrom: IsoDateSchema,
    /** Self-study counts towards full time: 30 hours with self-study instead of 37.5 (B-14). */
    includesSelfStudy: z.boolean().default(false),
    elements: z.array(PlanElementInputSchema).min(1, { error: 'Legg til minst ett innhold' }).max(30),
  })
  .strict();
export type CreatePlanRevisionBody = z.input<typeof CreatePlanRevisionBodySchema>;

export const CreatePlanRevisionResponseSchema = IntegrationPlanSchema;

export const PlanErrorCode = {
  PROGRAMME_NOT_FOUND: 'PLAN_PROGRAMME_NOT_FOUND',
} as const;

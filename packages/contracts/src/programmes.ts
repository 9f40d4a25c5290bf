import { z } from 'zod';
import { IsoDateSchema, VersionSchema } from './common';
import { CaseworkerCandidateListSchema } from './persons';
import { EndGoalSchema, RegimeEvaluationSchema, RegimeSchema, RuleReferenceSchema } from './regimes';

/**
 * The introduction programme of one adult: the regime the rules engine derived (with its derivation log), a
 * consultant's override with a reason, the dates, extensions, leave, status and the statutory deadlines.
 */
export const ProgrammeStatusSchema = z.enum(['PLANNED', 'ACTIVE', 'ON_LEAVE', 'COMPLETED', 'DISCONTINUED']);
export type ProgrammeStatus = z.infer<typeof ProgrammeStatusSchema>;
export const OPEN_PROGRAMME_STATUSES = ['PLANNED', 'ACTIVE', 'ON_LEAVE'] as const satisfies readonly ProgrammeStatus[];

/** Allowed status changes: PLANNED → ACTIVE → ON_LEAVE ↔ ACTIVE → COMPLETED / DISCONTINUED. */
export const PROGRAMME_STATUS_TRANSITIONS: Record<ProgrammeStatus, readonly ProgrammeStatus[]> = {
  PLANNED: ['ACTIVE', 'DISCONTINUED'],
  ACTIVE: ['ON_LEAVE', 'COMPLETED', 'DISCONTINUED'],
  ON_LEAVE: ['ACTIVE', 'DISCONTINUED'],
  COMPLETED: [],
  DISCONTINUED: [],
};

export const DeadlineKindSchema = z.enum([
  'PROGRAMME_START',
  'PROGRAMME_DECISION',
  'NIR_REGISTRATION',
  'PLANNED_END',
  'NORWEGIAN_TRAINING_END',
]);
export type DeadlineKind = z.infer<typeof DeadlineKindSchema>;

/** The NIR fact (nir_registration.fact) that meets the "register the start within 2 months" deadline. */
export const NIR_PROGRAMME_START_FACT = 'PROGRAMME_START';

export const ProgrammeDeadlineSchema = z.object({
  kind: DeadlineKindSchema,
  date: IsoDateSchema,
  met: z.boolean(),
  metOn: IsoDateSchema.nullable(),
  overdue: z.boolean(),
  daysLeft: z.number().int(),
  rule: RuleReferenceSchema,
});
export type ProgrammeDeadline = z.infer<typeof ProgrammeDeadlineSchema>;

/** The derivation log stored with the programme: the facts, the date and what the engine concluded from them. */
/**
 * The person's facts changed on `on` but the engine could not run on them (`missing` names the person's fields it
 * needs): the conclusions are the previous ones until the facts are recorded.
 */
export const EvaluationNotUpdatedSchema = z.object({
  on: IsoDateSchema,
  missing: z.array(z.string()),
});
export type EvaluationNotUpdated = z.infer<typeof EvaluationNotUpdatedSchema>;

export const ProgrammeEvaluationSchema = z.object({
  asOf: IsoDateSchema,
  facts: z.record(z.string(), z.unknown()),
  result: RegimeEvaluationSchema,
  notUpdated: EvaluationNotUpdatedSchema.nullable().optional(),
});
export type ProgrammeEvaluation = z.infer<typeof ProgrammeEvaluationSchema>;

export const ProgrammeExtensionSchema = z.object({
  id: z.uuid(),
  months: z.number().int(),
  decisionDate: IsoDateSchema,
  reason: z.string(),
  createdAt: z.string(),
});
export type ProgrammeExtension = z.infer<typeof ProgrammeExtensionSchema>;

export const ProgrammeLeaveSchema = z.object({
  id: z.uuid(),
  fromDate: IsoDateSchema,
  toDate: IsoDateSchema,
  withBenefit: z.boolean(),
  reason: z.string(),
  createdAt: z.string(),
});
export type ProgrammeLeave = z.infer<typeof ProgrammeLeaveSchema>;

export const ProgrammeSchema = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  /** The regime in force: the override when there is one, else the derived regime. */
  regime: RegimeSchema,
  derivedRegime: RegimeSchema,
  regimeOverride: RegimeSchema.nullable(),
  regimeOverrideReason: z.string().nullable(),
  evaluation: ProgrammeEvaluationSchema,
  evaluatedOn: IsoDateSchema,
  status: ProgrammeStatusSchema,
  claimDate: IsoDateSchema.nullable(),
  settledByAgreement: z.boolean(),
  competenceMappingDate: IsoDateSchema.nullable(),
  careerGuidanceDate: IsoDateSchema.nullable(),
  decisionDate: IsoDateSchema.nullable(),
  startDate: IsoDateSchema.nullable(),
  endGoal: EndGoalSchema.nullable(),
  plannedEndDate: IsoDateSchema.nullable(),
  /** Start + maximum months + granted extensions + leave: the latest end without a new extension. */
  maxEndDate: IsoDateSchema.nullable(),
  /** The latest end the law allows even with every extension. */
  absoluteMaxEndDate: IsoDateSchema.nullable(),
  endDate: IsoDateSchema.nullable(),
  livesWithParents: z.boolean(),
  childlessCoupleBothParticipating: z.boolean(),
  participationPercent: z.number().int(),
  extensions: z.array(ProgrammeExtensionSchema),
  leaves: z.array(ProgrammeLeaveSchema),
  deadlines: z.array(ProgrammeDeadlineSchema),
  nextDeadline: z.object({ kind: DeadlineKindSchema, date: IsoDateSchema }).nullable(),
  consultant: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Programme = z.infer<typeof ProgrammeSchema>;
export const ProgrammeListSchema = z.object({ items: z.array(ProgrammeSchema) });
export type ProgrammeList = z.infer<typeof ProgrammeListSchema>;

const Reason = z.string().trim().min(3, { error: 'Skriv en begrunnelse' }).max(2000);

/** The programme inputs the consultant records; the other facts come from the person and household. */
export const ProgrammeInputsSchema = z.object({
  claimDate: IsoDateSchema.nullable(),
  settledByAgreement: z.boolean(),
  livesWithParents: z.boolean(),
  childlessCoupleBothParticipating: z.boolean(),
  endGoal: EndGoalSchema.nullable(),
  competenceMappingDate: IsoDateSchema.nullable(),
  careerGuidanceDate: IsoDateSchema.nullable(),
  decisionDate: IsoDateSchema.nullable(),
  startDate: IsoDateSchema.nullable(),
  participationPercent: z
    .number()
    .int()
    .min(1, { error: 'Mellom 1 og 100 %' })
    .max(100, { error: 'Mellom 1 og 100 %' }),
  consultantId: z.uuid().nullable(),
});

/** POST /persons/:personId/programmes. */
export const CreateProgrammeBodySchema = ProgrammeInputsSchema.partial()
  .strict()
  .refine((b) => !b.startDate || !b.decisionDate || b.startDate >= b.decisionDate, {
    error: 'Oppstart kan ikke være før vedtaket',
    path: ['startDate'],
  });
export type CreateProgrammeBody = z.infer<typeof CreateProgrammeBodySchema>;

/** PATCH /programmes/:programmeId: any subset, with the version you loaded. */
export const UpdateProgrammeBodySchema = ProgrammeInputsSchema.extend({ plannedEndDate: IsoDateSchema.nullable() })
  .partial()
  .extend({ version: VersionSchema })
  .strict()
  .refine((b) => !b.startDate || !b.decisionDate || b.startDate >= b.decisionDate, {
    error: 'Oppstart kan ikke være før vedtaket',
    path: ['startDate'],
  });
export type UpdateProgrammeBody = z.infer<typeof UpdateProgrammeBodySchema>;

/**
 * The PATCH that moves a programme to another consultant ("Bytt programrådgiver"): the consultant alone, someone
 * chosen, with the version you loaded. The one programme change programmes.reassign without programmes.write allows.
 */
export const ChangeProgrammeConsultantBodySchema = z
  .object({ consultantId: ProgrammeInputsSchema.shape.consultantId.unwrap(), version: VersionSchema })
  .strict();
export type ChangeProgrammeConsultantBody = z.infer<typeof ChangeProgrammeConsultantBodySchema>;

/**
 * GET /programmes/:programmeId/consultant-candidates: the active consultants of the municipality, who may become the
 * programme's consultant (the same rule and shape as the person's caseworker candidates).
 */
export const ConsultantCandidateListSchema = CaseworkerCandidateListSchema;
export type ConsultantCandidateList = z.infer<typeof ConsultantCandidateListSchema>;

/** POST /programmes/:programmeId/regime-override: `regime: null` removes the override. The reason is required and audited. */
export const OverrideRegimeBodySchema = z
  .object({ regime: RegimeSchema.nullable(), reason: Reason, version: VersionSchema })
  .strict();
export type OverrideRegimeBody = z.infer<typeof OverrideRegimeBodySchema>;

export const CreateExtensionBodySchema = z
  .object({
    months: z.number().int().min(1, { error: 'Minst 1 måned' }).max(36, { error: 'Høyst 36 måneder' }),
    decisionDate: IsoDateSchema,
    reason: Reason,
    version: VersionSchema,
  })
  .strict();
export type CreateExtensionBody = z.infer<typeof CreateExtensionBodySchema>;

export const CreateLeaveBodySchema = z
  .object({
    fromDate: IsoDateSchema,
    toDate: IsoDateSchema,
    withBenefit: z.boolean(),
    reason: Reason,
    version: VersionSchema,
  })
  .strict()
  .refine((b) => b.toDate >= b.fromDate, { error: 'Sluttdatoen kan ikke være før startdatoen', path: ['toDate'] });
export type CreateLeaveBody = z.infer<typeof CreateLeaveBodySchema>;

/** POST /programmes/:programmeId/status: `date` is the start date (ACTIVE from PLANNED) or the end date (COMPLETED/DISCONTINUED). */
export const ChangeProgrammeStatusBodySchema = z
  .object({
    status: ProgrammeStatusSchema,
    date: IsoDateSchema,
    reason: z.string().trim().max(2000).optional(),
    version: VersionSchema,
  })
  .strict();
export type ChangeProgrammeStatusBody = z.infer<typeof ChangeProgrammeStatusBodySchema>;

export const ProgrammeErrorCode = {
  NOT_FOUND: 'PROGRAMME_NOT_FOUND',
  PERSON_NOT_FOUND: 'PROGRAMME_PERSON_NOT_FOUND',
  /** The person lacks a fact the engine needs (permit basis, permit date, arrival, settlement); `issues` names them. */
  FACTS_MISSING: 'PROGRAMME_FACTS_MISSING',
  ALREADY_OPEN: 'PROGRAMME_ALREADY_OPEN',
  EXTENSION_LIMIT: 'PROGRAMME_EXTENSION_LIMIT',
  PLANNED_END_BEYOND_LIMIT: 'PROGRAMME_PLANNED_END_BEYOND_LIMIT',
  INVALID_TRANSITION: 'PROGRAMME_INVALID_TRANSITION',
  DECISION_MISSING: 'PROGRAMME_DECISION_MISSING',
  START_MISSING: 'PROGRAMME_START_MISSING',
  LEAVE_OVERLAP: 'PROGRAMME_LEAVE_OVERLAP',
  CLOSED: 'PROGRAMME_CLOSED',
  CONSULTANT_INVALID: 'PROGRAMME_CONSULTANT_INVALID',
  /** The actor may move the programme to another consultant (programmes.reassign) but not change its facts. */
  REASSIGN_ONLY: 'PROGRAMME_REASSIGN_ONLY',
} as const;

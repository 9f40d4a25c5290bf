import { z } from 'zod';
import { IsoDateSchema, IsoDateTimeSchema, UuidSchema } from './common';
import { AlternativeGoalKindSchema, EndStatusSchema } from './outcomes';

/** How an alternative goal stands (the `GoalStatus` of the data model). */
export const GoalStatusSchema = z.enum(['PLANNED', 'IN_PROGRESS', 'REACHED', 'NOT_REACHED']);
export type GoalStatus = z.infer<typeof GoalStatusSchema>;

/** Months after the programme's end date from which each follow-up status may be recorded. */
export const FOLLOW_UP_MONTHS = { followUp6Status: 6, followUp12Status: 12 } as const;

/** What happened at programme end, and 6 and 12 months later. */
export const ProgrammeOutcomeSchema = z.object({
  programmeId: UuidSchema,
  endStatus: EndStatusSchema,
  endGoalReached: z.boolean(),
  followUp6Status: EndStatusSchema.nullable(),
  followUp12Status: EndStatusSchema.nullable(),
  recordedAt: IsoDateTimeSchema,
});
export type ProgrammeOutcome = z.infer<typeof ProgrammeOutcomeSchema>;

/** PUT body: records or replaces the outcome. Follow-ups are allowed only from 6 / 12 months after the end date. */
export const PutProgrammeOutcomeBodySchema = z
  .object({
    endStatus: EndStatusSchema,
    endGoalReached: z.boolean(),
    followUp6Status: EndStatusSchema.nullable().optional(),
    followUp12Status: EndStatusSchema.nullable().optional(),
  })
  .strict();
export type PutProgrammeOutcomeBody = z.infer<typeof PutProgrammeOutcomeBodySchema>;

/** GET answer: the programme's end facts and its outcome, `null` until one is recorded. */
export const ProgrammeOutcomeViewSchema = z.object({
  programmeId: UuidSchema,
  programmeStatus: z.enum(['PLANNED', 'ACTIVE', 'ON_LEAVE', 'COMPLETED', 'DISCONTINUED']),
  endDate: IsoDateSchema.nullable(),
  /** The first dates the follow-ups may be recorded (`null` without an end date). */
  followUp6From: IsoDateSchema.nullable(),
  followUp12From: IsoDateSchema.nullable(),
  outcome: ProgrammeOutcomeSchema.nullable(),
});
export type ProgrammeOutcomeView = z.infer<typeof ProgrammeOutcomeViewSchema>;

export const AlternativeGoalSchema = z.object({
  id: UuidSchema,
  programmeId: UuidSchema,
  kind: AlternativeGoalKindSchema,
  status: GoalStatusSchema,
  statusDate: IsoDateSchema.nullable(),
  narrative: z.string().nullable(),
});
export type AlternativeGoal = z.infer<typeof AlternativeGoalSchema>;

export const AlternativeGoalListSchema = z.object({ items: z.array(AlternativeGoalSchema) });
export type AlternativeGoalList = z.infer<typeof AlternativeGoalListSchema>;

const NarrativeSchema = z.string().trim().max(2000).nullable();

export const CreateAlternativeGoalBodySchema = z
  .object({
    kind: AlternativeGoalKindSchema,
    status: GoalStatusSchema.default('PLANNED'),
    statusDate: IsoDateSchema.nullable().optional(),
    narrative: NarrativeSchema.optional(),
  })
  .strict();
export type CreateAlternativeGoalBody = z.infer<typeof CreateAlternativeGoalBodySchema>;

export const UpdateAlternativeGoalBodySchema = z
  .object({
    status: GoalStatusSchema.optional(),
    statusDate: IsoDateSchema.nullable().optional(),
    narrative: NarrativeSchema.optional(),
  })
  .strict()
  .refine((b) => Object.keys(b).length > 0, { error: 'Send at least one field to change' });
export type UpdateAlternativeGoalBody = z.infer<typeof UpdateAlternativeGoalBodySchema>;

export const ProgrammeEndErrorCode = {
  PROGRAMME_NOT_FOUND: 'PROGRAMME_END_PROGRAMME_NOT_FOUND',
  GOAL_NOT_FOUND: 'PROGRAMME_END_GOAL_NOT_FOUND',
  /** The programme is not COMPLETED or DISCONTINUED; the message names its status. */
  NOT_ENDED: 'PROGRAMME_END_NOT_ENDED',
} as const;

import { z } from 'zod';
import { IsoDateSchema } from './common';
import { PermitBasisSchema } from './persons';

/**
 * POST /regimes/evaluate: the rules engine (@ankomst/regimes) over HTTP. The API validates the body with the
 * engine's own `parseCaseFacts` (unknown fields are rejected); this schema documents it and serves web forms.
 */
export const RegimeSchema = z.enum(['INTRODUKSJONSLOVEN', 'INTEGRERINGSLOVEN', 'INTEGRERINGSLOVEN_KAP6A']);
export type Regime = z.infer<typeof RegimeSchema>;

export const EndGoalSchema = z.enum([
  'WORK',
  'HIGHER_EDUCATION',
  'COMPLETE_UPPER_SECONDARY',
  'PRIMARY_OR_PART_UPPER_SECONDARY',
]);
export type EndGoal = z.infer<typeof EndGoalSchema>;

export const CaseFactsSchema = z.object({
  asOf: IsoDateSchema,
  birthDate: IsoDateSchema,
  permitBasis: PermitBasisSchema,
  permitGrantedDate: IsoDateSchema,
  arrivalDate: IsoDateSchema,
  settlementDate: IsoDateSchema,
  settledByAgreement: z.boolean(),
  claimDate: IsoDateSchema.nullish(),
  hasUpperSecondaryEducation: z.boolean(),
  endGoal: EndGoalSchema.nullish(),
  livesWithParents: z.boolean(),
  childlessCoupleBothParticipating: z.boolean().nullish(),
  hasChildrenUnder18: z.boolean(),
  referencePersonSettledDate: IsoDateSchema.nullish(),
  familyApplicationDate: IsoDateSchema.nullish(),
  programmeDecisionDate: IsoDateSchema.nullish(),
  /** The regime the municipality decided applies; every conclusion then follows it (omitted or null: none). */
  regimeOverride: RegimeSchema.nullish(),
});
export type CaseFactsInput = z.input<typeof CaseFactsSchema>;

export const RuleReferenceSchema = z.object({ id: z.string(), text: z.string(), source: z.string() });
export type RuleReference = z.infer<typeof RuleReferenceSchema>;

export const RegimeEvaluationSchema = z.object({
  /** The regime the conclusions follow: the override when one was given, else the derived regime. */
  regime: RegimeSchema,
  /** The regime derived from permit basis, permit date and arrival (absent in evaluations stored before it was added). */
  derivedRegime: RegimeSchema.optional(),
  programme: z.object({
    right: z.boolean(),
    duty: z.boolean(),
    municipalityMayOffer: z.boolean(),
    lapsed: z.boolean(),
    latestStart: IsoDateSchema.nullable(),
    maxMonths: z.number().nullable(),
    maxMonthsWithExtension: z.number().nullable(),
  }),
  norwegianTraining: z.object({ right: z.boolean(), duty: z.boolean(), maxMonths: z.number().nullable() }),
  parentalGuidanceRequired: z.boolean(),
  benefit: z.object({ fractionOf2G: z.number() }),
  rules: z.array(RuleReferenceSchema),
});
export type RegimeEvaluation = z.infer<typeof RegimeEvaluationSchema>;

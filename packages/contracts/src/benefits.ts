import { z } from 'zod';
import { MonthSchema, RuleRefSchema } from './attendance';

/** Other public benefits entered for samordning; child benefit and cash-for-care are never offset. */
export const OtherBenefitKindSchema = z.enum([
  'UNEMPLOYMENT_BENEFIT',
  'SICKNESS_BENEFIT',
  'PARENTAL_BENEFIT',
  'WORK_ASSESSMENT_ALLOWANCE',
  'DISABILITY_BENEFIT',
  'WAGES',
  'CHILD_BENEFIT',
  'CASH_FOR_CARE',
]);
export type OtherBenefitKind = z.infer<typeof OtherBenefitKindSchema>;

export const BenefitLineItemSchema = z.object({
  kind: z.string(),
  description: z.string(),
  amount: z.number(),
  rule: RuleRefSchema,
});
export type BenefitLineItem = z.infer<typeof BenefitLineItemSchema>;

/** The rules engine's month calculation (packages/regimes `MonthlyBenefit`); amounts in kroner. */
export const MonthlyBenefitSchema = z.object({
  month: z.string(),
  regime: z.string(),
  baseAmount: z.object({ amount: z.number(), validFrom: z.string(), grade: z.string() }),
  daysInMonth: z.number(),
  paidDays: z.number(),
  unpaidLeaveDays: z.number(),
  fractions: z.array(z.number()),
  gross: z.number(),
  deductions: z.number(),
  offsets: z.number(),
  net: z.number(),
  decisionThreshold: z.object({ shareOfPayment: z.number(), minimumAmount: z.number(), rule: RuleRefSchema }),
  flags: z.object({ decisionRequired: z.boolean(), deductionsApply: z.boolean(), netFlooredAtZero: z.boolean() }),
  lineItems: z.array(BenefitLineItemSchema),
});
export type MonthlyBenefit = z.infer<typeof MonthlyBenefitSchema>;

/** Why a programme's month could not be calculated (e.g. no G for the month). */
export const BenefitProblemSchema = z.object({ code: z.string(), message: z.string() });

export const ProgrammeBenefitSchema = z.object({
  programmeId: z.uuid(),
  personId: z.uuid(),
  firstName: z.string(),
  lastName: z.string(),
  birthDate: z.string(),
  month: z.string(),
  regime: z.string(),
  calculation: MonthlyBenefitSchema.nullable(),
  problem: BenefitProblemSchema.nullable(),
});
export type ProgrammeBenefit = z.infer<typeof ProgrammeBenefitSchema>;

export const BenefitSummarySchema = z.object({
  programmeId: z.uuid(),
  personId: z.uuid(),
  firstName: z.string(),
  lastName: z.string(),
  birthDate: z.string(),
  regime: z.string(),
  gross: z.number(),
  deductions: z.number(),
  offsets: z.number(),
  net: z.number(),
  decisionRequired: z.boolean(),
  problem: BenefitProblemSchema.nullable(),
});
export type BenefitSummary = z.infer<typeof BenefitSummarySchema>;

export const MunicipalityBenefitMonthSchema = z.object({
  month: z.string(),
  items: z.array(BenefitSummarySchema),
  totals: z.object({
    gross: z.number(),
    deductions: z.number(),
    offsets: z.number(),
    net: z.number(),
    decisionRequired: z.number().int(),
  }),
});
export type MunicipalityBenefitMonth = z.infer<typeof MunicipalityBenefitMonthSchema>;

export const ExternalBenefitSchema = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  month: z.string(),
  kind: OtherBenefitKindSchema,
  amount: z.number(),
});
export type ExternalBenefit = z.infer<typeof ExternalBenefitSchema>;

export const CreateExternalBenefitBodySchema = z.object({
  month: MonthSchema,
  kind: OtherBenefitKindSchema,
  amount: z.number({ error: 'Skriv et beløp' }).min(0, { error: 'Beløpet kan ikke være negativt' }).max(10_000_000),
});
export type CreateExternalBenefitBody = z.infer<typeof CreateExternalBenefitBodySchema>;

export const ListExternalBenefitsQuerySchema = z.object({ month: MonthSchema.optional() });
export const ExternalBenefitListSchema = z.object({ items: z.array(ExternalBenefitSchema) });

export const BenefitErrorCode = {
  PROGRAMME_NOT_FOUND: 'BENEFIT_PROGRAMME_NOT_FOUND',
  NOT_IN_PROGRAMME: 'BENEFIT_NOT_IN_PROGRAMME',
  EXTERNAL_BENEFIT_NOT_FOUND: 'BENEFIT_EXTERNAL_BENEFIT_NOT_FOUND',
  PERSON_NOT_FOUND: 'BENEFIT_PERSON_NOT_FOUND',
  CALCULATION_FAILED: 'BENEFIT_CALCULATION_FAILED',
} as const;

import type { IsoDate } from '../dates';
import type { Grade, Regime, RuleRef } from '../rule-types';

/**
 * Other public benefits entered for samordning (offset). Child benefit and cash-for-care benefit are never
 * offset (introduksjonsloven § 12 third paragraph; B-26/27); they are accepted and shown as a zero line.
 */
export const OTHER_BENEFIT_KINDS = [
  'UNEMPLOYMENT_BENEFIT', // dagpenger
  'SICKNESS_BENEFIT', // sykepenger
  'PARENTAL_BENEFIT', // foreldrepenger
  'WORK_ASSESSMENT_ALLOWANCE', // arbeidsavklaringspenger (AAP)
  'DISABILITY_BENEFIT', // uføretrygd
  'WAGES', // lønn fra arbeid som del av programmet
  'CHILD_BENEFIT', // barnetrygd: never offset
  'CASH_FOR_CARE', // kontantstøtte: never offset
] as const;
export type OtherBenefitKind = (typeof OTHER_BENEFIT_KINDS)[number];
export const NEVER_OFFSET_KINDS: readonly OtherBenefitKind[] = ['CHILD_BENEFIT', 'CASH_FOR_CARE'];

/** One participant, one calendar month. All dates are calendar dates; ranges include both ends. */
export interface MonthlyBenefitInput {
  /** The benefit month, `YYYY-MM`. */
  month: string;
  regime: Regime;
  birthDate: IsoDate;
  livesWithParents: boolean;
  childlessCoupleBothParticipating?: boolean | null;
  /** First day in the programme. */
  programmeStart: IsoDate;
  /** Last day in the programme (included); null or absent while the programme runs. */
  programmeEnd?: IsoDate | null;
  /** Leave without benefit; a period may run past either end of the month (only its days in the month count). */
  unpaidLeave?: readonly { from: IsoDate; to: IsoDate }[];
  /** Unauthorised (invalid) absence in the month, in hours per day. */
  unauthorisedAbsence?: readonly { date: IsoDate; hours: number }[];
  /** Other benefits for the month, in kroner, for samordning. */
  otherBenefits?: readonly { kind: OtherBenefitKind; amount: number }[];
  /** Chapter 6A only: whether absence deductions apply (C-9). Absent or null: the parameter's default. */
  deductionsApply?: boolean | null;
}

export type BenefitLineKind =
  | 'BENEFIT'
  | 'UNPAID_LEAVE'
  | 'NO_BENEFIT_DAYS'
  | 'ABSENCE_DEDUCTION'
  | 'DEDUCTION_NOT_APPLIED'
  | 'BENEFIT_OFFSET'
  | 'OFFSET_NOT_APPLIED'
  | 'FLOOR_AT_ZERO';

/** Amounts in kroner, rounded to whole øre; deductions and offsets are negative. The line amounts sum to `net`. */
export interface BenefitLineItem {
  kind: BenefitLineKind;
  /** Norwegian text for the caseworker and the payslip. */
  description: string;
  amount: number;
  rule: RuleRef;
}

/** A run of consecutive paid days with the same fraction of 2G. */
export interface BenefitPeriod {
  from: IsoDate;
  to: IsoDate;
  days: number;
  fractionOf2G: number;
  /** 2G × fraction, kroner (not rounded). */
  annualAmount: number;
  /** annualAmount / 12, kroner (not rounded). */
  monthlyAmount: number;
  /** monthlyAmount × days / daysInMonth, rounded to øre. */
  amount: number;
  rule: RuleRef;
}

export interface MonthlyBenefit {
  month: string;
  regime: Regime;
  baseAmount: { amount: number; validFrom: IsoDate; grade: Grade };
  dayBasis: 'MONTHLY_AMOUNT_TIMES_DAYS_OVER_DAYS_IN_MONTH';
  daysInMonth: number;
  /** Days with benefit: in the programme and not on unpaid leave. */
  paidDays: number;
  unpaidLeaveDays: number;
  periods: BenefitPeriod[];
  /** Distinct fractions of 2G used in the month, in date order. */
  fractions: number[];
  gross: number;
  /** Total absence deduction (positive number; its line items are negative). */
  deductions: number;
  /** Total samordning offsets (positive number). */
  offsets: number;
  net: number;
  decisionThreshold: {
    /** Share of the payment before deduction (gross): 0.5 × gross. */
    shareOfPayment: number;
    /** G × 1/12. */
    minimumAmount: number;
    rule: RuleRef;
  };
  flags: {
    /** The deduction is ≥ 50 % of the payment before deduction AND ≥ G/12 (B-28): a formal decision is needed. */
    decisionRequired: boolean;
    /** Whether absence deductions apply (always under A and B; a parameter or input under 6A, C-9). */
    deductionsApply: boolean;
    /** Deductions and offsets exceeded the gross amount; net was raised to 0. */
    netFlooredAtZero: boolean;
  };
  lineItems: BenefitLineItem[];
}

import type { IsoDate } from './dates';

/** The three legal regimes. Law names keep their Norwegian form (STYLE.md). */
export const REGIMES = ['INTRODUKSJONSLOVEN', 'INTEGRERINGSLOVEN', 'INTEGRERINGSLOVEN_KAP6A'] as const;
export type Regime = (typeof REGIMES)[number];

/** Residence-permit basis (utlendingsloven). */
export const PERMIT_BASES = [
  'ASYLUM', // § 28
  'RESETTLEMENT', // § 35 (3)
  'RENEWABLE_AFTER_PROTECTION_CLAIM', // § 38
  'LIMITED_CHILD_FAMILY', // § 38 (5)
  'COLLECTIVE_PROTECTION', // § 34
  'FAMILY_REUNIFICATION', // chapter 6
  'INDEPENDENT_BASIS', // § 53
] as const;
export type PermitBasis = (typeof PERMIT_BASES)[number];

/** Programme end goal (sluttmål). */
export const END_GOALS = [
  'WORK',
  'HIGHER_EDUCATION',
  'COMPLETE_UPPER_SECONDARY',
  'PRIMARY_OR_PART_UPPER_SECONDARY',
] as const;
export type EndGoal = (typeof END_GOALS)[number];

/** Evidence grade from DOMAIN.md: statute [L], guidance [G], research/practice [R], uncertain [U]. */
export type Grade = 'L' | 'G' | 'R' | 'U';

/**
 * The rule a conclusion rests on: an id from DOMAIN.md § 5 (SEL-2, B-1, C-2, A-§2 ...), a plain bokmål
 * sentence a caseworker can read, and the law and section.
 */
export interface RuleRef {
  id: string;
  text: string;
  source: string;
}

/** Which fact's date selects the effective-dated parameter row. */
export type Anchor =
  'PERMIT_DATE' | 'DECISION_DATE' | 'SETTLEMENT_DATE' | 'APPLICATION_DATE' | 'PAYMENT_PERIOD' | 'EVALUATION_DATE';

export type { IsoDate };

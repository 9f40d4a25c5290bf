import type { IsoDate } from '../dates';
import type { Anchor, Grade, Regime } from '../rule-types';

/**
 * One effective-dated rule parameter. A row applies when the anchor fact's date (the permit date, the
 * decision date, the payment period ...) is on or after `validFrom` and before `validTo` (exclusive;
 * null = open-ended). A change in the law is a new row (and `validTo` on the old one) plus a test.
 */
export interface ParameterRow {
  /** What the value is, e.g. PROGRAMME_MAX_AGE. One name may have rows for several regimes. */
  name: ParameterName;
  regime: Regime;
  ruleId: string;
  validFrom: IsoDate;
  validTo: IsoDate | null;
  anchor: Anchor;
  /** A number (years, months, hours, fraction) or a calendar date; null means "no limit". */
  value: number | IsoDate | null;
  source: string;
  grade: Grade;
  /** Why the value was chosen, for [U] rows. */
  note?: string;
}

export const PARAMETER_NAMES = [
  // Regime selection (SEL-1..7)
  'INTEGRERINGSLOVEN_FROM',
  'KAP6A_PERMITS_FROM',
  'KAP6A_SUNSET',
  // Programme right, duty and offer
  'PROGRAMME_MIN_AGE',
  'PROGRAMME_MAX_AGE',
  'PROGRAMME_OFFER_MAX_AGE',
  'RESIDENCE_LIMIT_MONTHS',
  'SPONSOR_RESIDENCE_LIMIT_YEARS',
  'START_DEADLINE_MONTHS',
  'NIR_DEADLINE_MONTHS',
  'HOURS_PER_WEEK',
  // Programme duration
  'YOUTH_AGE_LIMIT',
  'DURATION_MONTHS',
  'EXTENSION_MONTHS',
  'DURATION_MONTHS_UPPER_SECONDARY_DONE',
  'EXTENSION_MONTHS_UPPER_SECONDARY_DONE',
  'DURATION_MONTHS_UPPER_SECONDARY_TRACK',
  'EXTENSION_MONTHS_UPPER_SECONDARY_TRACK',
  'DURATION_MONTHS_OTHER',
  'EXTENSION_MONTHS_OTHER',
  // Parental guidance
  'PARENTAL_GUIDANCE_GROUP_MEETINGS_MIN',
  'PARENTAL_GUIDANCE_GROUP_MEETINGS_MAX',
  'PARENTAL_GUIDANCE_INDIVIDUAL_MEETINGS_MIN',
  'PARENTAL_GUIDANCE_INDIVIDUAL_MEETINGS_MAX',
  // Norwegian training
  'NORWEGIAN_MIN_AGE',
  'NORWEGIAN_DUTY_MAX_AGE',
  'NORWEGIAN_RIGHT_MAX_AGE',
  'NORWEGIAN_MAX_MONTHS',
  'NORWEGIAN_MAX_MONTHS_UPPER_SECONDARY',
  'NORWEGIAN_HOURS',
  'NORWEGIAN_MAX_HOURS_ON_NEED',
  'SOCIAL_STUDIES_HOURS',
  // Benefit
  'BENEFIT_ANNUAL_G',
  'BENEFIT_YOUTH_AGE_LIMIT',
  'BENEFIT_YOUTH_FRACTION',
  'BENEFIT_YOUTH_WITH_PARENT_FRACTION',
  'BENEFIT_CHILDLESS_COUPLE_FRACTION',
  'BENEFIT_FULL_FRACTION',
  'BENEFIT_HOURLY_DIVISOR',
  'BENEFIT_DEDUCTION_DECISION_SHARE',
  'BENEFIT_DEDUCTION_DECISION_G_DIVISOR',
] as const;
export type ParameterName = (typeof PARAMETER_NAMES)[number];

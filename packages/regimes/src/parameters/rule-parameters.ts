import type { ParameterRow } from './parameter-row';

/**
 * Every rule parameter that changes over time, as effective-dated data (DOMAIN.md § 5.7).
 *
 * - `validFrom`/`validTo` are compared with the date of the row's `anchor` fact; `validTo` is exclusive.
 * - ALWAYS marks a value that has not changed for any cohort this engine serves. Regime B rows anchored on
 *   the permit date must also cover permits granted before 2021, because SEL-2 puts people with a permit
 *   granted abroad in 2020 and arrival in 2021 under integreringsloven.
 * - Chapter 6A (INTEGRERINGSLOVEN_KAP6A) lists only what differs: where it has no row, the lookup falls back
 *   to integreringsloven, which fills the gaps in 6A (SEL-7, C-9).
 * - To change the law: end the old row with `validTo`, add a row with the new value, and add a test.
 */
const ALWAYS = '1900-01-01';

const A = 'INTRODUKSJONSLOVEN' as const;
const B = 'INTEGRERINGSLOVEN' as const;
const C = 'INTEGRERINGSLOVEN_KAP6A' as const;

export const RULE_PARAMETERS: readonly ParameterRow[] = [
  // ---- Regime selection (DOMAIN.md § 5.1) ----
  { name: 'INTEGRERINGSLOVEN_FROM', regime: B, ruleId: 'SEL-1', validFrom: ALWAYS, validTo: null, anchor: 'PERMIT_DATE', value: '2021-01-01', source: 'integreringsforskriften § 72', grade: 'L' },
  { name: 'KAP6A_PERMITS_FROM', regime: C, ruleId: 'SEL-7', validFrom: ALWAYS, validTo: null, anchor: 'PERMIT_DATE', value: '2022-03-11', source: 'integreringsloven kap. 6A (i kraft 15. juni 2022)', grade: 'G' },
  { name: 'KAP6A_SUNSET', regime: C, ruleId: 'SEL-7', validFrom: ALWAYS, validTo: null, anchor: 'EVALUATION_DATE', value: '2026-07-01', source: 'integreringsloven kap. 6A', grade: 'G', note: 'Moved from 1 Jul 2023 to 2024 and then to 1 Jul 2026. Prop. 81 L (2024–25) repeals some 6A rules [U].' },

  // ---- Regime A: introduksjonsloven (DOMAIN.md § 5.2) ----
  { name: 'PROGRAMME_MIN_AGE', regime: A, ruleId: 'A-2', validFrom: ALWAYS, validTo: null, anchor: 'DECISION_DATE', value: 18, source: 'introduksjonsloven § 2', grade: 'G', note: 'Age at the decision (asOf when no decision): young people could grow in (report L7372–7392). Anchor [U].' },
  { name: 'PROGRAMME_MAX_AGE', regime: A, ruleId: 'A-2', validFrom: ALWAYS, validTo: null, anchor: 'DECISION_DATE', value: 55, source: 'introduksjonsloven § 2', grade: 'G', note: '"18–55" read as including 55 [U, DOMAIN.md § 5.8 item 6].' },
  { name: 'PROGRAMME_OFFER_MAX_AGE', regime: A, ruleId: 'A-3', validFrom: ALWAYS, validTo: null, anchor: 'DECISION_DATE', value: null, source: 'introduksjonsloven § 3', grade: 'G' },
  { name: 'RESIDENCE_LIMIT_MONTHS', regime: A, ruleId: 'A-2', validFrom: ALWAYS, validTo: null, anchor: 'DECISION_DATE', value: 24, source: 'introduksjonsloven § 2', grade: 'G' },
  { name: 'START_DEADLINE_MONTHS', regime: A, ruleId: 'A-6', validFrom: ALWAYS, validTo: null, anchor: 'SETTLEMENT_DATE', value: 3, source: 'introduksjonsloven § 6', grade: 'G' },
  { name: 'HOURS_PER_WEEK', regime: A, ruleId: 'A-4', validFrom: ALWAYS, validTo: null, anchor: 'DECISION_DATE', value: 37.5, source: 'introduksjonsloven § 4', grade: 'G' },
  { name: 'DURATION_MONTHS', regime: A, ruleId: 'A-5', validFrom: ALWAYS, validTo: null, anchor: 'DECISION_DATE', value: 24, source: 'introduksjonsloven § 5', grade: 'G' },
  { name: 'EXTENSION_MONTHS', regime: A, ruleId: 'A-5', validFrom: ALWAYS, validTo: null, anchor: 'DECISION_DATE', value: 12, source: 'introduksjonsloven § 5', grade: 'G' },
  { name: 'NORWEGIAN_MIN_AGE', regime: A, ruleId: 'A-17', validFrom: ALWAYS, validTo: null, anchor: 'PERMIT_DATE', value: 16, source: 'introduksjonsloven § 17', grade: 'U', note: 'Age bands 16–55 (right and duty) / 55–67 (right only) are [U].' },
  { name: 'NORWEGIAN_DUTY_MAX_AGE', regime: A, ruleId: 'A-17', validFrom: ALWAYS, validTo: null, anchor: 'PERMIT_DATE', value: 55, source: 'introduksjonsloven § 17', grade: 'U' },
  { name: 'NORWEGIAN_RIGHT_MAX_AGE', regime: A, ruleId: 'A-17', validFrom: ALWAYS, validTo: null, anchor: 'PERMIT_DATE', value: 67, source: 'introduksjonsloven § 17', grade: 'U' },
  { name: 'NORWEGIAN_MAX_MONTHS', regime: A, ruleId: 'A-19', validFrom: ALWAYS, validTo: null, anchor: 'PERMIT_DATE', value: 36, source: 'introduksjonsloven §§ 17–19', grade: 'G' },
  { name: 'NORWEGIAN_HOURS', regime: A, ruleId: 'A-17', validFrom: ALWAYS, validTo: '2012-01-01', anchor: 'PERMIT_DATE', value: 250, source: 'introduksjonsloven § 17', grade: 'G' },
  { name: 'NORWEGIAN_HOURS', regime: A, ruleId: 'A-17', validFrom: '2012-01-01', validTo: null, anchor: 'PERMIT_DATE', value: 550, source: 'introduksjonsloven § 17', grade: 'G', note: 'Change date within 2012 is [U]; 1 Jan 2012 chosen.' },
  { name: 'NORWEGIAN_MAX_HOURS_ON_NEED', regime: A, ruleId: 'A-17', validFrom: '2012-01-01', validTo: null, anchor: 'PERMIT_DATE', value: 3000, source: 'introduksjonsloven § 17', grade: 'G' },
  { name: 'SOCIAL_STUDIES_HOURS', regime: A, ruleId: 'A-17', validFrom: ALWAYS, validTo: null, anchor: 'PERMIT_DATE', value: 50, source: 'introduksjonsloven § 17', grade: 'G' },
  { name: 'BENEFIT_ANNUAL_G', regime: A, ruleId: 'A-8', validFrom: ALWAYS, validTo: null, anchor: 'PAYMENT_PERIOD', value: 2, source: 'introduksjonsloven § 8', grade: 'L' },
  { name: 'BENEFIT_YOUTH_AGE_LIMIT', regime: A, ruleId: 'A-8', validFrom: ALWAYS, validTo: null, anchor: 'PAYMENT_PERIOD', value: 25, source: 'introduksjonsloven § 8', grade: 'L' },
  { name: 'BENEFIT_YOUTH_FRACTION', regime: A, ruleId: 'A-8', validFrom: ALWAYS, validTo: null, anchor: 'PAYMENT_PERIOD', value: 2 / 3, source: 'introduksjonsloven § 8', grade: 'L' },
  { name: 'BENEFIT_FULL_FRACTION', regime: A, ruleId: 'A-8', validFrom: ALWAYS, validTo: null, anchor: 'PAYMENT_PERIOD', value: 1, source: 'introduksjonsloven § 8', grade: 'L' },
  { name: 'BENEFIT_HOURLY_DIVISOR', regime: A, ruleId: 'A-8', validFrom: ALWAYS, validTo: null, anchor: 'PAYMENT_PERIOD', value: 1850, source: 'introduksjonsloven §§ 8–10', grade: 'G' },

  // ---- Regime B: integreringsloven (DOMAIN.md § 5.3) ----
  { name: 'PROGRAMME_MIN_AGE', regime: B, ruleId: 'B-1', validFrom: ALWAYS, validTo: null, anchor: 'PERMIT_DATE', value: 18, source: 'integreringsloven § 8', grade: 'L' },
  { name: 'PROGRAMME_MAX_AGE', regime: B, ruleId: 'B-1', validFrom: ALWAYS, validTo: null, anchor: 'PERMIT_DATE', value: 55, source: 'integreringsloven § 8', grade: 'L', note: '"18–55" read as including 55 [U]. Prop. 81 L (2025) raises the limit to "til og med 60" from a date not yet known: add a row when it is.' },
  { name: 'PROGRAMME_OFFER_MAX_AGE', regime: B, ruleId: 'B-4', validFrom: ALWAYS, validTo: null, anchor: 'PERMIT_DATE', value: null, source: 'integreringsloven § 8', grade: 'L' },
  { name: 'RESIDENCE_LIMIT_MONTHS', regime: B, ruleId: 'B-13', validFrom: ALWAYS, validTo: null, anchor: 'DECISION_DATE', value: 24, source: 'integreringsloven § 8', grade: 'L' },
  { name: 'SPONSOR_RESIDENCE_LIMIT_YEARS', regime: B, ruleId: 'B-2', validFrom: ALWAYS, validTo: null, anchor: 'APPLICATION_DATE', value: 5, source: 'integreringsloven § 9', grade: 'L' },
  { name: 'START_DEADLINE_MONTHS', regime: B, ruleId: 'B-11', validFrom: ALWAYS, validTo: null, anchor: 'SETTLEMENT_DATE', value: 3, source: 'integreringsloven § 12', grade: 'G' },
  { name: 'NIR_DEADLINE_MONTHS', regime: B, ruleId: 'B-36', validFrom: ALWAYS, validTo: null, anchor: 'DECISION_DATE', value: 2, source: 'integreringsforskriften kap. 9', grade: 'G' },
  { name: 'HOURS_PER_WEEK', regime: B, ruleId: 'B-14', validFrom: ALWAYS, validTo: null, anchor: 'DECISION_DATE', value: 37.5, source: 'integreringsloven § 13', grade: 'G' },
  { name: 'YOUTH_AGE_LIMIT', regime: B, ruleId: 'B-14-25', validFrom: ALWAYS, validTo: null, anchor: 'DECISION_DATE', value: 25, source: 'integreringsloven § 14', grade: 'L', note: 'Age at the programme decision (asOf when no decision) [U].' },
  { name: 'DURATION_MONTHS_UPPER_SECONDARY_DONE', regime: B, ruleId: 'B-DUR-1', validFrom: ALWAYS, validTo: null, anchor: 'DECISION_DATE', value: 6, source: 'integreringsloven § 13', grade: 'L' },
  { name: 'EXTENSION_MONTHS_UPPER_SECONDARY_DONE', regime: B, ruleId: 'B-DUR-1', validFrom: ALWAYS, validTo: null, anchor: 'DECISION_DATE', value: 6, source: 'integreringsloven § 13', grade: 'L' },
  { name: 'DURATION_MONTHS_UPPER_SECONDARY_TRACK', regime: B, ruleId: 'B-DUR-2', validFrom: ALWAYS, validTo: null, anchor: 'DECISION_DATE', value: 36, source: 'integreringsloven § 14', grade: 'L' },
  { name: 'EXTENSION_MONTHS_UPPER_SECONDARY_TRACK', regime: B, ruleId: 'B-DUR-2', validFrom: ALWAYS, validTo: null, anchor: 'DECISION_DATE', value: 12, source: 'integreringsloven § 14', grade: 'L' },
  { name: 'DURATION_MONTHS_OTHER', regime: B, ruleId: 'B-DUR-4', validFrom: ALWAYS, validTo: null, anchor: 'DECISION_DATE', value: 24, source: 'integreringsloven § 13', grade: 'L' },
  { name: 'EXTENSION_MONTHS_OTHER', regime: B, ruleId: 'B-DUR-4', validFrom: ALWAYS, validTo: null, anchor: 'DECISION_DATE', value: 12, source: 'integreringsloven § 13', grade: 'L' },
  { name: 'PARENTAL_GUIDANCE_GROUP_MEETINGS_MIN', regime: B, ruleId: 'B-16', validFrom: ALWAYS, validTo: null, anchor: 'DECISION_DATE', value: 8, source: 'integreringsloven § 13; integreringsforskriften', grade: 'L' },
  { name: 'PARENTAL_GUIDANCE_GROUP_MEETINGS_MAX', regime: B, ruleId: 'B-16', validFrom: ALWAYS, validTo: null, anchor: 'DECISION_DATE', value: 12, source: 'integreringsloven § 13; integreringsforskriften', grade: 'L' },
  { name: 'PARENTAL_GUIDANCE_INDIVIDUAL_MEETINGS_MIN', regime: B, ruleId: 'B-16', validFrom: ALWAYS, validTo: null, anchor: 'DECISION_DATE', value: 5, source: 'integreringsloven § 13; integreringsforskriften', grade: 'L' },
  { name: 'PARENTAL_GUIDANCE_INDIVIDUAL_MEETINGS_MAX', regime: B, ruleId: 'B-16', validFrom: ALWAYS, validTo: null, anchor: 'DECISION_DATE', value: 8, source: 'integreringsloven § 13; integreringsforskriften', grade: 'L' },
  { name: 'NORWEGIAN_MIN_AGE', regime: B, ruleId: 'B-18', validFrom: ALWAYS, validTo: null, anchor: 'PERMIT_DATE', value: 18, source: 'integreringsloven §§ 27–28', grade: 'L' },
  { name: 'NORWEGIAN_DUTY_MAX_AGE', regime: B, ruleId: 'B-18', validFrom: ALWAYS, validTo: null, anchor: 'PERMIT_DATE', value: 67, source: 'integreringsloven §§ 27–28', grade: 'L' },
  { name: 'NORWEGIAN_RIGHT_MAX_AGE', regime: B, ruleId: 'B-18', validFrom: ALWAYS, validTo: null, anchor: 'PERMIT_DATE', value: 67, source: 'integreringsloven §§ 27–28', grade: 'L' },
  { name: 'NORWEGIAN_MAX_MONTHS', regime: B, ruleId: 'B-19', validFrom: ALWAYS, validTo: null, anchor: 'PERMIT_DATE', value: 36, source: 'integreringsloven § 27 (Prop. 73 L)', grade: 'G' },
  { name: 'NORWEGIAN_MAX_MONTHS_UPPER_SECONDARY', regime: B, ruleId: 'B-19', validFrom: ALWAYS, validTo: null, anchor: 'PERMIT_DATE', value: 18, source: 'integreringsloven § 27 (Prop. 73 L)', grade: 'G' },
  { name: 'SOCIAL_STUDIES_HOURS', regime: B, ruleId: 'B-21', validFrom: ALWAYS, validTo: '2022-01-01', anchor: 'PERMIT_DATE', value: 50, source: 'integreringsloven § 27', grade: 'U', note: 'Cohort rule [U]: the permit date selects 50 h (2021) or 75 h (from 2022).' },
  { name: 'SOCIAL_STUDIES_HOURS', regime: B, ruleId: 'B-21', validFrom: '2022-01-01', validTo: null, anchor: 'PERMIT_DATE', value: 75, source: 'integreringsloven § 27', grade: 'U' },
  { name: 'BENEFIT_ANNUAL_G', regime: B, ruleId: 'B-23/24', validFrom: ALWAYS, validTo: null, anchor: 'PAYMENT_PERIOD', value: 2, source: 'integreringsloven § 20', grade: 'G' },
  { name: 'BENEFIT_YOUTH_AGE_LIMIT', regime: B, ruleId: 'B-23/24', validFrom: ALWAYS, validTo: null, anchor: 'PAYMENT_PERIOD', value: 25, source: 'integreringsloven § 20', grade: 'G', note: 'Full rate from the 25th birthday; the exact date rule is [U, DOMAIN.md § 5.8 item 3].' },
  { name: 'BENEFIT_YOUTH_FRACTION', regime: B, ruleId: 'B-23/24', validFrom: ALWAYS, validTo: null, anchor: 'PAYMENT_PERIOD', value: 2 / 3, source: 'integreringsloven § 20', grade: 'G' },
  { name: 'BENEFIT_YOUTH_WITH_PARENT_FRACTION', regime: B, ruleId: 'B-23/24', validFrom: ALWAYS, validTo: null, anchor: 'PAYMENT_PERIOD', value: 1 / 3, source: 'integreringsloven § 20', grade: 'G' },
  { name: 'BENEFIT_CHILDLESS_COUPLE_FRACTION', regime: B, ruleId: 'B-25', validFrom: '2024-07-01', validTo: null, anchor: 'PAYMENT_PERIOD', value: 5 / 6, source: 'integreringsloven § 20 fjerde ledd (Prop. 101 L (2023–2024))', grade: 'U', note: 'The rule is statute [L]; its in-force date is [U]. 1 Jul 2024 (after Innst. 431 L (2023–2024), June 2024) is assumed.' },
  { name: 'BENEFIT_FULL_FRACTION', regime: B, ruleId: 'B-23/24', validFrom: ALWAYS, validTo: null, anchor: 'PAYMENT_PERIOD', value: 1, source: 'integreringsloven § 20', grade: 'G' },
  { name: 'BENEFIT_HOURLY_DIVISOR', regime: B, ruleId: 'B-28', validFrom: ALWAYS, validTo: null, anchor: 'PAYMENT_PERIOD', value: 1850, source: 'integreringsloven § 20', grade: 'U', note: 'Hourly unit 1/1850 presumed as under introduksjonsloven.' },
  { name: 'BENEFIT_DEDUCTION_DECISION_SHARE', regime: B, ruleId: 'B-28', validFrom: ALWAYS, validTo: null, anchor: 'PAYMENT_PERIOD', value: 0.5, source: 'integreringsloven § 18; integreringsforskriften', grade: 'G' },
  { name: 'BENEFIT_DEDUCTION_DECISION_G_DIVISOR', regime: B, ruleId: 'B-28', validFrom: ALWAYS, validTo: null, anchor: 'PAYMENT_PERIOD', value: 12, source: 'integreringsloven § 18; integreringsforskriften', grade: 'G' },

  // ---- Regime C: chapter 6A, only what differs from integreringsloven (DOMAIN.md § 5.4) ----
  { name: 'PROGRAMME_MIN_AGE', regime: C, ruleId: 'C-2', validFrom: ALWAYS, validTo: null, anchor: 'PERMIT_DATE', value: 18, source: 'integreringsloven kap. 6A', grade: 'G', note: 'Age on the permit date, as in § 8 (anchor [U]).' },
  { name: 'PROGRAMME_MAX_AGE', regime: C, ruleId: 'C-2', validFrom: ALWAYS, validTo: null, anchor: 'PERMIT_DATE', value: 55, source: 'integreringsloven kap. 6A', grade: 'G' },
  { name: 'PROGRAMME_OFFER_MAX_AGE', regime: C, ruleId: 'C-2', validFrom: ALWAYS, validTo: null, anchor: 'PERMIT_DATE', value: 67, source: 'integreringsloven kap. 6A', grade: 'G' },
  { name: 'DURATION_MONTHS', regime: C, ruleId: 'C-7', validFrom: ALWAYS, validTo: null, anchor: 'DECISION_DATE', value: 12, source: 'integreringsloven kap. 6A; Prop. 101 L (2023–2024)', grade: 'U', note: 'Duration unverified; the benefit usually runs 6–12 months. 12-month cap as default.' },
  { name: 'EXTENSION_MONTHS', regime: C, ruleId: 'C-7', validFrom: ALWAYS, validTo: null, anchor: 'DECISION_DATE', value: 0, source: 'integreringsloven kap. 6A', grade: 'U', note: 'No extension found; 0 until verified.' },
  { name: 'NORWEGIAN_MIN_AGE', regime: C, ruleId: 'C-8', validFrom: ALWAYS, validTo: null, anchor: 'PERMIT_DATE', value: 18, source: 'integreringsloven kap. 6A; integreringsforskriften kap. 8A', grade: 'U', note: 'Ages as in B-18 [U].' },
  { name: 'NORWEGIAN_RIGHT_MAX_AGE', regime: C, ruleId: 'C-8', validFrom: ALWAYS, validTo: null, anchor: 'PERMIT_DATE', value: 67, source: 'integreringsloven kap. 6A; integreringsforskriften kap. 8A', grade: 'U' },
  { name: 'NORWEGIAN_MAX_MONTHS', regime: C, ruleId: 'C-8', validFrom: ALWAYS, validTo: null, anchor: 'DECISION_DATE', value: 12, source: 'integreringsloven kap. 6A; integreringsforskriften kap. 8A', grade: 'G' },
];

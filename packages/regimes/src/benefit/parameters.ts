import type { IsoDate } from '../dates';

import type { Grade, Regime } from '../rule-types';

/**
 * One effective-dated benefit or absence parameter (DOMAIN.md 5.7). Same conventions as
 * `parameters/parameter-row.ts`: a row applies when the anchor date is on or after `validFrom` and before
 * `validTo` (exclusive; null = open-ended). The anchor is the payment period (the first day of the benefit
 * month) for benefit rows and the absence day for absence rows. Values may be booleans or strings too,
 * which is why this is a row type of its own.
 */
export interface RegimeParameterRow<K extends string = string, V = number | boolean | string> {
  name: K;
  regime: Regime;
  ruleId: string;
  validFrom: IsoDate;
  validTo: IsoDate | null;
  value: V;
  source: string;
  grade: Grade;
}

export type BenefitParameterName =
  'HOURS_PER_YEAR' | 'DECISION_SHARE_OF_PAYMENT' | 'DECISION_G_DIVISOR' | 'HOLIDAY_WEEKS' | 'DEDUCTIONS_APPLY';

export class MissingRegimeParameterError extends Error {
  constructor(
    readonly parameterName: string,
    readonly regime: Regime,
    readonly date: IsoDate,
  ) {
    super(`No parameter ${parameterName} for ${regime} is in force on ${date}`);
  }
}

/**
 * The row for `name` and `regime` in force on `date`; the latest validFrom wins if rows overlap. A chapter 6A
 * name with no 6A rows at all falls back to integreringsloven.
 */
export function regimeParameterOn<K extends string, V>(
  rows: readonly RegimeParameterRow<K, V>[],
  name: K,
  regime: Regime,
  date: IsoDate,
): RegimeParameterRow<K, V> {
  const own = rows.filter((row) => row.name === name && row.regime === regime);
  // As in parameters/lookup.ts: integreringsloven fills the gaps in chapter 6A (SEL-7, C-9).
  if (own.length === 0 && regime === 'INTEGRERINGSLOVEN_KAP6A')
    return regimeParameterOn(rows, name, 'INTEGRERINGSLOVEN', date);
  let found: RegimeParameterRow<K, V> | undefined;
  for (const row of own) {
    if (row.validFrom > date || (row.validTo !== null && row.validTo <= date)) continue;
    if (!found || row.validFrom > found.validFrom) found = row;
  }
  if (!found) throw new MissingRegimeParameterError(name, regime, date);
  return found;
}

/** As in parameters/rule-parameters.ts: a value that has not changed for any cohort this engine serves. */
const ALWAYS = '1900-01-01';
const A_FROM = ALWAYS;
const B_FROM = ALWAYS;
const C_FROM = ALWAYS;

const A_LAW = 'Introduksjonsloven (lov 4. juli 2003 nr. 80)';
const B_LAW = 'Integreringsloven (lov 6. november 2020 nr. 127)';
const C_LAW = 'Integreringsloven kap. 6A og integreringsforskriften kap. 8A';

export const BENEFIT_PARAMETERS: readonly RegimeParameterRow<BenefitParameterName>[] = [
  // An hour of programme is 1/1850 of the annual benefit.
  {
    name: 'HOURS_PER_YEAR',
    regime: 'INTRODUKSJONSLOVEN',
    ruleId: 'A-10',
    validFrom: A_FROM,
    validTo: null,
    value: 1850,
    source: `${A_LAW} §§ 9–10; Prop. 89 L (2019–2020) kap. 9.1`,
    grade: 'L',
  },
  {
    name: 'HOURS_PER_YEAR',
    regime: 'INTEGRERINGSLOVEN',
    ruleId: 'B-28',
    validFrom: B_FROM,
    validTo: null,
    value: 1850,
    source: `${B_LAW} § 21; timeenheten 1/1850 er antatt videreført fra introduksjonsloven`,
    grade: 'U',
  },
  {
    name: 'HOURS_PER_YEAR',
    regime: 'INTEGRERINGSLOVEN_KAP6A',
    ruleId: 'C-9',
    validFrom: C_FROM,
    validTo: null,
    value: 1850,
    source: `${C_LAW}; B-reglene gjelder (C-9), timeenheten er antatt`,
    grade: 'U',
  },

  // A formal decision is needed when the deduction is at least this share of one payment ...
  {
    name: 'DECISION_SHARE_OF_PAYMENT',
    regime: 'INTRODUKSJONSLOVEN',
    ruleId: 'A-10',
    validFrom: A_FROM,
    validTo: null,
    value: 0.5,
    source: `${A_LAW} §§ 9–10; antatt lik integreringsloven, ikke verifisert`,
    grade: 'U',
  },
  {
    name: 'DECISION_SHARE_OF_PAYMENT',
    regime: 'INTEGRERINGSLOVEN',
    ruleId: 'B-28',
    validFrom: B_FROM,
    validTo: null,
    value: 0.5,
    source: `${B_LAW} § 21 og integreringsforskriften; IMDi: «Fravær og permisjoner etter integreringsloven»`,
    grade: 'G',
  },
  {
    name: 'DECISION_SHARE_OF_PAYMENT',
    regime: 'INTEGRERINGSLOVEN_KAP6A',
    ruleId: 'C-9',
    validFrom: C_FROM,
    validTo: null,
    value: 0.5,
    source: `${C_LAW}; B-reglene gjelder (C-9)`,
    grade: 'U',
  },
  // ... and at least G divided by this (G/12).
  {
    name: 'DECISION_G_DIVISOR',
    regime: 'INTRODUKSJONSLOVEN',
    ruleId: 'A-10',
    validFrom: A_FROM,
    validTo: null,
    value: 12,
    source: `${A_LAW} §§ 9–10; antatt lik integreringsloven, ikke verifisert`,
    grade: 'U',
  },
  {
    name: 'DECISION_G_DIVISOR',
    regime: 'INTEGRERINGSLOVEN',
    ruleId: 'B-28',
    validFrom: B_FROM,
    validTo: null,
    value: 12,
    source: `${B_LAW} § 21 og integreringsforskriften; IMDi: «Fravær og permisjoner etter integreringsloven»`,
    grade: 'G',
  },
  {
    name: 'DECISION_G_DIVISOR',
    regime: 'INTEGRERINGSLOVEN_KAP6A',
    ruleId: 'C-9',
    validFrom: C_FROM,
    validTo: null,
    value: 12,
    source: `${C_LAW}; B-reglene gjelder (C-9)`,
    grade: 'U',
  },

  // Five weeks' holiday a year, pro rata, with benefit (B-14). Informational for the attendance ledger.
  {
    name: 'HOLIDAY_WEEKS',
    regime: 'INTEGRERINGSLOVEN',
    ruleId: 'B-14',
    validFrom: B_FROM,
    validTo: null,
    value: 5,
    source: `${B_LAW} § 14 a og integreringsforskriften`,
    grade: 'G',
  },
  {
    name: 'HOLIDAY_WEEKS',
    regime: 'INTEGRERINGSLOVEN_KAP6A',
    ruleId: 'C-9',
    validFrom: C_FROM,
    validTo: null,
    value: 5,
    source: `${C_LAW}; B-reglene gjelder (C-9)`,
    grade: 'U',
  },

  // Whether unauthorised absence is deducted at all. Under 6A practice has no sanctions and the law is unclear (C-9).
  {
    name: 'DEDUCTIONS_APPLY',
    regime: 'INTRODUKSJONSLOVEN',
    ruleId: 'A-10',
    validFrom: A_FROM,
    validTo: null,
    value: true,
    source: `${A_LAW} §§ 9–10`,
    grade: 'L',
  },
  {
    name: 'DEDUCTIONS_APPLY',
    regime: 'INTEGRERINGSLOVEN',
    ruleId: 'B-28',
    validFrom: B_FROM,
    validTo: null,
    value: true,
    source: `${B_LAW} § 21`,
    grade: 'L',
  },
  {
    name: 'DEDUCTIONS_APPLY',
    regime: 'INTEGRERINGSLOVEN_KAP6A',
    ruleId: 'C-9',
    validFrom: C_FROM,
    validTo: null,
    value: false,
    source: `${C_LAW}; i praksis ingen trekk (rapporten L4438–4441); rettslig uavklart`,
    grade: 'U',
  },
];

export function benefitNumber(
  key: BenefitParameterName,
  regime: Regime,
  date: IsoDate,
  rows = BENEFIT_PARAMETERS,
): RegimeParameterRow<BenefitParameterName, number> {
  const row = regimeParameterOn(rows, key, regime, date);
  if (typeof row.value !== 'number') throw new TypeError(`Parameter ${key} is not a number`);
  return row as RegimeParameterRow<BenefitParameterName, number>;
}

export function benefitBoolean(
  key: BenefitParameterName,
  regime: Regime,
  date: IsoDate,
  rows = BENEFIT_PARAMETERS,
): RegimeParameterRow<BenefitParameterName, boolean> {
  const row = regimeParameterOn(rows, key, regime, date);
  if (typeof row.value !== 'boolean') throw new TypeError(`Parameter ${key} is not a boolean`);
  return row as RegimeParameterRow<BenefitParameterName, boolean>;
}

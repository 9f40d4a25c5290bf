import type { IsoDate } from '../dates';
import type { Regime } from '../rule-types';
import { regimeParameterOn } from '../benefit/parameters';
import type { RegimeParameterRow } from '../benefit/parameters';

/**
 * Absence limits (DOMAIN.md 5.5) as effective-dated rows, anchored on the absence day. Values are
 * verified for introduksjonsloven [G/L] and assumed for integreringsloven [U] ("B essentially continues A").
 * Chapter 6A has no rows of its own and falls back to integreringsloven.
 */
export type AbsenceParameterName =
  | 'DAY_BASIS'
  | 'SELF_CERT_MAX_DAYS_PER_EPISODE'
  | 'SELF_CERT_QUALIFYING_WEEKS'
  | 'SELF_CERT_MAX_EPISODES'
  | 'ROLLING_WINDOW_MONTHS'
  | 'RELAPSE_WITHIN_DAYS'
  | 'CHILD_ILLNESS_MANY_CHILDREN_ABOVE'
  | 'CHILD_ILLNESS_DAYS'
  | 'CHILD_ILLNESS_DAYS_MANY_CHILDREN'
  | 'CHILD_ILLNESS_DAYS_SOLE_CARER'
  | 'CHILD_ILLNESS_DAYS_SOLE_CARER_MANY_CHILDREN'
  | 'CHILD_ILLNESS_DAYS_CHRONIC'
  | 'CHILD_ILLNESS_DAYS_CHRONIC_SOLE_CARER'
  | 'PREGNANCY_DAYS'
  | 'BIRTH_MOTHER_DAYS'
  | 'BIRTH_FATHER_DAYS'
  | 'PREGNANCY_BIRTH_WINDOW_MONTHS';

const ALWAYS = '1900-01-01';
const A_SOURCE =
  'Forskrift om fravær og permisjon ved nyankomne innvandreres deltakelse i introduksjonsordning (introduksjonsloven)';
const B_SOURCE =
  'Integreringsloven § 17 og integreringsforskriften; verdien er antatt videreført fra introduksjonsloven';

type Value = number | string;
const rows = (
  name: AbsenceParameterName,
  ruleId: string,
  value: Value,
  aGrade: 'L' | 'G' | 'U' = 'G',
  note = '',
): RegimeParameterRow<AbsenceParameterName, Value>[] => [
  {
    name,
    regime: 'INTRODUKSJONSLOVEN',
    ruleId: `A-${ruleId}`,
    validFrom: ALWAYS,
    validTo: null,
    value,
    source: `${A_SOURCE}${note}`,
    grade: aGrade,
  },
  {
    name,
    regime: 'INTEGRERINGSLOVEN',
    ruleId: `B-${ruleId}`,
    validFrom: ALWAYS,
    validTo: null,
    value,
    source: `${B_SOURCE}${note}`,
    grade: 'U',
  },
];

/**
 * Pregnancy and birth (DOMAIN.md 5.5: "Pregnancy 10 days plus check-ups. After birth: mother 20 days, father 7").
 * Under integreringsloven the figures are in integreringsforskriften § 11 (pregnancy: up to ten days, and check-ups
 * that cannot reasonably take place outside programme time) and § 12 (birth: the mother 20 days after the birth;
 * the father up to seven days if he lives with the mother and uses the time to care for family and home, or
 * another person assisting the mother when the parents do not live together), as quoted in IMDi's legal guide to
 * the regulation, chapter 4, which calls them a continuation of the introduksjonsloven rules: graded [G] for both.
 */
const PREGNANCY_SOURCES = {
  INTRODUKSJONSLOVEN: `${A_SOURCE}; IMDi: «Permisjon, ferie og fravær» (introduksjonsprogrammet)`,
  INTEGRERINGSLOVEN: 'Integreringsforskriften § 11 (IMDi, juridisk veileder til integreringsforskriften kap. 4)',
} as const;
const BIRTH_SOURCES = {
  INTRODUKSJONSLOVEN: `${A_SOURCE}; IMDi: «Permisjon, ferie og fravær» (introduksjonsprogrammet)`,
  INTEGRERINGSLOVEN: 'Integreringsforskriften § 12 (IMDi, juridisk veileder til integreringsforskriften kap. 4)',
} as const;
const guidedRows = (
  name: AbsenceParameterName,
  ruleId: string,
  value: Value,
  sources: { INTRODUKSJONSLOVEN: string; INTEGRERINGSLOVEN: string },
  grade: 'G' | 'U' = 'G',
): RegimeParameterRow<AbsenceParameterName, Value>[] =>
  (['INTRODUKSJONSLOVEN', 'INTEGRERINGSLOVEN'] as const).map((regime) => ({
    name,
    regime,
    ruleId: `${regime === 'INTRODUKSJONSLOVEN' ? 'A' : 'B'}-${ruleId}`,
    validFrom: ALWAYS,
    validTo: null,
    value,
    source: sources[regime],
    grade,
  }));

export const ABSENCE_PARAMETERS: readonly RegimeParameterRow<AbsenceParameterName, Value>[] = [
  // Programme days are Monday–Friday. Working life counts egenmelding in calendar days; whether the programme
  // did so under A is not verified.
  ...rows('DAY_BASIS', 'ABS', 'WORKING_DAYS', 'U'),
  ...rows('SELF_CERT_MAX_DAYS_PER_EPISODE', 'ABS-EGEN', 3),
  ...rows('SELF_CERT_QUALIFYING_WEEKS', 'ABS-EGEN', 8),
  ...rows('SELF_CERT_MAX_EPISODES', 'ABS-EGEN', 4),
  ...rows('ROLLING_WINDOW_MONTHS', 'ABS', 12),
  ...rows('RELAPSE_WITHIN_DAYS', 'ABS-EGEN', 16),
  ...rows('CHILD_ILLNESS_MANY_CHILDREN_ABOVE', 'ABS-BARN', 2),
  ...rows('CHILD_ILLNESS_DAYS', 'ABS-BARN', 10),
  ...rows('CHILD_ILLNESS_DAYS_MANY_CHILDREN', 'ABS-BARN', 15),
  ...rows('CHILD_ILLNESS_DAYS_SOLE_CARER', 'ABS-BARN', 20),
  ...rows('CHILD_ILLNESS_DAYS_SOLE_CARER_MANY_CHILDREN', 'ABS-BARN', 30),
  ...rows('CHILD_ILLNESS_DAYS_CHRONIC', 'ABS-BARN', 20),
  ...rows('CHILD_ILLNESS_DAYS_CHRONIC_SOLE_CARER', 'ABS-BARN', 40),
  ...guidedRows('PREGNANCY_DAYS', 'ABS-SVANGER', 10, PREGNANCY_SOURCES),
  ...guidedRows('BIRTH_MOTHER_DAYS', 'ABS-FODSEL', 20, BIRTH_SOURCES),
  ...guidedRows('BIRTH_FATHER_DAYS', 'ABS-FODSEL', 7, BIRTH_SOURCES),
  // The quotas are per pregnancy and per birth, but the ledger knows neither the due date nor the birth date. Ankomst
  // counts the days of the kind in the 10 months up to the day: one pregnancy (at most about 42 weeks) and the days
  // after one birth fit inside, and a next pregnancy's or birth's days normally fall outside. Our reading [U].
  ...guidedRows(
    'PREGNANCY_BIRTH_WINDOW_MONTHS',
    'ABS-SVANGER',
    10,
    {
      INTRODUKSJONSLOVEN:
        'Ankomst: lesning av kvoten per svangerskap og fødsel (ingen termin- eller fødselsdato i fraværsregisteret)',
      INTEGRERINGSLOVEN:
        'Ankomst: lesning av kvoten per svangerskap og fødsel (ingen termin- eller fødselsdato i fraværsregisteret)',
    },
    'U',
  ),
];

export type DayBasis = 'WORKING_DAYS' | 'CALENDAR_DAYS';

export function absenceRow(
  name: AbsenceParameterName,
  regime: Regime,
  date: IsoDate,
  table = ABSENCE_PARAMETERS,
): RegimeParameterRow<AbsenceParameterName, Value> {
  return regimeParameterOn(table, name, regime, date);
}

export function absenceNumber(
  name: AbsenceParameterName,
  regime: Regime,
  date: IsoDate,
  table = ABSENCE_PARAMETERS,
): number {
  const { value } = absenceRow(name, regime, date, table);
  if (typeof value !== 'number') throw new TypeError(`Parameter ${name} is not a number`);
  return value;
}

export function dayBasis(regime: Regime, date: IsoDate, table = ABSENCE_PARAMETERS): DayBasis {
  const { value } = absenceRow('DAY_BASIS', regime, date, table);
  if (value !== 'WORKING_DAYS' && value !== 'CALENDAR_DAYS')
    throw new TypeError('DAY_BASIS must be WORKING_DAYS or CALENDAR_DAYS');
  return value;
}
